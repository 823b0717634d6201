package press.duet.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page prints around a title that is not the title's: its controls after it ("【字体：大 中 小】"), a headline with notes restating it, a dateline's place glued on, its numbering of the pieces it gathers
 * ("第一篇:", "篇一 :", "No1 ", "No. 2:") and the name of its column, a genre followed by a colon ("口语:",
 * "双语演讲稿:", "英语美文：") — a page's label over the text, as the title's own subtitle never is (a
 * subtitle follows the colon; a column name before one is a few characters ending with a genre word).
 * A genre the text itself is about ("双语新闻：…" over an essay on bilingual news) is its title's topic,
 * not a column: its body names it again.
 */
final class TitlePrefix {
    private static final String NUMERAL = "[一二三四五六七八九十百零〇\\d]{1,4}";
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:第" + NUMERAL + "[篇则則课課]|[篇则則]" + NUMERAL + ")\\s*[:：.．、]\\s*"
                    + "|^No\\.?\\s?\\d{1,3}(?:\\s*[:：.]\\s*|\\s+)(?=\\S)", Pattern.CASE_INSENSITIVE);
    /**
     * A page's headline with notes in brackets and the title again, the two lines joined: "Title (2018
     * Amendment) [Effective] Title" is "Title".
     */
    private static final Pattern RESTATED = Pattern.compile(
            "^(.{6,}?)(?:\\s*(?:\\([^()]{1,40}\\)|\\[[^\\[\\]]{1,40}]|（[^（）]{1,40}）|【[^【】]{1,40}】))+\\s*\\1$");
    /** An English place with its state's abbreviation run into a Chinese title: "Washington, D.C.", "Albany, N.Y.". */
    private static final Pattern GLUED_PLACE = Pattern.compile("^(?:[A-Z][a-z]+\\s)*[A-Z][a-z]+,\\s?(?:[A-Z]\\.){1,3}\\s*(?=\\p{IsHan})");
    /** The genres a study site's columns are named by. */
    private static final String GENRES = "口语|口語|听力|聽力|阅读|閱讀|演讲稿|演講稿|演讲|演講|新闻|新聞|美文|散文|诗歌|詩歌|故事|对话|對話"
            + "|英语|英語|翻译|翻譯|资讯|資訊|时文|時文|文摘|范文|範文";
    private static final Pattern COLUMN = Pattern.compile("^\\p{IsHan}{0,4}(?:" + GENRES + ")\\s*[:：]\\s*");
    /**
     * A page's controls printed after its headline: "【字体：大 中 小】【打印】【关闭】", and "【字体:" alone when the
     * copy lost the control's links. They are the page's, never the title's.
     */
    private static final Pattern PAGE_CONTROLS = Pattern.compile(
            "(?:\\s*[【\\[]\\s*(?:字体|字體|字号|字號|打印|关闭|關閉|收藏|推荐|推薦|评论|評論|大字|小字)(?:\\s*[:：][^【】\\[\\]]{0,12})?[】\\]]?)+\\s*$");
    /**
     * A blog's badges on a post's headline, in capitals before it or in brackets after it: "VIDEO: …",
     * "LIVE: …", "… (UPDATED w/VIDEO)", "… [PHOTOS]". They say what the page shows beside the text.
     */
    private static final Pattern BADGE_BEFORE = Pattern.compile("^(?:VIDEO|WATCH|LIVE|PHOTOS?|AUDIO|UPDATED?|BREAKING)\\s*[:|]\\s*");
    private static final Pattern BADGE_AFTER = Pattern.compile(
            "\\s*[(\\[]\\s*(?:UPDATED?|VIDEO|PHOTOS?|AUDIO)?(?:\\s*(?:w/|with)\\s*(?:VIDEO|PHOTOS?|AUDIO))?\\s*[)\\]]$");
    /** What must be left of a title, in characters, for a prefix to come off it. */
    private static final int MIN_REST = 4;

    private TitlePrefix() {
    }

    /**
     * The title without a page's numbering of its pieces before it, or the place of a dateline whose line
     * break the copy lost ("Washington, D.C.在…的开幕词"); the title as it is when it has neither.
     */
    static String withoutNumberingOrPlace(String title) {
        Matcher restated = RESTATED.matcher(title.strip());
        String text = restated.matches() ? restated.group(1) : title;
        return without(GLUED_PLACE, without(NUMBERING, text));
    }

    /**
     * The title without a column's name before it, unless the body names that genre again (then it is
     * the text's subject); the title as it is when it has none.
     */
    static String withoutColumn(String title, java.util.List<Paragraph> body) {
        Matcher m = COLUMN.matcher(title);
        if (!m.find()) {
            return title;
        }
        String genre = title.substring(0, m.end()).replaceAll("[\\s:：]+$", "");
        boolean subject = body.stream().anyMatch(p -> p.text().contains(genre));
        return subject ? title : without(COLUMN, title);
    }

    /**
     * The title without the page's controls after it ("…宪法 【字体：大 中 小】") and a blog's badges around it
     * ("VIDEO: … (UPDATED w/VIDEO)"); the title as it is when it has none.
     */
    static String withoutPageControls(String title) {
        Matcher m = PAGE_CONTROLS.matcher(title);
        String text = m.find() && m.start() >= MIN_REST ? title.substring(0, m.start()).strip() : title;
        Matcher after = BADGE_AFTER.matcher(text);
        if (after.find() && after.end() - after.start() > 2 && after.start() >= MIN_REST) {
            text = text.substring(0, after.start()).strip();
        }
        return without(BADGE_BEFORE, text);
    }

    private static String without(Pattern prefix, String title) {
        Matcher m = prefix.matcher(title);
        return m.find() && title.length() - m.end() >= MIN_REST ? title.substring(m.end()) : title;
    }
}
