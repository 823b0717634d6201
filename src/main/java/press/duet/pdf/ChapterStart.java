package press.duet.pdf;

import java.util.Locale;

/** Where a chapter of the PDF begins. */
public enum ChapterStart {
    /** On a new page (a new spread in facing layout). */
    NEW_PAGE,
    /** On a right-hand (odd) page, as printed books open their chapters, with a blank page before it where needed. */
    RIGHT_PAGE,
    /** Below the previous chapter on the same page, after a break, when its title and first lines fit there. */
    CONTINUE;

    /** The choice by its command-line name: {@code new-page}, {@code right-page} or {@code continue}. */
    public static ChapterStart named(String name) {
        for (ChapterStart start : values()) {
            if (start.optionName().equals(name.toLowerCase(Locale.ROOT))) {
                return start;
            }
        }
        throw new IllegalArgumentException("unknown choice '" + name + "' (choose new-page, right-page or continue)");
    }

    /** The name on the command line. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
