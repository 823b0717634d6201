package press.duet.font;

import java.awt.geom.GeneralPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A TrueType face parsed with Apache FontBox, for the writers that handle font files themselves: the
 * EPUB cuts each face down to the glyphs of the characters a book uses ({@link TTFSubsetter}), so a
 * 15 MB Chinese face travels in a few hundred kilobytes, and the generated cover draws its titles from
 * the glyph outlines. The same characters always give the same subset bytes.
 *
 * <pre>{@code
 * byte[] ttf = TrueTypeFace.bundled(FontRole.CHINESE_REGULAR).subset(Set.of((int) '春', (int) '天'));
 * }</pre>
 */
public final class TrueTypeFace {
    /**
     * The tables a subset keeps. Left to itself, TTFSubsetter also copies tables it cannot renumber
     * (GSUB, GPOS, vmtx…), which then point at glyphs the subset no longer has; browsers' font
     * sanitizers may reject such a font, so they are dropped. Hinting tables stay.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "OS/2", "cmap", "glyf", "loca",
            "hmtx", "name", "post", "cvt ", "fpgm", "prep", "gasp");

    /**
     * FontBox logs, through java.util.logging, that it skips Noto's format 14 cmap (variation
     * selectors, which Duet does not use) each time it parses the font: noise on a user's terminal.
     * The logger is held here because java.util.logging forgets loggers nobody references.
     */
    private static final Logger CMAP_LOG = quiet(Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable"));

    /** The bundled faces parsed so far: each is parsed on first use, once per JVM. */
    private static final Map<FontRole, TrueTypeFace> BUNDLED = new EnumMap<>(FontRole.class);

    private static final int SUPPLEMENTARY_START = 0x10000;

    private final String name;
    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float unitsPerEm;

    private TrueTypeFace(String name, TrueTypeFont font, CmapLookup cmap) throws IOException {
        this.name = name;
        this.font = font;
        this.cmap = cmap;
        this.unitsPerEm = font.getUnitsPerEm();
    }

    /** A face from any TrueType font file; {@code name} only labels errors. */
    public static TrueTypeFace of(String name, byte[] ttf) {
        CMAP_LOG.getLevel(); // makes sure the class has quietened the logger before the parse
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            if (cmap == null) {
                throw new IllegalArgumentException(name + ": the font has no Unicode character map");
            }
            return new TrueTypeFace(name, font, cmap);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": not a TrueType font (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The bundled face of a role. Each role is parsed when first asked for, so a book that never sets
     * italics never parses the italic face; one thread parses while another asking for it waits.
     */
    public static TrueTypeFace bundled(FontRole role) {
        synchronized (BUNDLED) {
            return BUNDLED.computeIfAbsent(role,
                    r -> of(FontSet.bundled().fileName(r), FontSet.bundled().fileBytes(r)));
        }
    }

    private static Logger quiet(Logger logger) {
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** The font's family name, as its naming table gives it. */
    public synchronized String familyName() {
        try {
            return font.getNaming() == null ? name : font.getNaming().getFontFamily();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /**
     * Whether the font's licence flags (OS/2 fsType) let a document embed a subset of it: not when the
     * font is marked restricted, no-subsetting or bitmap-only.
     */
    public synchronized boolean embeddableAsSubset() {
        try {
            OS2WindowsMetricsTable os2 = font.getOS2Windows();
            int flags = os2 == null ? 0 : os2.getFsType();
            return (flags & (OS2WindowsMetricsTable.FSTYPE_RESTRICTED | OS2WindowsMetricsTable.FSTYPE_NO_SUBSETTING
                    | OS2WindowsMetricsTable.FSTYPE_BITMAP_ONLY)) == 0;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /**
     * The font's own copyright, licence and licence address (name records 0, 13 and 14), in English
     * where it has them; a subset keeps only records 0 to 6, so a book carries these on a page.
     */
    public synchronized List<String> notices() {
        List<String> notices = new java.util.ArrayList<>();
        try {
            if (font.getNaming() == null) {
                return notices;
            }
            for (int id : new int[] {0, 13, 14}) {
                String text = font.getNaming().getName(id, 3, 1, 0x409);
                if (text == null) {
                    text = font.getNaming().getName(id, 1, 0, 0);
                }
                if (text != null && !text.isBlank()) {
                    notices.add(text.strip());
                }
            }
            return notices;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** Whether the font has TrueType outlines (a glyf table), the only kind the subsetter cuts. */
    public synchronized boolean hasOutlines() {
        try {
            return font.getGlyph() != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when the font maps the character to a real glyph (not .notdef). */
    public synchronized boolean covers(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    /** How far the character's glyph advances the pen, in ems (0 for a character the face lacks). */
    public synchronized float advance(int codePoint) {
        try {
            return font.getAdvanceWidth(cmap.getGlyphId(codePoint)) / unitsPerEm;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /**
     * The outline of the character's glyph in ems, y pointing up from the baseline; empty for a
     * character the face lacks and for spaces.
     */
    public synchronized GeneralPath outline(int codePoint) {
        try {
            int glyph = cmap.getGlyphId(codePoint);
            GlyphData data = glyph == 0 ? null : font.getGlyph().getGlyph(glyph);
            GeneralPath path = data == null ? new GeneralPath() : data.getPath();
            path.transform(java.awt.geom.AffineTransform.getScaleInstance(1 / unitsPerEm, 1 / unitsPerEm));
            return path;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /**
     * The font with only the glyphs of these characters (and the glyphs they are composed of, and
     * .notdef), as TrueType bytes. Characters the font lacks are left out. Characters beyond the Basic
     * Multilingual Plane, which FontBox's character map cannot hold, are added as glyphs and given a
     * full-Unicode map ({@link SupplementaryCmap}).
     */
    public synchronized byte[] subset(Set<Integer> codePoints) {
        try {
            TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
            // Sorted: the subsetter numbers glyphs in the order it meets them.
            SortedSet<Integer> sorted = new TreeSet<>(codePoints);
            subsetter.addAll(sorted.headSet(SUPPLEMENTARY_START));
            SortedSet<Integer> supplementaryGlyphs = new TreeSet<>();
            for (int cp : sorted.tailSet(SUPPLEMENTARY_START)) {
                if (cmap.getGlyphId(cp) != 0) {
                    supplementaryGlyphs.add(cmap.getGlyphId(cp));
                }
            }
            subsetter.addGlyphIds(supplementaryGlyphs);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            if (supplementaryGlyphs.isEmpty()) {
                return out.toByteArray();
            }
            return SupplementaryCmap.add(out.toByteArray(), newGlyphs(sorted, subsetter.getGIDMap()));
        } catch (IOException e) {
            throw new IllegalStateException(name + ": the font cannot be subset (" + e.getMessage() + ")", e);
        }
    }

    /** Each character the font has, with its glyph's number in the subset. */
    private SortedMap<Integer, Integer> newGlyphs(SortedSet<Integer> codePoints, Map<Integer, Integer> oldByNew) {
        Map<Integer, Integer> newByOld = new HashMap<>();
        oldByNew.forEach((newGlyph, oldGlyph) -> newByOld.put(oldGlyph, newGlyph));
        SortedMap<Integer, Integer> glyphs = new TreeMap<>();
        for (int cp : codePoints) {
            Integer glyph = newByOld.get(cmap.getGlyphId(cp));
            if (glyph != null && glyph != 0) {
                glyphs.put(cp, glyph);
            }
        }
        return glyphs;
    }

    private IllegalStateException unreadable(IOException e) {
        return new IllegalStateException(name + ": a glyph cannot be read (" + e.getMessage() + ")", e);
    }
}
