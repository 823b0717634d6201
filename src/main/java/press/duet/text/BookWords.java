package press.duet.text;

import java.util.Locale;
import press.duet.model.BilingualText;
import press.duet.model.Lang;
import press.duet.model.Segment;

/**
 * The book's own words (the labels of its title page, contents, landmarks and colophon, in the EPUB and the
 * PDF) in Simplified and Traditional Chinese and in English, so that a Traditional book does not speak Simplified. A label
 * with {@code %s} takes arguments, the same in every language.
 *
 * <pre>{@code
 * BilingualText words = BookWords.CONTENTS.text(Lang.ZH_HANT); // 目錄 · Contents
 * }</pre>
 */
public enum BookWords {
    CONTENTS("目录", "目錄", "Contents"),
    /** The title page's role before the translators' names, which follow it after a space. */
    TRANSLATED_BY("译者", "譯者", "Translated by"),
    /** The authors and the translators in one line, as a PDF's Author entry names them: "林秋 著，王明 译". */
    WRITTEN_AND_TRANSLATED_BY("%s 著，%s 译", "%s 著，%s 譯", "%s, translated by %s"),
    /** The translators alone, with their role: "王明 译", "Translated by Mary Stone". */
    TRANSLATED_BY_ALONE("%s 译", "%s 譯", "Translated by %s"),
    /** The heading of a chapter's endnotes. */
    NOTES("注释", "註釋", "Notes"),
    LANDMARKS("导览", "導覽", "Landmarks"),
    COVER("封面", "封面", "Cover"),
    TITLE_PAGE("书名页", "書名頁", "Title page"),
    BODY("正文", "正文", "Start of content"),
    COLOPHON("版本说明", "版本說明", "Colophon"),
    SOURCE("来源：%s", "來源：%s", "Source: %s"),
    /** Where the text was first published: a site's name and the page's address, an e-book's publisher. */
    ORIGIN("原文：%s", "原文：%s", "First published: %s"),
    DATE("日期：%s", "日期：%s", "Date: %s"),
    MADE_WITH("由 Duet 生成，版式 %s，主题 %s。", "由 Duet 生成，版式 %s，主題 %s。", "Made with Duet, layout %s, theme %s."),
    FONTS("字体：Noto Serif SC 与 Literata，依 SIL 开放字体许可证 1.1 嵌入所用字符的子集。",
            "字體：Noto Serif SC 與 Literata，依 SIL 開放字型授權 1.1 嵌入所用字元的子集。",
            "Set in Noto Serif SC and Literata, embedded as subsets of the characters used,"
                    + " under the SIL Open Font License 1.1."),
    FALLBACK_FONT("本书字体所缺的 %s 个字符取自 %s。", "本書字型所缺的 %s 個字元取自 %s。",
            "Characters the bundled fonts lack (%s) are drawn from %s.");

    private final String simplified;
    private final String traditional;
    private final String english;

    BookWords(String simplified, String traditional, String english) {
        this.simplified = simplified;
        this.traditional = traditional;
        this.english = english;
    }

    /** The label in one language, with its arguments filled in. */
    public String in(Lang lang, Object... arguments) {
        String words = switch (lang) {
            case ZH_HANS -> simplified;
            case ZH_HANT -> traditional;
            case EN -> english;
        };
        return arguments.length == 0 ? words : String.format(Locale.ROOT, words, arguments);
    }

    /**
     * The authors and then the translators with their role, in one language: "Lin Qiu, translated by
     * Mary Stone", "林秋 著，王明 译", "Translated by Mary Stone"; the authors alone without a role.
     */
    public static String credits(java.util.List<String> authors, java.util.List<String> translators, Lang lang) {
        String separator = lang.isChinese() ? "、" : ", ";
        String written = String.join(separator, authors);
        if (translators.isEmpty()) {
            return written;
        }
        String translated = String.join(separator, translators);
        return written.isEmpty() ? TRANSLATED_BY_ALONE.in(lang, translated) : WRITTEN_AND_TRANSLATED_BY.in(lang, written, translated);
    }

    /** The label in the book's Chinese and in English. */
    public BilingualText text(Lang chinese) {
        return new BilingualText(new Segment(chinese, in(chinese)), new Segment(Lang.EN, in(Lang.EN)));
    }
}
