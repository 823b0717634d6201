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

    /** Who wrote a piece of matter: 译者序, 作者后记. */
    private static final String CHINESE_BY = "(?:译者|譯者|作者|编者|編者|再版|新版|中文版|代|译|譯)?";
    /** What may follow the matter's name: nothing, a number (附录一), a space or colon and a title. */
    private static final String CHINESE_END = "[一二三四五六七八九十0-9A-Za-z]{0,3}(?=$|[\\s:：　（(])";
    private static final Pattern CHINESE_FRONT = Pattern.compile("^(?:" + CHINESE_BY
            + "(?:序言|序|前言|引言|导言|導言|导读|導讀|绪论|緒論|自序|凡例|题记|題記|楔子)"
            + "|出版说明|出版說明|目录|目錄|版权页|版權頁|献辞|獻辭)" + CHINESE_END);
    private static final Pattern CHINESE_BACK = Pattern.compile("^(?:" + CHINESE_BY + "(?:后记|後記|跋)"
            + "|附录|附錄|注释|註釋|注解|参考文献|參考文獻|尾声|尾聲|索引|年表)" + CHINESE_END);
    /** Who wrote a piece of matter: the Translator's Preface, an Editor's Note. */
    private static final String ENGLISH_BY = "(?:(?:the\\s+)?(?:author's|authors'|translator's|translators'|editor's|publisher's)\\s+)?";
    /**
     * What may follow the matter's word: nothing, a stop or colon and a title, a small word ("Notes
     * to Chapter 1", "Introduction by …") or a short number or letter (Appendix A, Appendix II); "Notes
     * from Spring River" is a chapter.
     */
    private static final String ENGLISH_END = "(?=$|\\s*[:.,(—–-]|\\s+(?:to|on|of|by|for|and|the)\\b|\\s+[ivxlcdm0-9a-z]{1,4}$)";
    private static final Pattern ENGLISH_FRONT = Pattern.compile("^" + ENGLISH_BY
            + "(?:preface|foreword|introduction|prologue|prolegomena|contents|table of contents|copyright|dedication"
            + "|acknowledg(?:e)?ments|a note on the translation|note on the translation|title page|epigraph)" + ENGLISH_END);
    private static final Pattern ENGLISH_BACK = Pattern.compile("^" + ENGLISH_BY
            + "(?:afterword|postscript|epilogue|appendix|appendices|glossary|notes|endnotes|index|bibliography|colophon"
            + "|about the author|about the translator|further reading)" + ENGLISH_END);

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
