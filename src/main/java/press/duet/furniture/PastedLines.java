package press.duet.furniture;

import java.util.List;
import java.util.regex.Pattern;
import press.duet.text.DisplayColumns;
import press.duet.text.Scripts;

/**
 * Furniture of the pages that study sites, document sites and forums print around a bilingual text,
 * as a browser copies it:
 * <ul>
 *   <li>the labels that name a version or an exercise's part on a line of their own ("译文：",
 *       "【汉语翻译】", "翻譯 Translation", "中英文本", "【正确答案】", "必背："): the book marks its
 *       languages itself;</li>
 *   <li>a site's introduction above the text that speaks to its readers about what it offers them
 *       ("本文是初一英语短文带翻译，希望对大家有帮助！", "今天就教大家一个最简单的方法……"), and an uploader's
 *       "PS:" note there;</li>
 *   <li>a document site's file fields ("- 格式:doc", "- 大小:27.50 KB", "- 文档页数:4");</li>
 *   <li>a forum thread's widgets ("楼主", "跳转到指定楼层", "发表于 2020-5-14 09:50:19 | 只看该作者"),
 *       its prompts to reply or register to see hidden content, and an offer to click and buy;</li>
 *   <li>a location label alone on its line above its trail ("當前位置"), and a bar or a closing
 *       bracket alone on a line (a table's cell or a note's end copied apart).</li>
 * </ul>
 * Every rule reads a line's shape: a label is the whole line, an introduction both speaks to the
 * readers and names the kind of text a learner's site offers.
 */
final class PastedLines {
    /** The labels of a bilingual page's parts: which version follows, or which part of an exercise. */
    private static final Pattern PART_LABEL = Pattern.compile("^[\\s【\\[〔(（<《]*(?:"
            + "(?:参考|參考|中文|英文|汉语|漢語|中英|英汉|英漢|汉英|漢英|双语|雙語|对照|對照)*(?:译文|譯文|翻译|翻譯|原文|文本|全文|对照|對照)"
            + "|正确答案|正確答案|参考答案|參考答案|答案|翻译题|翻譯題|必背|重点讲解|重點講解|对话|對話|会话|會話"
            + ")(?:\\s*[:：])?[\\s】\\]〕)）>》]*(?:[:：]\\s*)?"
            + "(?:(?:Chinese\\s+|English\\s+)?(?:Translation|Version|Text)|Dialogue|Conversation|Answers?)?\\s*[:：]?$",
            Pattern.CASE_INSENSITIVE);
    /** A site speaks to its readers: "希望对大家有帮助", "给大家分享", "教大家", "帮助大家记忆", "希望大家喜欢". */
    private static final Pattern TO_READERS = Pattern.compile(
            "(?:对|對|给|給)(?:大家|你们|你們|同学们|同學們|各位)[^。！!，,]{0,8}(?:有所?|带来|帶來)(?:帮助|幫助|启发|啟發|收获|收穫)"
                    + "|(?:给|給|为|為|帮|幫|教|帮助|幫助)(?:大家|各位同学|各位同學|同学们|同學們)"
                    + "(?:分享|整理|带来|帶來|推荐|推薦|介绍|介紹|准备|準備|标注|標註|一个|一個|记忆|記憶|学习|學習|提供)"
                    + "|希望(?:大家|你们|你們|同学们|同學們)(?:喜欢|喜歡)");
    /** The kinds of text a learner's site offers, one of which its introduction names. */
    private static final Pattern LEARNERS_TEXT = Pattern.compile(
            "英语|英語|英文|双语|雙語|中英|短文|美文|文章|本文|故事|单词|單詞|生词|生詞|词汇|詞彙|翻译|翻譯|背诵|背誦|阅读|閱讀|小编|小編|本站");
    /** An uploader's note: "(PS: 这些内容是我在网上找的……". */
    private static final Pattern POSTSCRIPT = Pattern.compile("^[(（\\[【]?\\s*(?:PS|P\\.S\\.)\\s*[:：]", Pattern.CASE_INSENSITIVE);
    /** A document site's fields: its format, size and number of pages. */
    private static final Pattern FILE_FIELD = Pattern.compile(
            "^(?:文档格式|文檔格式|文件格式|格式)\\s*[:：]\\s*(?:doc|docx|pdf|ppt|pptx|txt|xls|xlsx|wps|rtf)$"
                    + "|^(?:文档大小|文檔大小|文件大小|大小)\\s*[:：]\\s*\\d[\\d.,]*\\s*(?:[KMG]B|[KMG]|字节|位元組|bytes)$"
                    + "|^(?:文档页数|文檔頁數|页数|頁數|文档页码|共)\\s*[:：]?\\s*\\d{1,5}\\s*(?:页|頁)?$",
            Pattern.CASE_INSENSITIVE);
    /** A forum thread's widgets, each the whole line. */
    private static final Pattern FORUM_WIDGET = Pattern.compile(
            "^(?:楼主|樓主|沙发|沙發|板凳|跳转到指定楼层|跳轉到指定樓層|电梯直达|電梯直達|只看该作者|只看該作者|倒序浏览|倒序瀏覽|阅读模式|閱讀模式"
                    + "|立即注册|立即註冊|马上注册|馬上註冊|免费注册|免費註冊|发表回复|發表回覆|回复本帖|回覆本帖|复制链接|複製連結)$");
    /** A post's date: "发表于 2020-5-14 09:50:19 | 只看该作者 回帖奖励". */
    private static final Pattern POSTED_AT = Pattern.compile(
            "^(?:发表于|發表於|发布于|發布於|发表时间|發表時間|posted on|published on|posted)\\s*[:：]?\\s*\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}",
            Pattern.CASE_INSENSITIVE);
    /** A prompt to reply, register or log in to see or fetch what a post hides. */
    private static final Pattern HIDDEN_CONTENT = Pattern.compile(
            "(?:回帖|回复|回覆|登录|登錄|注册|註冊)(?:后|後)?(?:即可|才能|可以)?(?:下载|下載|查看|浏览|瀏覽|获取|獲取|可见|可見)"
                    + "|(?:查看|浏览|瀏覽)(?:本帖|本文)?(?:隐藏|隱藏)(?:内容|內容)|(?:隐藏|隱藏)(?:内容|內容)(?:请|請)?(?:回复|回覆|登录|登錄)");
    /** An advertisement's offer above the text: "点击购买……", "立即报名". */
    private static final Pattern OFFER = Pattern.compile(
            "^(?:点击|點擊|立即|马上|馬上)(?:购买|購買|报名|報名|领取|領取|咨询|諮詢|订阅|訂閱|抢购|搶購|试听|試聽)");
    /** A location label with no trail after it: its trail stands on the next line. */
    private static final Pattern LOCATION_ALONE = Pattern.compile(
            "^[\\s【\\[]*(?:当前位置|當前位置|您所在的位置|你所在的位置|您所在位置|您的位置|你的位置|您现在的位置|您現在的位置|你现在的位置"
                    + "|现在位置|現在位置|所在位置|目前位置|you are here)[\\s】\\]]*[:：]?$", Pattern.CASE_INSENSITIVE);
    /** A bar or a closing bracket alone on a line holds no word: the cell or the note it closed is elsewhere. */
    private static final Pattern LONE_CLOSER = Pattern.compile("^[|｜)）\\]】」』]+$");
    /** An introduction is a sentence or two, not a page of prose. */
    private static final int MAX_INTRODUCTION_COLUMNS = 400;
    /** A short line is read by these rules; a paragraph only by the introduction's. */
    private static final int MAX_LINE_COLUMNS = 100;

