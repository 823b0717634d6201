package press.duet.epub;

/** Escapes text for XML content and attribute values. */
final class Xml {
    private Xml() {
    }

    static String escape(String text) {
        int first = firstSpecial(text);
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Where the first character that needs escaping is, or the text's length: most texts have none, and
     * this small loop is what the JIT compiles hot.
     */
    private static int firstSpecial(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                return i;
            }
        }
        return text.length();
    }
}
