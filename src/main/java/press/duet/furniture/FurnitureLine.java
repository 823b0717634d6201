package press.duet.furniture;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.duet.text.DisplayColumns;
import press.duet.text.Scripts;

/**
 * The shapes of single lines that web pages print around an article. Every rule is about a line's
 * shape, never a word alone: a label with a colon and a short value, a count, a chain of short
 * segments between separators, a known prompt on a short line that is no sentence. A sentence that
 * mentions 来源 or "share" keeps its punctuation, its length and its words around the word, and stays.
 *
 * <p>{@link #anywhere} holds the shapes that mean furniture wherever they stand; {@link #atEdge} adds
 * those that do only above or below the article's prose (a menu, a site's address or slogan, a
 * reprint notice), where a word list or a lone address in the body would be real text.
 */
public final class FurnitureLine {
    /** Page furniture is short; a line wider than this (in display columns) is text. */
    static final int MAX_COLUMNS = 160;
    /** A location label's trail may run deeper than other furniture is wide, but not past this. */
    private static final int MAX_BREADCRUMB_COLUMNS = 320;
    private static final int MIN_LONG_CRUMB_SEPARATORS = 4;

    private static final String OPEN = "^[\\s【\\[〔(（<《]*";
    private static final String CLOSE = "\\s*[】\\]〕)）>》]?";
    private static final Pattern LOCATION = Pattern.compile(OPEN
            + "(当前位置|當前位置|您所在的位置|你所在的位置|您所在位置|您的位置|你的位置|您现在的位置|您現在的位置|你现在的位置|现在位置|現在位置|所在位置|目前位置|位置"
            + "|you are here|you are in|location)" + CLOSE + "\\s*[:：]", Pattern.CASE_INSENSITIVE);
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s*(?:>>|>|＞|»|›|→|→|＞＞|\\s/\\s|\\s\\\\\\s)\\s*");
    private static final Set<String> HOME = Set.of("首页", "首頁", "主页", "主頁", "网站首页", "網站首頁", "home", "homepage", "main");

