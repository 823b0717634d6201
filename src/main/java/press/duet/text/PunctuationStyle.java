package press.duet.text;

import java.util.Locale;

/**
 * Where Chinese stops and commas stand in their em box: the two conventions of printed Chinese.
 * Either variety may be set in either; each variety's own is the default.
 */
public enum PunctuationStyle {
    /** Mainland China's (GB/T 15834): ，。、；：！？ sit in the lower left corner, their right half blank and squeezable. */
    MAINLAND("cn"),
    /** Taiwan's and Hong Kong's: the same marks centred in the square, never squeezed. */
    CENTRED("tw");

    private final String optionName;

    PunctuationStyle(String optionName) {
        this.optionName = optionName;
    }

    /** The name on the command line: {@code cn} or {@code tw}. */
    public String optionName() {
        return optionName;
    }

    /** The convention by its command-line name. */
    public static PunctuationStyle named(String name) {
        for (PunctuationStyle style : values()) {
            if (style.optionName.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return style;
            }
        }
        throw new IllegalArgumentException("unknown choice '" + name + "' (choose cn or tw)");
    }
}
