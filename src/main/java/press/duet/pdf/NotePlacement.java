package press.duet.pdf;

import java.util.Locale;

/** Where the PDF sets a chapter's notes. */
public enum NotePlacement {
    /** At the foot of the page of each reference, under its column (side by side) or its page (facing). */
    FOOTNOTES,
    /** After the chapter's last block, under a heading. */
    ENDNOTES;

    /** The choice by its command-line name: {@code footnotes} or {@code endnotes}. */
    public static NotePlacement named(String name) {
        for (NotePlacement placement : values()) {
            if (placement.optionName().equals(name.toLowerCase(Locale.ROOT))) {
                return placement;
            }
        }
        throw new IllegalArgumentException("unknown choice '" + name + "' (choose footnotes or endnotes)");
    }

    /** The name on the command line. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
