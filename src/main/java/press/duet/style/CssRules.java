package press.duet.style;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The declarations of a plain style sheet, by selector: enough of CSS to let the PDF writer take its
 * colours and spacing from the same file the EPUB uses. Comments and at-rules are skipped; a rule
 * with a selector list counts for each of its selectors.
 */
final class CssRules {
    private final Map<String, Map<String, String>> bySelector = new LinkedHashMap<>();

    CssRules(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            if (open < 0) {
                break;
            }
            String selectors = text.substring(i, open).strip();
            int close = text.indexOf('}', open);
            if (close < 0) {
                break;
            }
            if (selectors.startsWith("@")) {
                int semicolon = text.indexOf(';', i);
                if (semicolon >= 0 && semicolon < open) {
                    i = semicolon + 1; // a statement at-rule such as @charset or @import ends at its semicolon
                    continue;
                }
                i = skipAtRule(text, open);
                continue;
            }
            Map<String, String> declarations = declarations(text.substring(open + 1, close));
            for (String selector : selectors.split(",")) {
                bySelector.computeIfAbsent(selector.strip(), k -> new LinkedHashMap<>()).putAll(declarations);
            }
            i = close + 1;
        }
    }

    /** The value of a property set on exactly this selector, as written. */
    Optional<String> value(String selector, String property) {
        Map<String, String> declarations = bySelector.get(selector);
        return declarations == null ? Optional.empty() : Optional.ofNullable(declarations.get(property));
    }

    private static Map<String, String> declarations(String block) {
        Map<String, String> declarations = new LinkedHashMap<>();
        for (String declaration : block.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                declarations.put(declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        declaration.substring(colon + 1).strip());
            }
        }
        return declarations;
    }

    /** Skips an at-rule with a block, such as {@code @media { … }}, including its nested rules. */
    private static int skipAtRule(String text, int open) {
        int depth = 0;
        for (int j = open; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return j + 1;
            }
        }
        return text.length();
    }
}
