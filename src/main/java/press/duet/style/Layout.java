package press.duet.style;

import java.util.Locale;

/** How the two languages of a pair are arranged on the page or screen. */
public enum Layout {
    /** Each paragraph followed by its translation. */
    INTERLEAVED,
    /** The two languages in two columns, each pair starting level. */
    SIDE_BY_SIDE,
    /** One language on the left-hand page, the other on the right-hand page (PDF). */
    FACING,
    /** A Chinese-only edition. */
    ZH,
    /** An English-only edition. */
    EN;

    /** The layout for a name as the command line writes it: "side-by-side", "interleaved", "zh" … */
    public static Layout named(String name) {
        return valueOf(name.strip().replace('-', '_').toUpperCase(Locale.ROOT));
    }

    /** The name as the command line writes it. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
