package press.duet.font;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts a book is set in, loaded and parsed once per run: the bundled Noto Serif SC for Chinese
 * and Literata for Latin text, both TrueType-outline OFL fonts from {@code fonts/}.
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

    private FontSet(Map<FontRole, BaseFont> fonts, Map<FontRole, byte[]> files) {
        this.fonts = fonts;
        this.files = files;
    }

    /** The bundled fonts; parsed on first use and shared by every later call in this JVM. */
    public static FontSet bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final FontSet INSTANCE = load();

        private static FontSet load() {
            Map<FontRole, BaseFont> fonts = new EnumMap<>(FontRole.class);
            Map<FontRole, byte[]> files = new EnumMap<>(FontRole.class);
            for (FontRole role : FontRole.values()) {
                byte[] bytes = resource(role.bundledFile());
                files.put(role, bytes);
                fonts.put(role, embeddable(role.bundledFile(), bytes));
            }
            return new FontSet(fonts, files);
        }
    }

    /** The font for a role, embedded as a subset with Unicode (Identity-H) encoding. */
    public BaseFont font(FontRole role) {
        return fonts.get(role);
    }

    /**
     * The font file of a role, as TrueType bytes, for writers that embed fonts themselves (the EPUB).
     * The array is shared: read it, never change it.
     */
    public byte[] fileBytes(FontRole role) {
        return files.get(role);
    }

    /** The file name of the font of a role, such as {@code NotoSerifSC-Regular.ttf}. */
    public String fileName(FontRole role) {
        return role.bundledFile();
    }

    /** True when the font of that role has a glyph for the character. */
    public boolean covers(FontRole role, int codePoint) {
        return fonts.get(role).charExists(codePoint);
    }

    private static BaseFont embeddable(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the bundled font " + name + " cannot be read", e);
        }
    }

    private static byte[] resource(String file) {
        try (InputStream in = FontSet.class.getResourceAsStream(RESOURCE_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + file + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("the bundled font " + file + " cannot be read", e);
        }
    }
}
