package press.duet.font;

/**
 * The faces a book is set in: a Chinese family and a Latin family, each in the styles Duet uses, and a
 * monospace face for code.
 */
public enum FontRole {
    CHINESE_REGULAR("NotoSerifSC-Regular.ttf"),
    CHINESE_BOLD("NotoSerifSC-Bold.ttf"),
    LATIN_REGULAR("Literata-Regular.ttf"),
    LATIN_ITALIC("Literata-Italic.ttf"),
    LATIN_BOLD("Literata-Bold.ttf"),
    /** Code, in the PDF; Chinese characters inside code take the regular Chinese face. */
    MONOSPACE("JetBrainsMono-Regular.ttf");

    private final String bundledFile;

    FontRole(String bundledFile) {
        this.bundledFile = bundledFile;
    }

    /** The file in {@code fonts/} that fills this role by default. */
    public String bundledFile() {
        return bundledFile;
    }

    public boolean isChinese() {
        return this == CHINESE_REGULAR || this == CHINESE_BOLD;
    }

    /** The Chinese face of the same weight as this role. */
    public FontRole chineseCounterpart() {
        return this == LATIN_BOLD || this == CHINESE_BOLD ? CHINESE_BOLD : CHINESE_REGULAR;
    }

    /** The Latin face of the same weight as this role. */
    public FontRole latinCounterpart() {
        return switch (this) {
            case CHINESE_BOLD, LATIN_BOLD -> LATIN_BOLD;
            case LATIN_ITALIC -> LATIN_ITALIC;
            case MONOSPACE -> MONOSPACE;
            default -> LATIN_REGULAR;
        };
    }
}
