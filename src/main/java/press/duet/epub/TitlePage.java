package press.duet.epub;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.text.BookWords;
import press.duet.text.DateWords;

/** The title page: label and part number, the title in the edition's languages, authors, translators and date. */
final class TitlePage {
    private TitlePage() {
    }

    static void write(Page page, Metadata metadata) throws IOException {
        Edition edition = page.edition();
        page.place("the title page");
        page.open(edition.plainTitle(metadata.title()), null);
        page.write("<section class=\"title-page\" epub:type=\"titlepage\">\n");
        List<String> label = new ArrayList<>();
        // "中英对照" says the book is bilingual, which a monolingual edition is not.
        if (metadata.label() != null && edition.bilingual()) {
            label.add(page.guessed(metadata.label()));
        }
        metadata.partNumber().ifPresent(part -> label.add(page.text("[" + part + "]")));
        if (!label.isEmpty()) {
            page.write("<p class=\"label\">" + String.join(page.text(" · "), label) + "</p>\n");
        }
        page.write("<h1>" + page.spans(metadata.title(), true) + "</h1>\n");
        if (!metadata.authors().isEmpty()) {
            page.write("<p class=\"meta\">" + page.guessed(String.join(", ", metadata.authors())) + "</p>\n");
        }
        if (!metadata.translators().isEmpty()) {
            page.write("<p class=\"meta\">" + translators(page, metadata) + "</p>\n");
        }
        if (metadata.date() != null) {
            page.write("<p class=\"meta\">" + dates(page, metadata) + "</p>\n");
        }
        page.write("</section>\n");
        page.close();
    }

    /** "译者 王明" and "Translated by Wang Ming", in each language the edition shows, with the names as the text gives them. */
    static String translators(Page page, Metadata metadata) {
        Edition edition = page.edition();
        String names = String.join(", ", metadata.translators());
        List<String> lines = new ArrayList<>();
        for (Lang lang : edition.languages()) {
            boolean chinese = lang.isChinese();
            String tag = lang.tag();
            String role = BookWords.TRANSLATED_BY.in(lang);
            lines.add("<span lang=\"" + tag + "\" xml:lang=\"" + tag + "\">" + page.text(role + " ", chinese, false) + "</span>"
                    + page.guessed(names));
        }
        return String.join(page.text(" · "), lines);
    }

    /** The date in words, in each language the edition shows. */
    static String dates(Page page, Metadata metadata) {
        Edition edition = page.edition();
        List<String> words = new ArrayList<>();
        for (Lang lang : edition.languages()) {
            boolean chinese = lang.isChinese();
            String tag = lang.tag();
            String text = chinese ? DateWords.chinese(metadata.date()) : DateWords.english(metadata.date());
            words.add("<span lang=\"" + tag + "\" xml:lang=\"" + tag + "\">" + page.text(text, chinese, false) + "</span>");
        }
        return String.join(page.text(" · "), words);
    }
}
