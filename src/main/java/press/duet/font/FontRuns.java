package press.duet.font;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import press.duet.text.Scripts;

/**
 * Splits a text into runs that each take one font: CJK characters the Chinese face, everything else
 * the Latin face; in a Chinese paragraph, quotes, dashes and ellipses take the Chinese face too, so
 * they are full-width as Chinese typography expects. A character the preferred face lacks takes the
 * other face; one that neither has is reported to {@code missing} and left in the run.
 *
 * <pre>{@code
 * List<FontRuns.Run> runs = FontRuns.split("Duet 把 EPUB 做好", FontRole.LATIN_REGULAR, true, fonts, cp -> {});
 * }</pre>
 */
public final class FontRuns {
    /** A stretch of text set in one font. */
    public record Run(String text, FontRole role) {
    }

    private FontRuns() {
    }

    /**
     * @param latin           the Latin face to use (its Chinese counterpart is the one of the same weight)
     * @param chineseContext  whether the text is a Chinese paragraph
     * @param missing         receives each code point that no face covers
     */
    public static List<Run> split(String text, FontRole latin, boolean chineseContext, FontSet fonts,
                                  IntConsumer missing) {
        FontRole chinese = latin.chineseCounterpart();
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        FontRole currentRole = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            FontRole role = choose(cp, latin, chinese, chineseContext, fonts, missing);
            if (role != currentRole && currentRole != null) {
                runs.add(new Run(current.toString(), currentRole));
                current.setLength(0);
            }
            currentRole = role;
            current.appendCodePoint(cp);
        }
        if (currentRole != null) {
            runs.add(new Run(current.toString(), currentRole));
        }
        return runs;
    }

    private static FontRole choose(int cp, FontRole latin, FontRole chinese, boolean chineseContext,
                                   FontSet fonts, IntConsumer missing) {
        boolean wantsChinese = Scripts.isCjk(cp) || (chineseContext && Scripts.isSharedPunctuation(cp));
        FontRole preferred = wantsChinese ? chinese : latin;
        FontRole other = wantsChinese ? latin : chinese;
        if (Character.isWhitespace(cp) || fonts.covers(preferred, cp)) {
            return preferred;
        }
        if (fonts.covers(other, cp)) {
            return other;
        }
        missing.accept(cp);
        return preferred;
    }
}
