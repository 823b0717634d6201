package press.duet.epub;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import press.duet.edition.Edition;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.text.BookWords;
import press.duet.text.DateWords;

/**
 * The colophon at the back: the source text, its date, and how Duet made this edition, once in each
 * language the edition shows.
 */
final class ColophonPage {
    private ColophonPage() {
    }

    /**
     * @param source the input files' names, or null when unknown
     * @param theme  the theme's name
     * @param fonts    whether the bundled fonts are embedded
     * @param borrowed installed faces embedded for characters the bundled ones lack
     */
    static void write(Page page, Metadata metadata, String source, String theme, boolean fonts,
                      List<EmbeddedFonts.Borrowed> borrowed) throws IOException {
        Edition edition = page.edition();
        page.place("the colophon");
        page.open(edition.plainTitle(metadata.title()), null);
        page.write("<section class=\"colophon\" epub:type=\"colophon\" role=\"doc-colophon\" aria-labelledby=\"colophon\">\n");
        page.write("<h2 id=\"colophon\">" + page.label(BookWords.COLOPHON, true, false) + "</h2>\n");
        for (Lang lang : edition.languages()) {
            boolean chinese = lang.isChinese();
            String tag = lang.tag();
            page.write("<div lang=\"" + tag + "\" xml:lang=\"" + tag + "\"" + (lang == edition.languages().get(0)
                    ? "" : " class=\"second\"") + ">\n");
            for (String line : lines(metadata, edition, source, theme, fonts, lang, borrowed)) {
                page.write("<p>" + page.text(line, chinese, false) + "</p>\n");
            }
            page.write("</div>\n");
        }
        page.write("</section>\n");
        page.close();
    }

    private static List<String> lines(Metadata metadata, Edition edition, String source, String theme, boolean fonts,
                                      Lang lang, List<EmbeddedFonts.Borrowed> borrowed) {
        List<String> lines = new ArrayList<>();
        String layout = edition.layout().cliName();
        if (lang.isChinese()) {
            metadata.title().chinese().ifPresent(title -> lines.add("《" + title.text() + "》"));
        } else {
            metadata.title().english().ifPresent(title -> lines.add(title.text()));
        }
        if (source != null) {
            lines.add(BookWords.SOURCE.in(lang, source));
        }
        metadata.origin().line().ifPresent(origin -> lines.add(BookWords.ORIGIN.in(lang, origin)));
        if (metadata.date() != null) {
            lines.add(BookWords.DATE.in(lang, lang.isChinese() ? DateWords.chinese(metadata.date())
                    : DateWords.english(metadata.date())));
        }
        lines.add(BookWords.MADE_WITH.in(lang, layout, theme));
        if (fonts) {
            lines.add(BookWords.FONTS.in(lang));
        }
        for (EmbeddedFonts.Borrowed face : borrowed) {
            lines.add(BookWords.FALLBACK_FONT.in(lang, face.characters().size(), face.family()));
        }
        return lines;
    }
}
