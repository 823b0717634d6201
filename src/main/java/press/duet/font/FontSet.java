package press.duet.font;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.EnumMap;
import java.util.Map;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts a book is set in, loaded and parsed once per run: the bundled Noto Serif SC for
 * Simplified Chinese, Noto Serif TC for Traditional, and Literata for Latin text, both TrueType-outline OFL fonts from {@code fonts/}. Each face is read
 * when first asked for, so a book with no italics never reads the italic face.
 *
 * <pre>{@code
 * FontSet fonts = FontSet.bundled();
 * BaseFont song = fonts.font(FontRole.CHINESE_REGULAR);
 * }</pre>
 */
public final class FontSet {
    private static final String RESOURCE_FOLDER = "/press/duet/fonts/";

    private final Map<FontRole, BaseFont> fonts;
    private final Map<FontRole, byte[]> files;
    private final Map<FontRole, String> names;

    private FontSet(Map<FontRole, BaseFont> fonts, Map<FontRole, byte[]> files, Map<FontRole, String> names) {
        this.fonts = fonts;
        this.files = files;
        this.names = names;
    }

    /** The bundled fonts; parsed on first use and shared by every later call in this JVM. */
    public static FontSet bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final FontSet INSTANCE = new FontSet(new EnumMap<>(FontRole.class), new EnumMap<>(FontRole.class),
                new EnumMap<>(FontRole.class));
    }

    /** The font for a role, embedded as a subset with Unicode (Identity-H) encoding. */
    public BaseFont font(FontRole role) {
        // Parsed on first use: an EPUB-only build needs the files' bytes, not OpenPDF's parse of them.
        synchronized (fonts) {
            return fonts.computeIfAbsent(role, r -> embeddable(r, fileName(r), fileBytes(r)));
        }
    }

    /**
     * The font file of a role, as TrueType bytes, for writers that embed fonts themselves (the EPUB).
     * The array is shared: read it, never change it.
     */
    public byte[] fileBytes(FontRole role) {
        // A role nobody replaced is filled by the bundled face, read on first use.
        synchronized (files) {
            return files.computeIfAbsent(role, r -> resource(r.bundledFile()));
        }
    }

    /** The file name of the font of a role, such as {@code NotoSerifSC-Regular.ttf}. */
    public String fileName(FontRole role) {
        return names.getOrDefault(role, role.bundledFile());
    }

    /**
     * A copy that sets Chinese text of both varieties, both weights, in a font file of the user's: TrueType, OpenType,
     * or a face of a collection written {@code file.ttc,1}.
     */
    public FontSet withChineseFont(String file) {
        return with(file, FontRole.CHINESE_REGULAR, FontRole.CHINESE_BOLD, FontRole.TRADITIONAL_REGULAR,
                FontRole.TRADITIONAL_BOLD);
    }

    /** A copy that sets Latin text, every style, in a font file of the user's. */
    public FontSet withLatinFont(String file) {
        return with(file, FontRole.LATIN_REGULAR, FontRole.LATIN_ITALIC, FontRole.LATIN_BOLD);
    }

    private FontSet with(String file, FontRole... roles) {
        FontFiles.Loaded loaded = FontFiles.load(file);
        Map<FontRole, BaseFont> newFonts;
        Map<FontRole, byte[]> newFiles;
        synchronized (fonts) {
            newFonts = new EnumMap<>(fonts);
        }
        synchronized (files) {
            newFiles = new EnumMap<>(files);
        }
        Map<FontRole, String> newNames = new EnumMap<>(names);
        for (FontRole role : roles) {
            newFonts.put(role, loaded.font());
            newFiles.put(role, loaded.bytes());
            newNames.put(role, loaded.name());
        }
        return new FontSet(newFonts, newFiles, newNames);
    }

    /** True when the font of that role has a glyph for the character. */
    public boolean covers(FontRole role, int codePoint) {
        return font(role).charExists(codePoint);
    }

    private static BaseFont embeddable(FontRole role, String name, byte[] bytes) {
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            SubsetTags.install(font, role.name());
            return font;
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the bundled font " + name + " cannot be read", e);
        }
    }

    private static byte[] resource(String file) {
        URL url = FontSet.class.getResource(RESOURCE_FOLDER + file);
        if (url == null) {
            throw new IllegalStateException("the bundled font " + file + " is missing from the build");
        }
        try {
            URLConnection connection = url.openConnection();
            long size = connection.getContentLengthLong();
            try (InputStream in = connection.getInputStream()) {
                // Read at its known size, the 15 MB Chinese faces take one array rather than a chain of
                // doubling ones.
                if (size < 0 || size > Integer.MAX_VALUE) {
                    return in.readAllBytes();
                }
                byte[] bytes = new byte[(int) size];
                if (in.readNBytes(bytes, 0, bytes.length) != bytes.length) {
                    throw new IOException("the file ends early");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new IllegalStateException("the bundled font " + file + " cannot be read", e);
        }
    }
}
