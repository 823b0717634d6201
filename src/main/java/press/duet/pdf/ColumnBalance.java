package press.duet.pdf;

import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Pair;
import press.duet.model.Segment;
import press.duet.style.Theme;
import press.duet.text.Scripts;

/**
 * Decides how to share the width between the two columns of a side-by-side page so that the two
 * languages take about the same height: Chinese says in a line what English needs nearly two for,
 * and equal columns leave the Chinese one half empty while the English one is set loose and long.
 */
final class ColumnBalance {
    /** The Chinese column gets at least this share of the width, however little Chinese there is. */
    private static final float LEAST_CHINESE_SHARE = 0.38f;
    /**
     * The English column gets at least this share: without hyphenation a narrower English column
     * sets few words a line and spreads them loosely.
     */
    private static final float LEAST_ENGLISH_SHARE = 0.46f;
    /** An English letter's average advance, as a share of the em. */
    private static final float LATIN_ADVANCE = 0.5f;

    private ColumnBalance() {
    }

    /** The share of the width for the first language's column: Chinese 0.38 to 0.54 of it, English the rest. */
    static float firstShare(Book book, boolean chineseFirst, Theme theme) {
        double chinese = 0;
        double english = 0;
        for (Chapter chapter : book.chapters()) {
            for (Block block : chapter.blocks()) {
                if (block instanceof Pair pair && pair.isComplete()) {
                    chinese += extent(pair.zh());
                    english += extent(pair.en());
                }
            }
        }
        if (chinese == 0 || english == 0) {
            return 0.5f;
        }
        chinese *= theme.chineseLineHeight();
        english *= theme.latinLineHeight();
        float chineseShare = (float) (chinese / (chinese + english));
        chineseShare = Math.max(LEAST_CHINESE_SHARE, Math.min(1 - LEAST_ENGLISH_SHARE, chineseShare));
        return chineseFirst ? chineseShare : 1 - chineseShare;
    }

    /** The width a text takes set in one line, in ems. */
    static double extent(Segment segment) {
        double width = 0;
        String text = segment.text();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += Scripts.isCjk(cp) ? 1 : LATIN_ADVANCE;
            i += Character.charCount(cp);
        }
        return width;
    }
}
