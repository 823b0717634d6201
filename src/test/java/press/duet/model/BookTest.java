package press.duet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BookTest {
    /**
     * The fingerprint names the EPUB (its identifier) and seeds the PDF's font subset tags, so the same
     * book must keep its fingerprint from one version of Duet to the next (this value is the one Duet
     * gave before the fingerprint stopped joining the tag and the text into one string).
     */
    @Test
    void keepsTheFingerprintOfTheSameBook() {
        BilingualText title = new BilingualText(new Segment(Lang.ZH_HANT, "港灣紀事"), new Segment(Lang.EN, "Harbour"));
        Chapter chapter = new Chapter(new BilingualText(null, new Segment(Lang.EN, "Chapter 1")), List.of(
                new Heading(1, new BilingualText(new Segment(Lang.ZH_HANT, "清晨"), null)),
                new Pair(new Segment(Lang.ZH_HANT, "船靠岸了。\n𠀀"), new Segment(Lang.EN, "The boat came in."), 0.5),
                new Pair(null, new Segment(Lang.EN, "A line without its translation."))));
        Book book = new Book(new Metadata(title, List.of(), null, null, null, Lang.ZH_HANT, Lang.ZH_HANT), List.of(chapter));
        assertEquals("6b09eea4fba1deb25f7472b4e5324b6bc8a5fd7cd01c44ee0323e647c00898a9", book.fingerprint());
    }
}
