package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Book;
import press.duet.model.Metadata;
import press.duet.model.Pair;
import press.duet.read.Declared;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;

/**
 * The metadata of pages as they are copied: the roles bylines give by the text's languages, the
 * page's date against the text's own, a title's page marks, a breadcrumb's title, a closing byline.
 */
class PageMetadataTest {
    private static Draft draft(String name, List<String> lines) {
        return new Draft(name, "UTF-8", List.of(new DraftBlock(1, lines)), "text", Declared.NONE);
    }

    /** A file whose paragraphs stand apart, a blank line between each two. */
    private static Draft spaced(String name, List<String> paragraphs) {
        List<DraftBlock> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            blocks.add(new DraftBlock(2 * i + 1, List.of(paragraphs.get(i))));
        }
        return new Draft(name, "UTF-8", blocks, "text", Declared.NONE);
    }

    private static Metadata metadata(List<String> lines) {
        return Structurer.structure(List.of(draft("page.txt", lines))).book().metadata();
    }

    private static List<String> with(List<String> head, List<String> body) {
        List<String> lines = new ArrayList<>(head);
        lines.addAll(body);
        return lines;
    }

    private static final List<String> ENGLISH_FIRST = List.of(
            "The city opened a new library on Monday, its largest in decades.",
            "該市週一開放一座新圖書館,是數十年來最大的一座。",
            "Readers queued for hours before the doors opened.",
            "讀者在開門前排隊數小時。");
    private static final List<String> CHINESE_FIRST = List.of(
            "该市周一开放了一座新图书馆，是几十年来最大的一座。",
            "The city opened a new library on Monday, its largest in decades.",
            "读者在开门前排了几个小时的队。",
            "Readers queued for hours before the doors opened.");

    @Test
    void aChineseSignatureOverEnglishLedTextIsTheTranslators() {
        Metadata translated = metadata(with(List.of("2022/10/05 06:10", "◎王小平"), ENGLISH_FIRST));
        assertEquals(List.of("王小平"), translated.translators());
        assertEquals(List.of(), translated.authors());
        Metadata written = metadata(with(List.of("城里的新图书馆", "◎王小平"), CHINESE_FIRST));
        assertEquals(List.of("王小平"), written.authors());
        assertEquals(List.of(), written.translators());
    }

    @Test
    void aPagesPostingDateYieldsToTheOtherInputsOwnDate() {
        Draft zh = spaced("zh.txt", with(List.of("晚宴上的讲话", "更新时间：2020-05-01"), List.of(CHINESE_FIRST.get(0), CHINESE_FIRST.get(2))));
        Draft en = spaced("en.txt", with(List.of("Remarks at the Dinner", "March 3, 2019"), List.of(CHINESE_FIRST.get(1), CHINESE_FIRST.get(3))));
        assertEquals(LocalDate.of(2019, 3, 3), Structurer.structure(List.of(zh, en)).book().metadata().date());
        Draft alone = draft("zh.txt", with(List.of("晚宴上的讲话", "更新时间：2020-05-01"), CHINESE_FIRST));
        assertEquals(LocalDate.of(2020, 5, 1), Structurer.structure(List.of(alone)).book().metadata().date());
    }

    @Test
    void aColumnsNameComesOffTheTitleUnlessTheTextIsAboutIt() {
        Metadata column = metadata(with(List.of("口语:林小平市长在晚宴上的讲话", "Remarks by Mayor Lin at the Dinner"), CHINESE_FIRST));
        assertEquals("林小平市长在晚宴上的讲话", column.title().zh().text());
        Metadata subject = metadata(with(List.of("双语新闻:读报的十种方法"),
                List.of("双语新闻让读者一次读到两种语言。", "Bilingual news gives readers two languages at once.")));
        assertEquals("双语新闻:读报的十种方法", subject.title().zh().text());
    }

    @Test
    void aPagesNumberingOfItsPiecesComesOffTheTitle() {
        Metadata numbered = metadata(with(List.of("第二篇:城里的新图书馆(中英对照)"), CHINESE_FIRST));
        assertEquals("城里的新图书馆", numbered.title().zh().text());
    }

    @Test
    void aPageWithoutATitleLineIsNamedByItsBreadcrumbsLastCrumb() {
        Metadata named = metadata(with(List.of("您所在的位置:网站首页 双语阅读 新任大使林小平向中外媒体发表讲话(双语全文)",
                "分享到微信"), CHINESE_FIRST));
        assertEquals("新任大使林小平向中外媒体发表讲话", named.title().zh().text());
        assertEquals(List.of("林小平"), named.authors());
    }

    @Test
    void aClosingBylineCreditsTheTextAndIsNotPublished() {
        Book book = Structurer.structure(List.of(draft("poem.txt", with(CHINESE_FIRST, List.of("English translation: Anne Reed")))))
                .book();
        assertEquals(List.of("Anne Reed"), book.metadata().translators());
        boolean published = book.chapters().stream().flatMap(c -> c.blocks().stream()).filter(b -> b instanceof Pair)
                .map(b -> (Pair) b).anyMatch(p -> p.en() != null && p.en().text().contains("Anne Reed"));
        assertFalse(published);
    }
}
