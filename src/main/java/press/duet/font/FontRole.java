package press.duet.font;

/**
 * The faces a book is set in: a Chinese family for each variety (Simplified glyph shapes, and
 * Traditional ones with punctuation centred as Taiwan and Hong Kong set it), a Latin family, each in
 * the styles Duet uses, and a monospace face for code.
 */
public enum FontRole {
    CHINESE_REGULAR("NotoSerifSC-Regular.ttf"),
    CHINESE_BOLD("NotoSerifSC-Bold.ttf"),
    LATIN_REGULAR("Literata-Regular.ttf"),
    LATIN_ITALIC("Literata-Italic.ttf"),
    LATIN_BOLD("Literata-Bold.ttf"),
    /** Code, in the PDF; Chinese characters inside code take the regular Chinese face. */
    MONOSPACE("JetBrainsMono-Regular.ttf"),
    TRADITIONAL_REGULAR("NotoSerifTC-Regular.ttf"),
    TRADITIONAL_BOLD("NotoSerifTC-Bold.ttf");

    private final String bundledFile;

    FontRole(String bundledFile) {
        this.bundledFile = bundledFile;
    }

    /** The file in {@code fonts/} that fills this role by default. */
    public String bundledFile() {
        return bundledFile;
    }

    public boolean isChinese() {
        return this == CHINESE_REGULAR || this == CHINESE_BOLD || isTraditional();
    }

    /** Whether the role is a face of the Traditional Chinese family. */
    public boolean isTraditional() {
        return this == TRADITIONAL_REGULAR || this == TRADITIONAL_BOLD;
    }

    public boolean isBold() {
        return this == CHINESE_BOLD || this == LATIN_BOLD || this == TRADITIONAL_BOLD;
    }

    /** The Simplified Chinese face of the same weight as this role. */
    public FontRole chineseCounterpart() {
        return isBold() ? CHINESE_BOLD : CHINESE_REGULAR;
    }

    /** The Chinese face of the same weight as this role, in the Traditional family or the Simplified one. */
    public FontRole chineseCounterpart(boolean traditional) {
        if (!traditional) {
            return chineseCounterpart();
        }
        return isBold() ? TRADITIONAL_BOLD : TRADITIONAL_REGULAR;
    }

    /** The Latin face of the same weight as this role. */
    public FontRole latinCounterpart() {
        if (isBold()) {
            return LATIN_BOLD;
        }
        return switch (this) {
            case LATIN_ITALIC -> LATIN_ITALIC;
            case MONOSPACE -> MONOSPACE;
            default -> LATIN_REGULAR;
        };
    }
}
