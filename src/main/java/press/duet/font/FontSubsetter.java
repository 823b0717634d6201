package press.duet.font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Cuts a TrueType font down to the glyphs of the characters a book uses, with Apache FontBox's
 * {@link TTFSubsetter}, so an e-book can carry a 15 MB Chinese face in a few hundred kilobytes.
 * The same characters always give the same bytes.
 *
 * <pre>{@code
 * byte[] ttf = FontSubsetter.bundled(FontRole.CHINESE_REGULAR).subset(Set.of((int) '春', (int) '天'));
 * }</pre>
 */
public final class FontSubsetter {
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

    private final String name;
    private final TrueTypeFont font;
    private final CmapLookup cmap;

    private FontSubsetter(String name, TrueTypeFont font, CmapLookup cmap) {
        this.name = name;
        this.font = font;
        this.cmap = cmap;
    }

    /** A subsetter for any TrueType font file; {@code name} only labels errors. */
    public static FontSubsetter of(String name, byte[] ttf) {
        CMAP_LOG.getLevel(); // makes sure the class has quietened the logger before the parse
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            if (cmap == null) {
                throw new IllegalArgumentException(name + ": the font has no Unicode character map");
            }
            return new FontSubsetter(name, font, cmap);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": not a TrueType font (" + e.getMessage() + ")", e);
        }
    }

    /** The subsetter of a bundled face; the font is parsed once per JVM and shared. */
    public static FontSubsetter bundled(FontRole role) {
        return Bundled.SUBSETTERS.get(role);
    }

    private static final class Bundled {
        static final Map<FontRole, FontSubsetter> SUBSETTERS = load();

        private static Map<FontRole, FontSubsetter> load() {
            FontSet fonts = FontSet.bundled();
            Map<FontRole, FontSubsetter> subsetters = new EnumMap<>(FontRole.class);
            for (FontRole role : FontRole.values()) {
                subsetters.put(role, of(fonts.fileName(role), fonts.fileBytes(role)));
            }
            return subsetters;
        }
    }

    private static Logger quiet(Logger logger) {
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** True when the font maps the character to a real glyph (not .notdef). */
    public synchronized boolean covers(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    /**
     * The font with only the glyphs of these characters (and the glyphs they are composed of, and
     * .notdef), as TrueType bytes. Characters the font lacks are left out.
     */
    public synchronized byte[] subset(Set<Integer> codePoints) {
        try {
            TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
            // A sorted copy: the subsetter numbers glyphs in the order it meets them.
            subsetter.addAll(new TreeSet<>(codePoints));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(name + ": the font cannot be subset (" + e.getMessage() + ")", e);
        }
    }
}
