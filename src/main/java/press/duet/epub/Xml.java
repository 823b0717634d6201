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
     * Where the first character that needs escaping is, or the text's length: most texts have none. The
     * library's search runs many characters at a time, even before the JIT has compiled this method, so
     * one search per character (each only up to the first found so far) beats one loop testing four.
     */
    static int firstSpecial(String text) {
        int first = text.length();
        first = before(text, '&', first);
        first = before(text, '<', first);
        first = before(text, '>', first);
        return before(text, '"', first);
    }

    /** Where {@code c} first stands before {@code end}, or {@code end}. */
    private static int before(String text, char c, int end) {
        int at = end == 0 ? -1 : text.indexOf(c, 0, end);
        return at >= 0 ? at : end;
    }
}
