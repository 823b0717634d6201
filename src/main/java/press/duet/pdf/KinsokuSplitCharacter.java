package press.duet.pdf;

import org.openpdf.text.SplitCharacter;
import org.openpdf.text.pdf.PdfChunk;
import press.duet.text.KinsokuRules;

/**
 * Tells OpenPDF where a line may break, by {@link KinsokuRules}. OpenPDF's own default allows a
 * break before full-width commas and stops (U+FF01–FF60), which puts "，" at the start of a line.
 */
final class KinsokuSplitCharacter implements SplitCharacter {
    static final KinsokuSplitCharacter INSTANCE = new KinsokuSplitCharacter();

    private KinsokuSplitCharacter() {
    }

    /** True when a line may break after the character at {@code current}. */
    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = charAt(current, cc, ck);
        if (Character.isHighSurrogate(c)) {
            return false;
        }
        int before = Character.isLowSurrogate(c) && current > start
                ? Character.toCodePoint(charAt(current - 1, cc, ck), c) : c;
        if (current + 1 >= end) {
            // The chunk ends here; what follows is in another font run. Break only where the end rule allows.
            return KinsokuRules.mayEndLine(before) && (before == ' ' || press.duet.text.Scripts.isCjk(before));
        }
        char n = charAt(current + 1, cc, ck);
        int after = Character.isHighSurrogate(n) && current + 2 < end
                ? Character.toCodePoint(n, charAt(current + 2, cc, ck)) : n;
        return KinsokuRules.mayBreakBetween(before, after);
    }

    private static char charAt(int index, char[] cc, PdfChunk[] ck) {
        if (ck == null) {
            return cc[index];
        }
        return (char) ck[Math.min(index, ck.length - 1)].getUnicodeEquivalent(cc[index]);
    }
}
