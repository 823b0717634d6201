package press.duet.structure;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What part of a book a chapter is by its title: front matter (a preface, an introduction, a
 * translator's note, the contents, a copyright page), back matter (an afterword, an appendix, notes, a
 * glossary, an index) or the body. Editions differ most in their matter: a translation adds a
 * translator's preface, the original an afterword. Two chapters of the same kind of matter are likely
 * counterparts; matter and a body chapter almost never are.
 *
 * <pre>{@code
 * ChapterRole role = ChapterRole.of("Translator's Preface"); // FRONT
 * }</pre>
 */
enum ChapterRole {
    FRONT, BODY, BACK;

    private static final Pattern CHINESE_FRONT = Pattern.compile(
            "^(?:\\p{IsHan}{0,4}(?:序言|序|前言|引言|导言|導言|导读|導讀|绪论|緒論|自序|凡例|出版说明|出版說明|说明|說明|献辞|獻辭)"
                    + "|目录|目錄|版权|版權|楔子|题记|題記)(?=$|[\\s:：　（(])");
    private static final Pattern CHINESE_BACK = Pattern.compile(
            "^(?:\\p{IsHan}{0,4}(?:后记|後記|跋|附录|附錄|注释|註釋|注解|参考文献|參考文獻|尾声|尾聲|索引|年表|译后记|譯後記))(?=$|[\\s:：　（(])");
    private static final Pattern ENGLISH_FRONT = Pattern.compile(
            "^(?:(?:the\\s+)?(?:author's|authors'|translator's|translators'|editor's|publisher's)\\s+)?"
                    + "(?:preface|foreword|introduction|introductory|prologue|prolegomena|contents|table of contents|"
                    + "copyright|dedication|acknowledg(?:e)?ments|note on the|a note on|title page|epigraph|about the)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGLISH_BACK = Pattern.compile(
            "^(?:(?:the\\s+)?(?:author's|translator's|translators'|editor's)\\s+)?"
                    + "(?:afterword|postscript|epilogue|appendix|appendices|glossary|notes|endnotes|index|bibliography|"
                    + "colophon|about the author|about the translator|further reading)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The role a chapter of this title has; a title naming no matter is the body's. */
    static ChapterRole of(String title) {
        if (title == null) {
            return BODY;
        }
        String text = ChapterHeadings.text(new Paragraph(0, title.strip())).strip();
        if (text.isEmpty()) {
            return BODY;
        }
        if (text.charAt(0) >= 0x2E80) {
            return CHINESE_FRONT.matcher(text).lookingAt() ? FRONT : CHINESE_BACK.matcher(text).lookingAt() ? BACK : BODY;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return ENGLISH_FRONT.matcher(lower).lookingAt() ? FRONT : ENGLISH_BACK.matcher(lower).lookingAt() ? BACK : BODY;
    }
}
