package press.duet.epub;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import press.duet.edition.Edition;
import press.duet.edition.TitlePageText;
import press.duet.model.Metadata;
import press.duet.model.Segment;

/** The title page: label and part number, the title in the edition's languages, authors, translators and date. */
final class TitlePage {
    private TitlePage() {
    }

    static void write(Page page, Metadata metadata) throws IOException {
        Edition edition = page.edition();
        TitlePageText words = TitlePageText.of(metadata, edition);
        page.place("the title page");
        page.open(edition.plainTitle(metadata.title()), null);
        page.write("<section class=\"title-page\" epub:type=\"titlepage\">\n");
        List<String> label = new ArrayList<>();
        if (words.label() != null) {
            label.add(page.guessed(words.label()));
        }
        if (words.part() != null) {
            label.add(page.text(words.part()));
        }
        if (!label.isEmpty()) {
            page.write("<p class=\"label\">" + String.join(page.text(" · "), label) + "</p>\n");
        }
        page.write("<h1>" + page.spans(metadata.title(), true) + "</h1>\n");
        if (words.authors() != null) {
            page.write("<p class=\"meta\">" + page.guessed(words.authors()) + "</p>\n");
        }
        if (!words.translators().isEmpty()) {
            page.write("<p class=\"meta\">" + translators(page, words) + "</p>\n");
        }
        if (!words.dates().isEmpty()) {
            page.write("<p class=\"meta\">" + dates(page, words) + "</p>\n");
        }
        page.write("</section>\n");
        page.close();
    }

    /** "译者 王明" and "Translated by Wang Ming", in each language the edition shows, with the names as the text gives them. */
    private static String translators(Page page, TitlePageText words) {
        List<String> lines = new ArrayList<>();
        for (TitlePageText.Credit credit : words.translators()) {
            lines.add(tagged(page, new Segment(credit.lang(), credit.role() + " ")) + page.guessed(credit.names()));
        }
        return String.join(page.text(" · "), lines);
    }

    /** The date in words, in each language the edition shows. */
    private static String dates(Page page, TitlePageText words) {
        return String.join(page.text(" · "), words.dates().stream().map(date -> tagged(page, date)).toList());
    }

    private static String tagged(Page page, Segment words) {
        String tag = words.lang().tag();
        return "<span lang=\"" + tag + "\" xml:lang=\"" + tag + "\">"
                + page.text(words.text(), words.lang().isChinese(), false) + "</span>";
    }
}
