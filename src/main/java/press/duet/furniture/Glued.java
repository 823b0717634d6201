package press.duet.furniture;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.duet.text.DisplayColumns;

/**
 * Furniture glued to the front of a paragraph when a page was copied: "来源：新华网 阅读 1,234 次 春天到了……"
 * or "分享到：微信 微博 Spring has come …". Only closed forms are taken off, one after another from
 * the front: a label with a one-word value, a count, a time, a share prompt, a platform's name, a
 * breadcrumb, a navigation word. What stays must be a sentence of some length; a date alone is no
 * furniture (a diary's entry opens with one).
 *
 * @param kind    the kind of the first piece taken off
 * @param removed the furniture taken off
 * @param kept    the paragraph's text
 */
record Glued(FurnitureKind kind, String removed, String kept) {
    private static final String CRUMB_SEPARATOR = "\\s*(?:>>|>|＞|»|›|→)\\s*";
    private static final String SEGMENT = "[^\\s>＞»›→]+";
    private static final String DATE = "\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?";
    private static final String TIME = "\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?";
    private static final Pattern CRUMB = Pattern.compile("\\s*(?:(?:当前位置|當前位置|您的位置|您现在的位置|您現在的位置|你的位置|位置"
            + "|you are here)\\s*[:：]\\s*" + SEGMENT + "(?:" + CRUMB_SEPARATOR + SEGMENT + ")*"
            + "|(?:首页|首頁|主页|主頁|home)(?:" + CRUMB_SEPARATOR + SEGMENT + ")+)(?=\\s|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern INFO = Pattern.compile("\\s*[【\\[]?(?:来源|來源|出处|出處|稿源|作者|编辑|編輯|责任编辑|責任編輯|责编"
            + "|推荐人|推薦人|发布时间|發布時間|发布日期|更新时间|时间|時間|日期|阅读|閱讀|浏览|瀏覽|点击|點擊|标签|標籤|分类|分類|栏目|欄目"
            + "|所属教程|所屬教程|source|editor|views|posted by|posted on|date)[】\\]]?\\s*[:：]\\s*(?:" + DATE + "(?:\\s+" + TIME + ")?|[^\\s，。,]+)"
            + "(?=\\s|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT = Pattern.compile("\\s*(?:\\d[\\d,.]*\\s*[万萬kKwW]?\\s*(?:次|人)?\\s*(?:" + FurnitureLine.COUNT_WORDS
            + ")|(?:阅读|閱讀|浏览|瀏覽|点击|點擊|views?|reads?)\\s*[:：]?\\s*\\d[\\d,.]*\\s*(?:次|人)?)(?=\\s|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARE = Pattern.compile("\\s*(?:分享到|分享至|分享|扫码|掃碼|share this article|share this|share)(?:\\s*[:：]"
            + "|(?=\\s|$))|\\s*(?:微信|微博|朋友圈|QQ空间|QQ空間|QQ|豆瓣|facebook|twitter|linkedin|whatsapp|email|weibo|wechat)(?=\\s|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_TIME = Pattern.compile("\\s*(?:" + DATE + "|" + TIME + ")(?=\\s|$)");
    /** Page information glued to a paragraph's end: a label and its short value, to the end of the line. */
    private static final Pattern TAIL = Pattern.compile("(?:来源|來源|出处|出處|作者|责任编辑|責任編輯|编辑|編輯|照片|图片|圖片|Source|Photos?|Editor)\\s*[:：]"
            + "[^。！？!?]{1,60}$");
    /**
     * A page's widget for the size of its type glued to the end of the line beside it, apart from it by
     * white space, often cut short by the copy ("中华人民共和国宪法          【字体:", "…的讲话 [字号：大 中 小]"): the
     * widget's label and its choices, which are links, not text.
     */
    private static final Pattern TYPE_SIZE_WIDGET = Pattern.compile(
            "\\s+[【\\[(（]?\\s*(?:字体|字體|字号|字號|字型)\\s*[:：]\\s*(?:[大中小]\\s*[|｜]?\\s*){0,3}[】\\])）]?$");
    /** Where a sentence ends, before page information glued after it. */
    private static final String SENTENCE_ENDS = "。！？!?.”’」』)）";
    /** The end of a line is read for a glued tail: page information is no wider than this. */
    private static final int MAX_TAIL_COLUMNS = 70;
    /** What stays must be at least this wide to be a paragraph, and a sentence. */
    private static final int MIN_KEPT_COLUMNS = 20;

    /**
     * Page information glued to the end of this text ("…十月二日攝於台北大安森林公園。 Photo: Paul Cooper, Taipei Times",
     * "…sometimes he wri来源:网络 作者:未知"), or null: after a sentence's end, or glued in Han script to
     * a Latin letter, a line of page information to the end. Only lines with a colon near their end are read.
     */
    static Glued tail(String line) {
        String text = line.strip();
        int from = Math.max(0, text.length() - MAX_TAIL_COLUMNS);
        int colon = Math.max(text.indexOf(':', from), text.indexOf('：', from));
        if (colon < 0) {
            return null;
        }
        Matcher widget = TYPE_SIZE_WIDGET.matcher(text).region(from, text.length());
        if (widget.find() && widget.start() > 0) {
            return new Glued(FurnitureKind.MENU, text.substring(widget.start()).strip(), text.substring(0, widget.start()).strip());
        }
        Matcher m = TAIL.matcher(text).region(from, text.length());
        if (!m.find() || m.start() == 0) {
            return null;
        }
        String tail = text.substring(m.start()).strip();
        String kept = text.substring(0, m.start()).strip();
        char before = kept.isEmpty() ? ' ' : kept.charAt(kept.length() - 1);
        boolean afterSentence = SENTENCE_ENDS.indexOf(before) >= 0;
        boolean scriptsGlued = before < 128 && Character.isLetter(before) && text.charAt(m.start()) > 0x2E80
                && text.charAt(m.start() - 1) == before;
        if (!(afterSentence || scriptsGlued) || !FurnitureLine.isPageInfo(tail) || DisplayColumns.fit(kept, MIN_KEPT_COLUMNS - 1)) {
            return null;
        }
        return new Glued(FurnitureKind.PAGE_INFO, tail, kept);
    }

    /** The furniture glued to the front of this text, or null when there is none. */
    static Glued front(String line) {
        String text = line.strip();
        int at = 0;
        FurnitureKind first = null;
        boolean furniture = false;
        while (at < text.length()) {
            Matcher m;
            FurnitureKind kind;
            if ((m = CRUMB.matcher(text).region(at, text.length())).lookingAt()) {
                kind = FurnitureKind.BREADCRUMB;
            } else if ((m = INFO.matcher(text).region(at, text.length())).lookingAt()
                    || (m = COUNT.matcher(text).region(at, text.length())).lookingAt()) {
                kind = FurnitureKind.PAGE_INFO;
            } else if ((m = SHARE.matcher(text).region(at, text.length())).lookingAt()) {
                kind = FurnitureKind.SHARE;
            } else if ((m = DATE_TIME.matcher(text).region(at, text.length())).lookingAt()) {
                kind = null;
            } else {
                break;
            }
            first = first == null ? kind : first;
            furniture |= kind != null;
            at = m.end();
        }
        if (!furniture || at == 0) {
            return null;
        }
        String kept = text.substring(at).strip();
        if (DisplayColumns.fit(kept, MIN_KEPT_COLUMNS - 1) || !FurnitureLine.sentenceLike(kept)) {
            return null;
        }
        return new Glued(first != null ? first : FurnitureKind.PAGE_INFO, text.substring(0, at).strip(), kept);
    }
}
