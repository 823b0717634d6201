package press.duet.epub;

import java.io.IOException;
import press.duet.edition.Edition;
import press.duet.model.Metadata;

/** The cover page: the cover image alone, with the title and authors as its text alternative. */
final class CoverPage {
    private CoverPage() {
    }

    static void write(Page page, Metadata metadata, String imageHref) throws IOException {
        Edition edition = page.edition();
        page.open(edition.plainTitle(metadata.title()), "duet-cover");
        String by = metadata.authors().isEmpty() ? "" : " — " + String.join(", ", metadata.authors());
        // The alternative text is read aloud, never drawn, so its characters need no glyphs.
        String alt = Xml.escape(edition.plainTitle(metadata.title()) + by);
        page.write("<section class=\"cover\" epub:type=\"cover\">\n<img role=\"doc-cover\" src=\"" + imageHref
                + "\" alt=\"" + alt + "\"/>\n</section>\n");
        page.close();
    }
}
