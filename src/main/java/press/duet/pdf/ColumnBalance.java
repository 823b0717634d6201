package press.duet.pdf;

import java.util.List;
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
 * It also balances the columns of a chapter's last page ({@link #lastSheet}).
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

    /**
     * How many lines each part may set on this sheet so that, when the parts run over onto the next
     * and that sheet is the chapter's last (what follows them, {@code following} points of it, fits
     * below their rests), their rests there end level: the longest rest stays as it is, and each
     * shorter one gives up lines from this sheet until its rest is as tall, keeping at least two lines
     * on this sheet and moving at least two (a lone line at either page edge is worse than a ragged
     * foot). The columns may stand side by side on one page or on the two pages of a spread. Null when
     * nothing runs over, or the rests and what follows would not fit on one sheet.
     */
    static int[] lastSheet(Composer composer, List<Part> parts, int[] next, float start, float following) {
        int n = parts.size();
        int[] here = new int[n];
        float[] rest = new float[n];
        boolean over = false;
        for (int p = 0; p < n; p++) {
            Part part = parts.get(p);
            SetText text = part.text();
            here[p] = next[p] + PartLines.forThisPage(text, next[p], composer.room(part, next[p], start), true);
            rest[p] = PartLines.height(part, here[p], text.lineCount());
            over |= here[p] < text.lineCount();
        }
        float tallest = 0;
        for (float height : rest) {
            tallest = Math.max(tallest, height);
        }
        if (!over || tallest + following > composer.frameHeight()) {
            return null;
        }
        int[] caps = new int[n];
        for (int p = 0; p < n; p++) {
            Part part = parts.get(p);
            int keep = here[p];
            int lines = part.text().lineCount();
            while (keep - 1 - next[p] >= 2 && PartLines.height(part, keep - 1, lines) <= tallest) {
                keep--;
            }
            caps[p] = keep - next[p] >= 2 && lines - keep >= 2 || keep == here[p] ? keep - next[p] : here[p] - next[p];
        }
        return caps;
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
