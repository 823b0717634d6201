package press.duet.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import press.duet.font.FontRole;
import press.duet.font.FontSet;
import press.duet.font.TrueTypeFace;

/**
 * The font files an EPUB carries, each a bundled face cut down to the characters that face draws, and
 * the {@code @font-face} rules that give them the family names the themes ask for.
 *
 * <pre>{@code
 * EmbeddedFonts fonts = EmbeddedFonts.subset(inventory.used());
 * String css = fonts.css("../");
 * }</pre>
 */
final class EmbeddedFonts {
    /** One embedded face. */
    record Face(FontRole role, String id, String href, byte[] bytes) {
    }

    private final List<Face> faces;

    private EmbeddedFonts(List<Face> faces) {
        this.faces = faces;
    }

    /** Subsets every face that draws some character; faces nothing uses are left out. */
    static EmbeddedFonts subset(Map<FontRole, SortedSet<Integer>> used) {
        List<Face> faces = new ArrayList<>();
        FontSet fonts = FontSet.bundled();
        for (FontRole role : FontRole.values()) {
            SortedSet<Integer> characters = used.get(role);
            if (characters == null || characters.isEmpty()) {
                continue;
            }
            byte[] bytes = TrueTypeFace.bundled(role).subset(characters);
            faces.add(new Face(role, "font-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "fonts/" + fonts.fileName(role), bytes));
        }
        return new EmbeddedFonts(faces);
    }

    List<Face> faces() {
        return faces;
    }

    /** The {@code @font-face} rules, with font paths relative to the styles folder ({@code up} leads out of it). */
    String css(String up) {
        StringBuilder css = new StringBuilder("@charset \"UTF-8\";\n")
                .append("/* The bundled fonts, cut down by Duet to the characters this book uses. */\n");
        for (Face face : faces) {
            FontRole role = face.role();
            css.append("\n@font-face {\n")
                    .append("  font-family: \"").append(family(role)).append("\";\n")
                    .append("  font-style: ").append(role == FontRole.LATIN_ITALIC ? "italic" : "normal").append(";\n")
                    .append("  font-weight: ").append(role == FontRole.CHINESE_BOLD || role == FontRole.LATIN_BOLD ? "bold" : "normal").append(";\n")
                    .append("  src: url(\"").append(up).append(face.href()).append("\") format(\"truetype\");\n")
                    .append("}\n");
        }
        return css.toString();
    }

    /** The family names the themes' font stacks use. */
    static String family(FontRole role) {
        return role.isChinese() ? "Noto Serif SC" : "Literata";
    }
}
