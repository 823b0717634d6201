package press.duet.model;

import java.util.ArrayList;
import java.util.List;

/** The model's own checks and the plain-text constructors of its rich content. */
final class Content {
    private Content() {
    }

    static void requireText(String value, String what) {
        if (value == null) {
            throw new NullPointerException(what);
        }
    }

    /** Only web, mail and in-book targets, with no control characters or spaces. */
    static void requireTarget(String target) {
        if (target == null) {
            throw new NullPointerException("link target");
        }
        if (!isAllowedTarget(target)) {
            throw new IllegalArgumentException("a link goes to http, https, mailto or #fragment, with no spaces"
                    + " or control characters, not " + target);
        }
    }

    static boolean isAllowedTarget(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                return false;
            }
        }
        return startsIgnoringCase(target, "http://") || startsIgnoringCase(target, "https://")
                || startsIgnoringCase(target, "mailto:") || (target.startsWith("#") && target.length() > 1);
    }

    /**
     * Whether a text starts with a scheme written in small ASCII letters, in any case of ASCII letters
     * (no other character lower-cases to a letter of these schemes); without a lower-cased copy of the text, since a
     * link is checked each time one is made.
     */
    private static boolean startsIgnoringCase(String text, String scheme) {
        if (text.length() < scheme.length()) {
            return false;
        }
        for (int i = 0; i < scheme.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != scheme.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Text whose line feeds become line breaks. */
    static List<Inline> withBreaks(String text) {
        if (text.indexOf('\n') < 0) {
            return text.isEmpty() ? List.of() : List.of(new Inline.Text(text));
        }
        List<Inline> out = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            if (i > start) {
                out.add(new Inline.Text(text.substring(start, i)));
            }
            out.add(new Inline.LineBreak());
            start = i + 1;
        }
        if (start < text.length()) {
            out.add(new Inline.Text(text.substring(start)));
        }
        return out;
    }
}
