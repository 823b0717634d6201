package press.duet.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import press.duet.font.FontRole;
import press.duet.font.FontSet;
import press.duet.font.InstalledFaces;
import press.duet.font.TrueTypeFace;
import press.duet.text.CjkPunctuation;
import press.duet.text.PunctuationStyle;

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
    record Face(FontRole role, String id, String href, byte[] bytes, SortedSet<Integer> characters) {
    }

    /**
     * An installed face cut to the characters neither bundled face has, and those characters: it joins
     * both bundled families for exactly these characters ({@code unicode-range}), so the themes' font
     * stacks need not name it.
     */
    record Borrowed(String family, String id, String href, byte[] bytes, SortedSet<Integer> characters,
                    List<String> notices) {
    }

    private final List<Face> faces;
    private final List<Borrowed> borrowed;
    /** The convention stops and commas follow whatever the variety, or null for each variety's own. */
    private final PunctuationStyle punctuation;

    private EmbeddedFonts(List<Face> faces, List<Borrowed> borrowed, PunctuationStyle punctuation) {
        this.faces = faces;
        this.borrowed = borrowed;
        this.punctuation = punctuation;
    }

    /**
     * Cuts installed faces to the characters they draw for the book.
     *
     * @param characters each installed font file with the characters it is to draw, in a stable order
     */
    static List<Borrowed> borrow(Map<InstalledFaces.Found, SortedSet<Integer>> characters) {
        List<Borrowed> borrowed = new ArrayList<>();
        characters.forEach((found, codePoints) -> {
            String file = java.nio.file.Path.of(found.file()).getFileName().toString();
            borrowed.add(new Borrowed(found.face().familyName(), "font-borrowed-" + (borrowed.size() + 1),
                    "fonts/borrowed-" + file.replaceAll("[^A-Za-z0-9._-]", "_"), found.face().subset(codePoints),
                    codePoints, found.face().notices()));
        });
        return borrowed;
    }

    /** Subsets every face that draws some character; faces nothing uses are left out. */
    static EmbeddedFonts subset(Map<FontRole, SortedSet<Integer>> used, List<Borrowed> borrowed) {
        return subset(used, borrowed, null);
    }

    /**
     * Subsets every face that draws some character; with a punctuation convention chosen, the other
     * Chinese family takes its stops and commas from the chosen one's face ({@code unicode-range}).
     */
    static EmbeddedFonts subset(Map<FontRole, SortedSet<Integer>> used, List<Borrowed> borrowed,
                                PunctuationStyle punctuation) {
        List<Face> faces = new ArrayList<>();
        FontSet fonts = FontSet.bundled();
        for (FontRole role : FontRole.values()) {
            SortedSet<Integer> characters = used.get(role);
            if (characters == null || characters.isEmpty()) {
                continue;
            }
            byte[] bytes = TrueTypeFace.bundled(role).subset(characters);
            faces.add(new Face(role, "font-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "fonts/" + fonts.fileName(role), bytes, characters));
        }
        return new EmbeddedFonts(faces, borrowed, punctuation);
    }

    List<Face> faces() {
        return faces;
    }

    List<Borrowed> borrowed() {
        return borrowed;
    }

    /** The {@code @font-face} rules, with font paths relative to the styles folder ({@code up} leads out of it). */
    String css(String up) {
        StringBuilder css = new StringBuilder("@charset \"UTF-8\";\n")
                .append("/* The bundled fonts, cut down by Duet to the characters this book uses. */\n");
        for (Face face : faces) {
            FontRole role = face.role();
            fontFace(css, family(role), role, up + face.href(), null);
        }
        // Defined after the family's own faces, these win for the marks they range over.
        for (Face face : faces) {
            FontRole role = face.role();
            if (punctuation != null && role.isChinese() && role.isTraditional() == (punctuation == PunctuationStyle.CENTRED)) {
                String range = String.join(", ", face.characters().stream().filter(CjkPunctuation::isPlacedByConvention)
                        .map(cp -> String.format(Locale.ROOT, "U+%04X", cp)).toList());
                if (!range.isEmpty()) {
                    css.append("\n/* Stops and commas ").append(punctuation == PunctuationStyle.CENTRED ? "centred, as Taiwan"
                            + " and Hong Kong set them" : "in the corner, as mainland China sets them").append(" */");
                    fontFace(css, family(role.chineseCounterpart(!role.isTraditional())), role, up + face.href(), range);
                }
            }
        }
        for (Borrowed face : borrowed) {
            String range = String.join(", ", face.characters().stream()
                    .map(cp -> String.format(Locale.ROOT, "U+%04X", cp)).toList());
            for (String family : List.of("Noto Serif SC", "Noto Serif TC", "Literata")) {
                for (String weight : List.of("normal", "bold")) {
                    css.append("\n/* ").append(face.family()).append(", for characters the bundled fonts lack */\n")
                            .append("@font-face {\n")
                            .append("  font-family: \"").append(family).append("\";\n")
                            .append("  font-style: normal;\n")
                            .append("  font-weight: ").append(weight).append(";\n")
                            .append("  src: url(\"").append(up).append(face.href()).append("\") format(\"truetype\");\n")
                            .append("  unicode-range: ").append(range).append(";\n")
                            .append("}\n");
                }
            }
        }
        return css.toString();
    }

    private static void fontFace(StringBuilder css, String family, FontRole role, String url, String range) {
        css.append("\n@font-face {\n")
                .append("  font-family: \"").append(family).append("\";\n")
                .append("  font-style: ").append(role == FontRole.LATIN_ITALIC ? "italic" : "normal").append(";\n")
                .append("  font-weight: ").append(role.isBold() ? "bold" : "normal").append(";\n")
                .append("  src: url(\"").append(url).append("\") format(\"truetype\");\n");
        if (range != null) {
            css.append("  unicode-range: ").append(range).append(";\n");
        }
        css.append("}\n");
    }

    /** The family names the themes' font stacks use. */
    static String family(FontRole role) {
        if (role.isTraditional()) {
            return "Noto Serif TC";
        }
        return role.isChinese() ? "Noto Serif SC" : "Literata";
    }
}
