package press.duet.structure;

import java.util.regex.Pattern;

/**
 * Recognises chapter heading lines: 第一章 / 第1章 / 第一节 / 第十回 / 卷一, Chapter 1 / CHAPTER I /
 * Part Two / Book III, the prologue-like words on a short line of their own, and Markdown-style
 * {@code #} headings.
 */
final class ChapterHeadings {
    private static final String CHINESE_NUMBER = "[0-9０-９一二三四五六七八九十百千零〇两兩壹贰貳叁參肆伍陆陸柒捌玖拾]+";
    private static final Pattern CHINESE = Pattern.compile(
            "^(第\\s*" + CHINESE_NUMBER + "\\s*[章节節回卷部篇幕课課]|卷\\s*" + CHINESE_NUMBER + "(?:\\s|$|[:：　])"
                    + "|(序言|序章|序|前言|引言|楔子|尾声|尾聲|后记|後記|跋|附录|附錄)(?:\\s|$|[:：　]))");
    private static final String ENGLISH_NUMBER = "(\\d+|[IVXLCDM]+|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
            + "|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)";
    private static final Pattern ENGLISH = Pattern.compile(
            "^((chapter|part|book|canto|act|lesson|unit)\\s+" + ENGLISH_NUMBER + "\\b"
                    + "|(prologue|epilogue|preface|foreword|introduction|afterword|appendix)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN = Pattern.compile("^#{1,6}\\s+\\S");
    private static final Pattern MARKDOWN_OPENING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern MARKDOWN_CLOSING = Pattern.compile("\\s+#+\\s*$");
    /** Heading lines are short; a sentence that happens to start with "Part one of …" is not one. */
    private static final int MAX_COLUMNS = 120;

    private ChapterHeadings() {
    }

    /**
     * A short line that opens as a heading does. Every paragraph of a book is asked, so the cheap tests
     * come first: the patterns are anchored at the start (lookingAt, where find would try them at every
     * position) and fail at a paragraph's first characters; the width is counted only for a candidate,
     * and only as far as the limit.
     */
    static boolean isHeading(Paragraph p) {
        String text = p.text();
        boolean opensAsHeading = MARKDOWN.matcher(text).lookingAt()
                || !endsWithStop(text) && (CHINESE.matcher(text).lookingAt() || ENGLISH.matcher(text).lookingAt());
        return opensAsHeading && ParagraphSplitter.fitsColumns(text, MAX_COLUMNS);
    }

    /** The heading's text without Markdown's leading hashes. */
    static String text(Paragraph p) {
        String opened = MARKDOWN_OPENING.matcher(p.text()).replaceFirst("");
        return MARKDOWN_CLOSING.matcher(opened).replaceFirst("");
    }

    private static boolean endsWithStop(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '。' || last == '，' || last == ',' || last == ';' || last == '；'
                || (last == '.' && text.length() > 40);
    }
}
