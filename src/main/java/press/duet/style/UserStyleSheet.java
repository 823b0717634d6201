package press.duet.style;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.cssparser.dom.AbstractCSSRuleImpl;
import org.htmlunit.cssparser.dom.CSSFontFaceRuleImpl;
import org.htmlunit.cssparser.dom.CSSImportRuleImpl;
import org.htmlunit.cssparser.dom.CSSMediaRuleImpl;
import org.htmlunit.cssparser.dom.CSSPageRuleImpl;
import org.htmlunit.cssparser.dom.CSSRuleListImpl;
import org.htmlunit.cssparser.dom.CSSStyleDeclarationImpl;
import org.htmlunit.cssparser.dom.CSSStyleRuleImpl;
import org.htmlunit.cssparser.dom.CSSStyleSheetImpl;
import org.htmlunit.cssparser.dom.Property;
import org.htmlunit.cssparser.parser.AbstractLocatable;
import org.htmlunit.cssparser.parser.CSSErrorHandler;
import org.htmlunit.cssparser.parser.CSSOMParser;
import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.cssparser.parser.InputSource;
import press.duet.read.TextDecoder;
import press.duet.report.DuetException;

/**
 * A style sheet the user gives with {@code --style FILE}, checked before the EPUB carries it: parsed
 * with the HtmlUnit CSS parser (CSS 3), a syntax error refuses the build in one line with its line
 * and column (EPUBCheck would fail the book for it); every reference to another file, whether
 * {@code file:}, remote or relative ({@code @import}, {@code url(…)} other than a {@code data:} URL),
 * is dropped with a warning, since the EPUB carries none of those files and must not reach out of the
 * book. A sheet with nothing to drop is kept byte for byte; else it is written out from the parsed
 * rules without the dropped ones.
 *
 * <pre>{@code
 * UserStyleSheet sheet = UserStyleSheet.read(Path.of("mine.css"));
 * sheet.css(); sheet.warnings();
 * }</pre>
 */
final class UserStyleSheet {
    private static final Pattern URL = Pattern.compile("(?i)url\\(\\s*['\"]?([^'\")\\s]*)");

    private final String css;
    private final List<String> warnings;

    private UserStyleSheet(String css, List<String> warnings) {
        this.css = css;
        this.warnings = List.copyOf(warnings);
    }

    String css() {
        return css;
    }

    List<String> warnings() {
        return warnings;
    }

    static UserStyleSheet read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DuetException(file + ": cannot read the style sheet (" + press.duet.io.IoErrors.describe(e) + ")", e);
        }
        // Strict UTF-8, as EPUB style sheets are: a bad byte is named with its offset.
        String text = TextDecoder.decode(bytes, StandardCharsets.UTF_8, file.toString()).text();
        return parse(file.toString(), text);
    }

    static UserStyleSheet parse(String source, String text) {
        CSSOMParser parser = new CSSOMParser();
        List<CSSParseException> errors = new ArrayList<>();
        parser.setErrorHandler(new CSSErrorHandler() {
            @Override
            public void warning(CSSParseException e) {
                // Warnings (an unknown property, say) do not make the sheet invalid.
            }

            @Override
            public void error(CSSParseException e) {
                errors.add(e);
            }

            @Override
            public void fatalError(CSSParseException e) {
                errors.add(e);
            }
        });
        CSSStyleSheetImpl sheet;
        try {
            sheet = parser.parseStyleSheet(new InputSource(new StringReader(text)), null);
        } catch (IOException | RuntimeException e) {
            throw new DuetException(source + ": the style sheet is not valid CSS (" + e.getMessage() + ")", e);
        }
        if (!errors.isEmpty()) {
            CSSParseException first = errors.get(0);
            throw new DuetException(source + ":" + first.getLineNumber() + ":" + first.getColumnNumber()
                    + ": the style sheet is not valid CSS (" + oneLine(first.getMessage()) + ")");
        }
        List<String> warnings = new ArrayList<>();
        boolean dropped = dropReferences(source, sheet.getCssRules(), warnings);
        return new UserStyleSheet(dropped ? written(sheet.getCssRules()) : text, warnings);
    }

    /** Drops every rule and declaration that refers to another file; true when something was dropped. */
    private static boolean dropReferences(String source, CSSRuleListImpl rules, List<String> warnings) {
        boolean dropped = false;
        for (int i = rules.getLength() - 1; i >= 0; i--) {
            AbstractCSSRuleImpl rule = rules.getRules().get(i);
            if (rule instanceof CSSImportRuleImpl imported) {
                warnings.add(place(source, rule) + "dropped @import of " + imported.getHref()
                        + ": the EPUB carries one style sheet and refers to nothing outside it");
                rules.delete(i);
                dropped = true;
            } else if (rule instanceof CSSMediaRuleImpl media) {
                dropped |= dropReferences(source, media.getCssRules(), warnings);
            } else if (rule instanceof CSSFontFaceRuleImpl fontFace && refersOutside(fontFace.getStyle())) {
                warnings.add(place(source, rule) + "dropped @font-face: its font file is not in the EPUB"
                        + " (the book embeds its own fonts)");
                rules.delete(i);
                dropped = true;
            } else {
                CSSStyleDeclarationImpl style = rule instanceof CSSStyleRuleImpl s ? s.getStyle()
                        : rule instanceof CSSPageRuleImpl p ? p.getStyle() : null;
                if (style != null) {
                    dropped |= dropDeclarations(source, style, warnings);
                }
            }
        }
        return dropped;
    }

    private static boolean dropDeclarations(String source, CSSStyleDeclarationImpl style, List<String> warnings) {
        boolean dropped = false;
        for (Property property : new ArrayList<>(style.getProperties())) {
            String value = property.getValue() == null ? "" : property.getValue().getCssText();
            String reference = outsideReference(value);
            if (reference != null) {
                warnings.add(place(source, property) + "dropped " + property.getName() + ": it refers to "
                        + reference + ", which the EPUB does not carry");
                style.getProperties().remove(property);
                dropped = true;
            }
        }
        return dropped;
    }

    private static boolean refersOutside(CSSStyleDeclarationImpl style) {
        return style.getProperties().stream()
                .anyMatch(p -> p.getValue() != null && outsideReference(p.getValue().getCssText()) != null);
    }

    /** The first {@code url(…)} in the value that is not a data URL, or null. */
    private static String outsideReference(String value) {
        Matcher m = URL.matcher(value);
        while (m.find()) {
            if (!m.group(1).toLowerCase(Locale.ROOT).startsWith("data:")) {
                return m.group(1).isEmpty() ? "an empty URL" : m.group(1);
            }
        }
        return null;
    }

    private static String written(CSSRuleListImpl rules) {
        StringBuilder out = new StringBuilder();
        for (AbstractCSSRuleImpl rule : rules.getRules()) {
            out.append(rule.getCssText()).append('\n');
        }
        return out.toString();
    }

    private static String place(String source, AbstractLocatable located) {
        int line = located.getLocator() == null ? 0 : located.getLocator().getLineNumber();
        return source + (line > 0 ? ":" + line : "") + ": ";
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
