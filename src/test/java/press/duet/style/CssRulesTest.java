package press.duet.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CssRulesTest {
    @Test
    void readsTheRuleAfterACharsetStatement() {
        CssRules rules = new CssRules("@charset \"UTF-8\";\nbody { color: #123456; line-height: 1.7; }");
        assertEquals(Optional.of("#123456"), rules.value("body", "color"));
        assertEquals(Optional.of("1.7"), rules.value("body", "line-height"));
    }

    @Test
    void skipsBlockAtRulesWithTheirNestedRules() {
        CssRules rules = new CssRules("@media (min-width: 36em) { .pair { display: flex; } }\n.second { color: #777777; }");
        assertEquals(Optional.empty(), rules.value(".pair", "display"));
        assertEquals(Optional.of("#777777"), rules.value(".second", "color"));
    }

    @Test
    void givesEachSelectorOfAListTheDeclarations() {
        CssRules rules = new CssRules("/* a comment { } */ h1, h2 { color: #7a1f1f; }");
        assertEquals(Optional.of("#7a1f1f"), rules.value("h2", "color"));
    }
}