    /** Labels of the lines a page prints about an article: where it is from, who edited it, when, how often read. */
    private static final String INFO_LABELS = "文章来源|文章來源|信息来源|資訊來源|资料来源|資料來源|图片来源|圖片來源|新闻来源|新聞來源"
            + "|来源|來源|出处|出處|稿源|供稿|作者|撰文|记者|記者|通讯员|通訊員|摄影|攝影|责任编辑|責任編輯|责编|責編|编辑|編輯|小编|小編"
            + "|编审|編審|审核|審核|审校|審校|校对|校對|译者|譯者|翻译|翻譯|推荐人|推薦人|发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期"
            + "|更新时间|更新時間|更新日期|发表时间|發表時間|发表日期|发表于|發表於|发布于|發布於|发布|發布|發佈|时间|時間|日期"
            + "|阅读量|閱讀量|阅读数|閱讀數|阅读次数|阅读|閱讀|浏览量|瀏覽量|浏览次数|瀏覽次數|浏览|瀏覽|点击数|點擊數|点击量|點擊量|点击|點擊"
            + "|人气|人氣|热度|熱度|评论|評論|点赞|點讚|字数|字數|标签|標籤|關鍵詞|关键词|关键字|關鍵字|分类|分類|所属栏目|所屬欄目|栏目|欄目"
            + "|所属教程|所屬教程|所属分类|所屬分類|所属专题|专题|專題|频道|頻道|字号|字號|浏览方式|瀏覽方式|显示方式|顯示方式|排序方式"
            + "|source|sources|editor|edited by|author|english translation|chinese translation|translation|translated by|translator|posted by|posted on|posted in|published on|published|updated on|updated"
            + "|filed under|tags|tagged|category|categories|views|comments|date|time|photo|credit";
    private static final Pattern INFO_LABEL = Pattern.compile(OPEN + "(" + INFO_LABELS + ")" + CLOSE + "\\s*[:：]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INFO_ANYWHERE = Pattern.compile("(?:^|\\s|\\d)(" + INFO_LABELS + ")\\s*[:：]", Pattern.CASE_INSENSITIVE);
    static final String COUNT_WORDS = "次阅读|次閱讀|次浏览|次瀏覽|人阅读|人閱讀|人浏览|人看过|阅读|閱讀|浏览|瀏覽|点击|點擊|查看|评论|評論|点赞|點讚|赞|讚|收藏"
            + "|留言|人气|人氣|views?|reads?|comments?|likes?|shares?|replies";
    private static final Pattern COUNT = Pattern.compile(
            "(\\d[\\d,.]*\\s*[万萬kKwW+]?\\s*(次|人)?\\s*(" + COUNT_WORDS + ")|(" + COUNT_WORDS + ")(数|數|量|次数)?\\s*[:：]?\\s*[(（]?\\s*\\d[\\d,.]*\\s*[万萬kKwW+]?\\s*[)）]?\\s*(次|人)?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{2,4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?|\\d{1,2}\\s*[:：]\\s*\\d{2}(\\s*[:：]\\s*\\d{2})?");
    private static final Pattern SHARE = Pattern.compile(OPEN
            + "(分享到|分享至|分享给|分享給|分享|转发到|轉發到|转发|轉發|扫码|掃碼|扫一扫|掃一掃|扫描二维码|掃描二維碼|扫描下方二维码|扫描下方二維碼"
            + "|微信扫一扫|微信掃一掃|长按识别|長按識別|长按二维码|長按二維碼|关注我们|關注我們|关注微信|關注微信|关注公众号|關注公眾號"
            + "|share this|share on|share to|share via|share|follow us|tweet this|email this|scan the qr|scan to)(?![a-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> PLATFORMS = Set.of("微信", "微博", "朋友圈", "qq", "qq空间", "qq空間", "qq好友", "新浪微博",
            "腾讯微博", "騰訊微博", "豆瓣", "人人网", "人人網", "百度", "知乎", "复制链接", "複製連結", "复制网址", "facebook", "twitter", "x",
            "linkedin", "whatsapp", "email", "e-mail", "weibo", "wechat", "pinterest", "reddit", "telegram", "line", "print", "打印", "列印");
    /** "Version 4.0 • See the errata page…", "版本 2.1｜更新於…": a document's version line, perhaps with a note after a separator. */
    private static final Pattern VERSION_NOTE = Pattern.compile(
            "^(?:(?i:version|ver\\.)|版本)\\s*[:：]?\\s*\\d+(?:\\.\\d+)*\\s*(?:[•·|｜–—]\\s*.*)?$");
    /** A photo's credit closing its caption: "(圖/東森新聞)", "（图片来源：新华社）", "(Photo: Reuters)". */
    private static final Pattern CLOSING_PHOTO_CREDIT = Pattern.compile(
            "[(（]\\s*(?:图|圖|图片|圖片|照片|摄影|攝影|图片来源|圖片來源|(?i:photo|photo credit|image|picture))\\s*[/／:：]\\s*[^()（）]{1,24}[)）]\\s*$");
    /** An article's own tools, which stand by its title or its end: a printable version, sending it on. */
    private static final Set<String> ARTICLE_TOOLS = Set.of("打印本页", "打印此页", "列印本頁", "列印此頁", "友善列印", "友善列印版本",
            "列印版本", "打印版本", "打印版", "列印版", "寄給朋友", "发给朋友", "發給朋友", "转寄", "轉寄", "printer-friendly version",
            "printer friendly version", "printer-friendly", "print this page", "print this article", "print version", "email this page",
            "email this article", "send to a friend");
    private static final Pattern PREVIOUS_NEXT = Pattern.compile(OPEN
            + "(上一篇|下一篇|上一页|下一页|上一頁|下一頁|上一章|下一章|上篇|下篇|前一篇|后一篇|後一篇|上一则|下一则|上一則|下一則|上一条|下一条|上一條|下一條"
            + "|返回列表|返回目录|返回目錄)" + CLOSE + "\\s*([:：>»]|$)");
    private static final Pattern PREVIOUS_NEXT_EN = Pattern.compile(
            "^[«‹<←\\s]*(previous|next|prev|older|newer)(\\s+(article|post|story|page|entry|chapter|posts|entries))?\\s*([:：»›>→]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATED = Pattern.compile(OPEN
            + "(相关文章|相關文章|相关阅读|相關閱讀|相关推荐|相關推薦|相关新闻|相關新聞|相关链接|相關連結|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀"
            + "|精彩回顾|精彩回顧|往期回顾|往期回顧|往期精彩|往期推荐|往期推薦|猜你喜欢|猜你喜歡|热门文章|熱門文章|热门推荐|熱門推薦|热点推荐|熱點推薦|精彩推荐|精彩推薦|更多阅读|更多閱讀|更多精彩|最新文章"
            + "|热门标签|熱門標籤|相关标签|相關標籤|related|related articles|related posts|related stories|related reading|read more"
            + "|read also|more from [^:：]{1,30}|more stories|you may also like|you might also like|recommended|popular posts|most read)"
            + CLOSE + "\\s*([:：]|$|[》>»→]{2,})", Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^[\\s【\\[]*(©|\\(c\\)\\s*\\d|copyright\\s*(©|\\(c\\)|\\d{4}))|all rights reserved|保留所有权利|保留所有權利|版权所有(?![人者])|版權所有(?![人者])"
                    + "|icp备|icp證|icp证|公网安备|公網安備|©", Pattern.CASE_INSENSITIVE);
    /** A reprint notice: a verb of copying with a condition, as "转载请注明出处", "未经授权不得转载". */
    private static final Pattern REPRINT = Pattern.compile(
            "(转载|轉載|复制|複製|摘编|摘編|镜像|鏡像).{0,12}(请注明|請註明|须注明|須註明|注明出处|註明出處)|(未经|未經|不得|禁止|严禁|嚴禁|谢绝|謝絕).{0,12}(转载|轉載|复制|複製|摘编|摘編|镜像|鏡像)");
    private static final Pattern ADDRESS = Pattern.compile(
            "(https?://|www\\.)\\S+|[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.(com|cn|net|org|edu|gov|tw|hk|io|info|cc|co|me|top|vip|uk)(/\\S*)?\\b"
                    + "|\\S+@\\S+\\.\\S+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SLOGAN = Pattern.compile(
            "欢迎(您|你|访问|光临|来到)|歡迎(您|你|訪問|光臨|來到)|welcome to|本站|本网|本網|官方网站|官方網站|官方微信|官网|官網|app下载|app下載",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NAVIGATION = Set.of("首页", "首頁", "主页", "主頁", "网站首页", "網站首頁", "登录", "登錄", "注册", "註冊",
            "注冊", "退出", "手机版", "手機版", "移动版", "帮助", "幫助", "关于我们", "關於我們", "联系我们", "聯繫我們", "聯絡我們", "网站地图",
            "網站地圖", "返回顶部", "返回頂部", "返回首页", "返回首頁", "设为首页", "設為首頁", "加入收藏", "收藏本站", "收藏本文", "打印本文",
            "关闭窗口", "關閉窗口", "关闭", "關閉", "打印", "列印",
            "簡體版", "简体版", "繁體版", "繁体版", "正體版", "正体版", "英文版", "正文", "下载", "下載", "搜索", "搜尋", "投稿", "订阅", "訂閱", "更多", "大", "中", "小",
            "home", "login", "log in", "sign in", "sign up", "register", "subscribe", "menu", "search", "contact", "contact us",
            "about", "about us", "privacy", "terms", "top", "back to top", "skip to content", "print", "more");
    private static final Pattern TOKEN_SEPARATOR = Pattern.compile("[\\s|｜·•/／【】\\[\\]]+");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*[|｜·•/／【】\\[\\]]+\\s*|\\s{2,}|\\t");
    private static final Pattern SENTENCE_STOP = Pattern.compile("[。！？!?；;]|[a-z]{2}[.]\\s+[A-Z]|[.]$");

    /**
     * A content site's note above the article: "下面是小编带来的英语美文，欢迎阅读！", "编者按：…", "我整理了…，欢迎阅读！".
     * It is prose, so it is recognised by how it opens or closes: an editor's label, or an offer of
     * what follows with a welcome to read it.
     */
    private static final Pattern EDITORS_NOTE = Pattern.compile(
            "^[^，。：:]{0,12}(编者按|編者按|小编按|小編按|导读|導讀)\\s*[:：]"
                    + "|(下面|以下|这里|這裡|这篇|本文)[^。！!]{0,40}(小编|小編|为大家|為大家|为你|為你|为您|為您|整理|带来|帶來|分享)[^。！!]{0,40}"
                    + "(欢迎|歡迎|希望|供)[^。！!]{0,12}[。！!]?$"
                    + "|(欢迎|歡迎)(大家)?(阅读|閱讀|欣赏|欣賞|参考|參考|借鉴|借鑒|学习|學習)[。！!]?$"
                    // A label left alone on its line ("摘要:"), the site's editor offering the text, a lead-in to it.
                    + "|^(摘要|内容摘要|內容摘要|内容提要|內容提要|提要|导读|導讀|编者按|編者按)\\s*[:：]?\\s*$"
                    + "|(小编|小編)[^。！!]{0,16}(为|為|给|給|替)[^。！!]{0,40}(准备|準備|整理|带来|帶來|奉上|送上)"
                    + "|^(以下|下面)(是|为|為|就是)[^。！!]{0,40}(全文|原文|译文|譯文|演讲|演講|讲话|講話|致辞|致辭)[^。！!]{0,8}[:：]$"
                    + "|^(?i:following is (?:the )?(?:full )?(?:text|transcript|speech|remarks|statement|address))[^.!?]{0,160}[:：]$"
                    + "|^[^。！!：:]{2,30}(全文|原文|译文|譯文)[:：]$");
    /** A compilation page's numbering of its pieces: "英语美文篇一", "篇1：…". */
    private static final Pattern PIECE_NUMBER = Pattern.compile("^.{2,24}篇([一二三四五六七八九十]{1,3}|\\d{1,2})$|^篇\\d{1,2}\\s*[:：]");

    /** A slogan signed with a dash, the site's name and its address: "…——世博英语 360abc.com". */
    private static final Pattern ADDRESS_AT_END = Pattern.compile(
            "(——|—|\\s-\\s)\\s*[^\\s。！？!?]{1,16}\\s+((https?://|www\\.)\\S+|[A-Za-z0-9-]+\\.(com|cn|net|org|tw|hk)(/\\S*)?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HOME_FIRST = Pattern.compile("^(网站首页|網站首頁|首页|首頁)(?!\\s*[>＞»›→])"
            + "|^Home(\\s+(&\\s+)?[A-Z][\\w'’&-]*){3,}\\s*$");
    /** A hint of a page's widget in brackets: "(单词翻译:单击)", "【字体：大 中 小】". */
    private static final Pattern WIDGET_HINT = Pattern.compile("^[(（【\\[][^)）】\\]]{1,20}[:：][^)）】\\]]{1,20}[)）】\\]]$");
    private static final Pattern BAR = Pattern.compile("\\s*[|｜]\\s*");
    /** A picture's credit: "Photo courtesy of …", "Photo: …", "照片：…提供", "图／…". */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "^[\\s(（\\[【]*(?:(?:photos?|photographs?|images?|pictures?)\\s*(?:courtesy of|by|credits?|from|source)\\b|照片\\s*[:：/／]|图片\\s*[:：/／]|圖片\\s*[:：/／]|[图圖攝摄]\\s*[/／])",
            Pattern.CASE_INSENSITIVE);
    /** A blog's footer: "林秋 發表在 痞客邦 留言(0) 人氣(12)", "Posted by Lin at 8:46 PM 3 comments". */
    private static final Pattern POSTED = Pattern.compile("发表在|發表在|发表于|發表於|posted by|posted in|posted at", Pattern.CASE_INSENSITIVE);
    /** A licence line: "本作品在全世界都属于公有领域…", "This work is in the public domain", "CC BY-SA 4.0". */
    private static final Pattern LICENCE = Pattern.compile(
            "公有领域|公有領域|公共领域|公共領域|public domain|creative commons|知识共享|知識共享|\\bCC\\s?BY(?:-[A-Z]{2})*(?:\\s\\d\\.\\d)?\\b",
            Pattern.CASE_INSENSITIVE);
    /** An old book's imprint: "London : Luzac & co., 1910", "Shanghai: Kelly & Walsh, 1898." */
    private static final Pattern IMPRINT = Pattern.compile("^[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?\\s*:\\s*[A-Z][^:;!?]{1,50}?,\\s*\\d{4}\\.?$");

    private FurnitureLine() {
    }

    /** A line as a table cell copies it, without the bars at its ends: "当前位置：首页 >> 新闻 |". */
    static String withoutCellBars(String line) {
        String text = line.strip();
        int start = 0;
        int end = text.length();
        if (end > 0 && isBar(text.charAt(0))) {
            start++;
        }
        if (end > start && isBar(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end).strip();
    }

    private static boolean isBar(char c) {
        return c == '|' || c == '｜';
    }

    /** A site's note above the article, or its numbering of the pieces on the page: furniture near the top only. */
    public static FurnitureKind atTop(String line) {
        String text = withoutCellBars(line);
        if (text.isEmpty()) {
            return null;
        }
        if (EDITORS_NOTE.matcher(text).find() && DisplayColumns.fit(text, 600)) {
            return FurnitureKind.LEAD_IN;
        }
        if (PIECE_NUMBER.matcher(text).find() && DisplayColumns.fit(text, 60)) {
            return FurnitureKind.SITE;
        }
        if (VERSION_NOTE.matcher(text).matches() && DisplayColumns.fit(text, 100)) {
            // A document's version under its title, with where its corrections are listed: its imprint.
            return FurnitureKind.COPYRIGHT;
        }
        if (DisplayColumns.fit(text, 240) && ADDRESS_AT_END.matcher(text).find()) {
            // A slogan signed with the site's name and address: "…——世博英语 360abc.com".
            return FurnitureKind.SITE;
        }
        if (HOME_FIRST.matcher(text).lookingAt() && DisplayColumns.fit(text, 100) && !sentenceLike(text)) {
            return FurnitureKind.MENU;
        }
        if (text.codePointCount(0, text.length()) > 1 && NAVIGATION.contains(text.toLowerCase(java.util.Locale.ROOT))) {
            // One word of the page's menu left alone on a line above the text: "登录", "Menu".
            return FurnitureKind.MENU;
        }
        for (String segment : BAR.split(text)) {
            if (text.contains("|") && !segment.isBlank() && isNavigationOnly(segment.replaceAll("\\s*[-–—]\\s*", " "))) {
                return FurnitureKind.MENU;
            }
        }
        return null;
    }

    /** The kind of furniture this line is wherever it stands, or null for text. */
    public static FurnitureKind anywhere(String line) {
        // Most lines of a book are long paragraphs: the width, counted only this far, rules them out first.
        if (!DisplayColumns.fit(line, MAX_COLUMNS + 4)) {
            return isLongBreadcrumb(line.strip()) ? FurnitureKind.BREADCRUMB : null;
        }
        String text = withoutCellBars(line);
        if (text.isEmpty() || !DisplayColumns.fit(text, MAX_COLUMNS)) {
            return isLongBreadcrumb(text) ? FurnitureKind.BREADCRUMB : null;
        }
        if (isBreadcrumb(text)) {
            return FurnitureKind.BREADCRUMB;
        }
        if (CLOSING_PHOTO_CREDIT.matcher(text).find() && DisplayColumns.fit(text, 80)) {
            // A photo's caption copied without its photo: "蔡英文宣示就職。(圖/東森新聞)".
            return FurnitureKind.CAPTION;
        }
        if (isPageInfo(text)) {
            return FurnitureKind.PAGE_INFO;
        }
        if (isShare(text) || ARTICLE_TOOLS.contains(text.toLowerCase(java.util.Locale.ROOT))) {
            return FurnitureKind.SHARE;
        }
        if (isNavigationOnly(text)) {
            return FurnitureKind.MENU;
        }
        if ((PREVIOUS_NEXT.matcher(text).lookingAt() || PREVIOUS_NEXT_EN.matcher(text).lookingAt()) && !endsSentence(text)) {
            return FurnitureKind.PREVIOUS_NEXT;
        }
        if (isRelatedHeading(text)) {
            return FurnitureKind.RELATED;
        }
        if (COPYRIGHT.matcher(text).find() && DisplayColumns.fit(text, 120)) {
            return FurnitureKind.COPYRIGHT;
        }
        return null;
    }

    /** The kind of furniture this line is above or below the article's prose, or null for text. */
    public static FurnitureKind atEdge(String line) {
        if (!DisplayColumns.fit(line, MAX_COLUMNS + 4)) {
            return null;
        }
        FurnitureKind kind = anywhere(line);
        if (kind != null) {
            return kind;
        }
        String text = withoutCellBars(line);
        if (text.isEmpty() || !DisplayColumns.fit(text, 120) && !(LICENCE.matcher(text).find() && DisplayColumns.fit(text, 240))) {
            return null;
        }
        if (isMenu(text) || WIDGET_HINT.matcher(text).matches()) {
            return FurnitureKind.MENU;
        }
        if (REPRINT.matcher(text).find() || LICENCE.matcher(text).find() || IMPRINT.matcher(text).matches()) {
            return FurnitureKind.COPYRIGHT;
        }
        if (isAddress(text) || SLOGAN.matcher(text).find() && DisplayColumns.fit(text, 80)) {
            return FurnitureKind.SITE;
        }
        return null;
    }

    /** A heading over a list of other articles: "相关文章", "推荐阅读：", "Related:". */
    public static boolean isRelatedHeading(String line) {
        String text = line.strip();
        return RELATED.matcher(text).lookingAt() && DisplayColumns.fit(text, 60) && !endsSentence(text);
    }

    /** Whether the line holds a web address, a domain or an e-mail address. */
    static boolean hasAddress(String text) {
        return ADDRESS.matcher(text).find();
    }

    /**
     * A location label over a deep trail ("You are in: … > … > … > 2003 > December"): wider than other
     * furniture, but a label, four separators or more and no sentence in it.
     */
    private static boolean isLongBreadcrumb(String text) {
        if (!DisplayColumns.fit(text, MAX_BREADCRUMB_COLUMNS) || !LOCATION.matcher(text).lookingAt() || endsSentence(text)) {
            return false;
        }
        Matcher separators = CRUMB_SEPARATOR.matcher(text);
        int count = 0;
        while (separators.find()) {
            count++;
        }
        return count >= MIN_LONG_CRUMB_SEPARATORS && !SENTENCE_STOP.matcher(text).find();
    }

    /** "当前位置：首页 > 新闻 > 正文", "Home » News » World": a location label, or short segments between separators. */
    static boolean isBreadcrumb(String text) {
        if (LOCATION.matcher(text).lookingAt() && !endsSentence(text)) {
            return true;
        }
        String[] segments = CRUMB_SEPARATOR.split(text, -1);
        boolean fromHome = HOME.contains(segments[0].strip().toLowerCase(java.util.Locale.ROOT));
        if (segments.length < (fromHome ? 2 : 3)) {
            return false;
        }
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i].strip();
            // The last segment may be the article's title.
            boolean last = i == segments.length - 1;
            if (segment.isEmpty() && !last || !segment.isEmpty() && (!hasLetter(segment) || !DisplayColumns.fit(segment, last ? 90 : 30)
                    || SENTENCE_STOP.matcher(segment).find())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "来源：新华网 作者：张三 时间：2023-03-05 13:12", "阅读 12,345 次", "2010-05-27 13:15 471 查看": a label
     * with a colon at the start and no sentence, or nothing but counts, dates and times.
     */
    static boolean isPageInfo(String text) {
        if (PHOTO_CREDIT.matcher(text).lookingAt() && DisplayColumns.fit(text, 100) && !endsSentence(text)) {
            return true;
        }
        if (INFO_LABEL.matcher(text).lookingAt() && hasAddress(text) && !endsSentence(text)) {
            // "Source: Chinese Text Project http://ctext.org/…, from …": where the text was taken from.
            return true;
        }
        if (POSTED.matcher(text).find() && COUNT.matcher(text).find() && DisplayColumns.fit(text, 100) && !SENTENCE_STOP.matcher(text).find()) {
            return true;
        }
        if (INFO_LABEL.matcher(text).lookingAt()) {
            return !SENTENCE_STOP.matcher(text).find() && (DisplayColumns.fit(text, 60) || !text.contains("，") && !text.contains(", "));
        }
        if (DATE_TIME.matcher(text).find() && INFO_ANYWHERE.matcher(text).find() && DisplayColumns.fit(text, 120) && !SENTENCE_STOP.matcher(text).find()) {
            // "双语新闻：标题2010-09-15 21:52:35 来源：VOA": a listing's headline with its date and source.
            return true;
        }
        Matcher count = COUNT.matcher(text);
        if (!count.find()) {
            return false;
        }
        String rest = DATE_TIME.matcher(count.replaceAll(" ")).replaceAll(" ");
        rest = rest.replaceAll("[\\s|｜·•/／:：,，\\-—()（）\\[\\]【】]+", "");
        return rest.isEmpty() || DisplayColumns.fit(rest, 16) && !SENTENCE_STOP.matcher(text).find() && DisplayColumns.fit(text, 60);
    }

    /** "分享到：微信 微博", "扫描二维码方便学习和分享", "Share this article", or nothing but the names of platforms. */
    static boolean isShare(String text) {
        if (SHARE.matcher(text).lookingAt() && DisplayColumns.fit(text, 60) && !endsSentence(text)) {
            return true;
        }
        String[] tokens = TOKEN_SEPARATOR.split(text.strip());
        if (tokens.length < 2) {
            return false;
        }
        for (String token : tokens) {
            if (!token.isEmpty() && !PLATFORMS.contains(token.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** "返回顶部", "【打印】【关闭】": nothing but navigation words. */
    static boolean isNavigationOnly(String text) {
        String[] tokens = TOKEN_SEPARATOR.split(text.strip());
        int words = 0;
        for (String token : tokens) {
            if (token.isEmpty()) {
                continue;
            }
            if (!NAVIGATION.contains(token.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
            words++;
        }
        // One word alone is a navigation line only if no sentence could be that word: 中 or more can be.
        return words >= 2 || words == 1 && DisplayColumns.fit(text, 4) == false;
    }

    /**
     * "首页 下载说明 正文", "注册 | 登录 | 手机版", "Home | World | Sign in": short items, one of them a
     * navigation word. English words are items only between separators (a bar, a dot, two spaces), so
     * that a title with "Home" in it is no menu.
     */
    static boolean isMenu(String text) {
        boolean latin = text.codePoints().anyMatch(Scripts::isLatinLetter);
        String[] tokens = (latin ? ITEM_SEPARATOR : TOKEN_SEPARATOR).split(text.strip());
        if (tokens.length < 2 || SENTENCE_STOP.matcher(text).find()) {
            return false;
        }
        boolean navigation = false;
        for (String token : tokens) {
            if (!DisplayColumns.fit(token.strip(), 16)) {
                return false;
            }
            navigation |= NAVIGATION.contains(token.strip().toLowerCase(java.util.Locale.ROOT));
        }
        return navigation;
    }

    /** "收藏网址：www.example.com": an address with at most a few words around it. */
    static boolean isAddress(String text) {
        Matcher m = ADDRESS.matcher(text);
        if (!m.find()) {
            return false;
        }
        String rest = m.replaceAll("").replaceAll("[\\s|｜·•:：,，\\-—()（）\\[\\]【】]+", "");
        return DisplayColumns.fit(rest, 30);
    }

    /** Whether the text ends a sentence, as a line of text does and furniture seldom does. */
    static boolean endsSentence(String text) {
        String t = text.strip();
        char last = t.charAt(t.length() - 1);
        return "。！？!?；;".indexOf(last) >= 0 || last == '.' && t.length() > 1 && Character.isLowerCase(t.charAt(t.length() - 2));
    }

    /** Whether the text holds a sentence stop: 。！？；, "!", "?", ";", a full stop before a capital or at the end. */
    static boolean sentenceLike(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ("。！？!?；;".indexOf(c) >= 0) {
                return true;
            }
            if (c == '.' && (i == n - 1 || i >= 2 && Character.isLowerCase(text.charAt(i - 1)) && Character.isLowerCase(text.charAt(i - 2))
                    && i + 2 < n && Character.isWhitespace(text.charAt(i + 1)) && Character.isUpperCase(text.charAt(i + 2)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
