package press.duet.epub;

import java.util.List;
import java.util.Optional;
import press.duet.edition.Edition;
import press.duet.model.Figure;
import press.duet.model.Image;
import press.duet.model.Lang;
import press.duet.model.Segment;
import press.duet.text.Scripts;

/**
 * Writes a figure between pairs: a {@code figure} with the image and its alternative text, and a
 * {@code figcaption} holding the caption in each language the edition shows, each side tagged and
 * classed like a pair's. A figure whose image the book does not carry shows its alternative text in
 * its place, so nothing the source says is lost.
 *
 * <pre>{@code
 * new FigureRenderer(xhtml, sides, images, edition).write(figure, "c1-f1", "../");
 * }</pre>
 */
final class FigureRenderer {
    private final Xhtml xhtml;
    private final SideRenderer sides;
    private final BookImages images;
    private final Edition edition;

    FigureRenderer(Xhtml xhtml, SideRenderer sides, BookImages images, Edition edition) {
        this.xhtml = xhtml;
        this.sides = sides;
        this.images = images;
        this.edition = edition;
    }

    /** @param up the way from the chapter's folder back to OEBPS, where the images folder is */
    void write(Figure figure, String id, String up) {
        List<Segment> caption = figure.captionText().map(edition::sides).orElse(List.of());
        Optional<Image> image = figure.picture().filter(BookImages::carried);
        String alt = figure.alt().strip();
        if (image.isEmpty() && alt.isEmpty() && caption.isEmpty()) {
            return; // nothing to show; the reader has already warned that the image is unusable
        }
        String altLang = languageOf(alt).tag();
        xhtml.start("figure", "class", image.isPresent() ? "figure" : "figure no-image", "id", id).newline();
        if (image.isPresent()) {
            Image picture = image.get();
            xhtml.empty("img", "src", up + images.href(picture).orElseThrow(), "alt", alt, "lang", altLang,
                    "width", Integer.toString(picture.width()), "height", Integer.toString(picture.height()));
        } else if (!alt.isEmpty()) {
            xhtml.start("p", "class", "alt", "lang", altLang).text(alt).end("p");
        }
        if (!caption.isEmpty()) {
            xhtml.newline().start("figcaption");
            for (Segment side : caption) {
                xhtml.newline();
                sides.write(side, SideRenderer.role(edition, side.lang()), null);
            }
            xhtml.newline().end("figcaption");
        }
        xhtml.newline().end("figure").newline();
    }

    /** The language of a text the source does not tag (an alternative text, a table cell): Chinese when it holds CJK. */
    Lang languageOf(String text) {
        return text.codePoints().anyMatch(Scripts::isCjk) ? edition.chinese() : Lang.EN;
    }
}
