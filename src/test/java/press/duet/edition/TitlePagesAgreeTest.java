package press.duet.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.epub.EpubOptions;
import press.duet.epub.EpubWriter;
import press.duet.font.FontSet;
import press.duet.model.BilingualText;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Pair;
import press.duet.model.Segment;
import press.duet.pdf.PdfOptions;
import press.duet.pdf.PdfWriter;
import press.duet.style.Layout;
import press.duet.style.Theme;
import press.duet.testing.EpubEntries;
import press.duet.testing.PdfPages;

/** The EPUB and the PDF of one book say the same on their title pages, line for line, in every layout. */
class TitlePagesAgreeTest {
    private static final String ZH_TITLE = "山中笔记";
    private static final String EN_TITLE = "Notes from the Mountain";

    @TempDir
    Path folder;

    private static Book book(Lang textFirst) {
        Metadata metadata = new Metadata(new BilingualText(new Segment(Lang.ZH_HANS, ZH_TITLE), new Segment(Lang.EN, EN_TITLE)),
                List.of("Li Ming"), LocalDate.of(2024, 1, 16), 5, "中英对照", textFirst, Lang.ZH_HANS, null, null,
                List.of(5), List.of("Wang Fang"));
        Chapter chapter = new Chapter(new BilingualText(new Segment(Lang.ZH_HANS, "第一章"), new Segment(Lang.EN, "Chapter One")),
                List.of(new Pair(new Segment(Lang.ZH_HANS, "山上的雪化了。"), new Segment(Lang.EN, "The snow on the hill has melted."))));
        return new Book(metadata, List.of(chapter));
    }

    /** What the title page must say: the edition's languages only, the label only where both are shown. */
    private static List<String> expected(Layout layout, boolean chineseFirst) {
        String translatedZh = "译者 Wang Fang";
        String translatedEn = "Translated by Wang Fang";
        String dateZh = "2024年1月16日";
        String dateEn = "January 16, 2024";
        return switch (layout) {
            case ZH -> List.of("[5]", ZH_TITLE, "Li Ming", translatedZh, dateZh);
            case EN -> List.of("[5]", EN_TITLE, "Li Ming", translatedEn, dateEn);
            default -> chineseFirst
                    ? List.of("中英对照 · [5]", ZH_TITLE, EN_TITLE, "Li Ming", translatedZh + " · " + translatedEn,
                    dateZh + " · " + dateEn)
                    : List.of("中英对照 · [5]", EN_TITLE, ZH_TITLE, "Li Ming", translatedEn + " · " + translatedZh,
                    dateEn + " · " + dateZh);
        };
    }

    @Test
    void theTwoEditionsTitlePagesSayTheSameInEveryLayoutAndOrder() throws IOException {
        for (Lang textFirst : List.of(Lang.ZH_HANS, Lang.EN)) {
            Book book = book(textFirst);
            for (Layout layout : Layout.values()) {
                String name = layout.cliName() + "-" + textFirst.tag();
                Path epub = folder.resolve(name + ".epub");
                Path pdf = folder.resolve(name + ".pdf");
                new EpubWriter().write(book, Theme.named("default"), EpubOptions.builder().layout(layout).build(), epub);
                new PdfWriter().write(book, Theme.named("default"), FontSet.bundled(),
                        PdfOptions.builder().layout(layout).build(), pdf);
                List<String> want = comparable(expected(layout, textFirst.isChinese()));
                assertEquals(want, comparable(epubTitlePage(epub)), "EPUB, " + name);
                assertEquals(want, comparable(pdfTitlePage(pdf)), "PDF, " + name);
            }
        }
    }

    @Test
    void theFirstLanguageAskedForLeadsBothTitlePages() throws IOException {
        Book book = book(Lang.ZH_HANS);
        Path epub = folder.resolve("first-en.epub");
        Path pdf = folder.resolve("first-en.pdf");
        new EpubWriter().write(book, Theme.named("default"), EpubOptions.builder().first(Lang.EN).build(), epub);
        new PdfWriter().write(book, Theme.named("default"), FontSet.bundled(), PdfOptions.builder().first(Lang.EN).build(),
                pdf);
        assertEquals(comparable(expected(Layout.INTERLEAVED, false)), comparable(epubTitlePage(epub)));
        assertEquals(comparable(expected(Layout.INTERLEAVED, false)), comparable(pdfTitlePage(pdf)));
    }

    /**
     * Lines with the space between a Chinese character and a Latin letter or digit taken out: the PDF sets
     * a quarter em there (clreq), which PDFBox reads back as a space, and the EPUB leaves it to the reader.
     */
    private static List<String> comparable(List<String> lines) {
        return lines.stream().map(line -> line.replaceAll("(?<=\\p{IsHan})\\s+(?=[A-Za-z0-9])", "")
                .replaceAll("(?<=[A-Za-z0-9])\\s+(?=\\p{IsHan})", "")).toList();
    }

    /** Each block of the title page section, a title's spans one line each, as a reading system shows them. */
    private static List<String> epubTitlePage(Path epub) {
        Document page = Jsoup.parse(EpubEntries.text(epub, "OEBPS/title.xhtml"), "", Parser.xmlParser());
        List<String> lines = new ArrayList<>();
        for (Element block : page.selectFirst("section.title-page").children()) {
            if (block.tagName().equals("h1")) {
                block.children().forEach(span -> lines.add(span.text()));
            } else {
                lines.add(block.text());
            }
        }
        return lines;
    }

    /** The first page's lines of text, as PDFBox extracts them. */
    private static List<String> pdfTitlePage(Path pdf) throws IOException {
        return Arrays.stream(PdfPages.texts(pdf).get(0).split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                .toList();
    }
}
