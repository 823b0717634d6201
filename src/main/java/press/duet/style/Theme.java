package press.duet.style;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import press.duet.report.DuetException;

/**
 * A look for both editions: the CSS file the EPUB carries, and the same choices (colours, line
 * heights) read from it for the PDF.
 *
 * <pre>{@code
 * Theme theme = Theme.named("default");
 * Color accent = theme.headingColor();
 * }</pre>
 */
public final class Theme {
    public static final String DEFAULT = "default";
    /** The themes in {@code styles/}. */
    public static final java.util.List<String> BUNDLED = java.util.List.of("default", "study");

    private final String name;
    private final String css;
    // Read from the style sheet once: the PDF asks for them at every line it sets.
    private final Color textColor;
    private final Color secondLanguageColor;
    private final Color headingColor;
    private final float latinLineHeight;
    private final float chineseLineHeight;
    private final java.util.List<String> warnings;

    private Theme(String name, String css) {
        this(name, css, java.util.List.of());
    }

    private Theme(String name, String css, java.util.List<String> warnings) {
        this.warnings = java.util.List.copyOf(warnings);
        this.name = Objects.requireNonNull(name, "name");
        this.css = Objects.requireNonNull(css, "css");
        CssRules rules = new CssRules(css);
        this.textColor = color(rules, "body", "color", new Color(0x1b1b1b));
        this.secondLanguageColor = color(rules, ".second", "color", new Color(0x4f5a66));
        this.headingColor = color(rules, "h1", "color", textColor);
        this.latinLineHeight = number(rules, "body", "line-height", 1.6f);
        this.chineseLineHeight = number(rules, "p:lang(zh-Hans)", "line-height", latinLineHeight);
    }

    /** A bundled theme by name ("default"), or a CSS file by path. */
    public static Theme named(String nameOrPath) {
        String resource = "/press/duet/styles/" + nameOrPath + ".css";
        try (InputStream in = Theme.class.getResourceAsStream(resource)) {
            if (in != null) {
                return new Theme(nameOrPath, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled theme " + resource, e);
        }
        Path path = Path.of(nameOrPath);
        if (Files.isDirectory(path)) {
            throw new DuetException(nameOrPath + ": a folder, not a CSS file");
        }
        if (!Files.isRegularFile(path)) {
            throw new DuetException(nameOrPath + ": no such theme (bundled: " + String.join(", ", BUNDLED)
                    + ") and no such CSS file");
        }
        String name = path.getFileName().toString().replaceFirst("\\.css$", "");
        UserStyleSheet sheet = UserStyleSheet.read(path);
        return new Theme(name, sheet.css(), sheet.warnings());
    }

    /** What checking a user's style sheet dropped from it, one line each; none for a bundled theme. */
    public java.util.List<String> warnings() {
        return warnings;
    }

    public String name() {
        return name;
    }

    /** The style sheet, as the EPUB carries it. */
    public String css() {
        return css;
    }

    /** The colour of body text. */
    public Color textColor() {
        return textColor;
    }

    /** The colour that sets the second language of a pair apart. */
    public Color secondLanguageColor() {
        return secondLanguageColor;
    }

    /** The colour of chapter and book titles. */
    public Color headingColor() {
        return headingColor;
    }

    /** Line height of English text, as a multiple of the font size. */
    public float latinLineHeight() {
        return latinLineHeight;
    }

    /** Line height of Chinese text, as a multiple of the font size. */
    public float chineseLineHeight() {
        return chineseLineHeight;
    }

    private static Color color(CssRules rules, String selector, String property, Color fallback) {
        return rules.value(selector, property)
                .filter(v -> v.matches("#[0-9a-fA-F]{6}"))
                .map(v -> new Color(Integer.parseInt(v.substring(1), 16)))
                .orElse(fallback);
    }

    private static float number(CssRules rules, String selector, String property, float fallback) {
        return rules.value(selector, property)
                .filter(v -> v.matches("\\d+(\\.\\d+)?"))
                .map(Float::parseFloat)
                .orElse(fallback);
    }
}