    private PastedLines() {
    }

    /** The kind of furniture this line is wherever it stands, or null. */
    static FurnitureKind anywhere(String line) {
        String text = line.strip();
        if (text.isEmpty() || !DisplayColumns.fit(text, MAX_LINE_COLUMNS)) {
            return null;
        }
        if (LONE_CLOSER.matcher(text).matches()) {
            return FurnitureKind.SEPARATOR;
        }
        if (LOCATION_ALONE.matcher(text).matches()) {
            return FurnitureKind.BREADCRUMB;
        }
        if (PART_LABEL.matcher(text).matches()) {
            return FurnitureKind.LABEL;
        }
        if (FILE_FIELD.matcher(text).matches() || POSTED_AT.matcher(text).lookingAt() && !FurnitureLine.endsSentence(text)) {
            return FurnitureKind.PAGE_INFO;
        }
        if (FORUM_WIDGET.matcher(text).matches() || HIDDEN_CONTENT.matcher(text).find() && DisplayColumns.fit(text, 60)) {
            return FurnitureKind.MENU;
        }
        return null;
    }

    /** The kind of furniture this line is among the first lines of the page, or null. */
    static FurnitureKind atTop(String line) {
        String text = line.strip();
        if (text.isEmpty() || !DisplayColumns.fit(text, MAX_INTRODUCTION_COLUMNS)) {
            return null;
        }
        if (POSTSCRIPT.matcher(text).lookingAt() || OFFER.matcher(text).lookingAt()) {
            return FurnitureKind.SITE;
        }
        return isIntroduction(text) ? FurnitureKind.SITE : null;
    }

    /**
     * A site's introduction: Chinese prose that speaks to the readers about a learner's kind of text.
     * The cheap tests first: a Han character, a sentence's end, then the patterns.
     */
    private static boolean isIntroduction(String text) {
        if (text.codePoints().noneMatch(Scripts::isHan) || !FurnitureLine.sentenceLike(text)) {
            return false;
        }
        long latin = text.codePoints().filter(Scripts::isLatinLetter).count();
        long han = text.codePoints().filter(Scripts::isHan).count();
        return latin * 4 < han && TO_READERS.matcher(text).find() && LEARNERS_TEXT.matcher(text).find();
    }

    /**
     * Marks a short line above the prose that names a Chinese site ("口译网") when the page names the
     * site again inside another line ("关注口译网公众号"): the site's name in its header, not a title.
     */
    static void markSiteName(List<String> lines, FurnitureKind[] kinds, int firstProse) {
        for (int i = 0; i < (firstProse < 0 ? 0 : firstProse); i++) {
            String text = lines.get(i).strip();
            if (kinds[i] != null || text.length() < 3 || text.length() > 8 || !(text.endsWith("网") || text.endsWith("網"))
                    || text.codePoints().anyMatch(c -> !Scripts.isHan(c))) {
                continue;
            }
            for (int j = 0; j < lines.size(); j++) {
                String other = lines.get(j);
                if (j != i && other.length() > text.length() && other.contains(text)) {
                    kinds[i] = FurnitureKind.SITE;
                    break;
                }
            }
        }
    }
}
