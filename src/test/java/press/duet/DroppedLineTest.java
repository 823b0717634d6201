package press.duet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The build's one line on dropped furniture promises only what --keep-furniture does. */
class DroppedLineTest {
    @Test
    void aTextsFurnitureLinesCanBeKept() {
        assertEquals("left out 3 lines of page furniture (duet inspect lists them; --keep-furniture keeps them)",
                Duet.droppedLine(3, 0, 1));
    }

    @Test
    void partsThePageHidesAreListedNotPromisedBack() {
        assertEquals("left out 1 line of page furniture (duet inspect lists them: the page hides them, a browser"
                + " shows no text of them)", Duet.droppedLine(1, 1, 1));
    }

    @Test
    void bothKindsSayHowManyCannotBeKept() {
        assertEquals("left out 5 lines of page furniture from the 2 files (duet inspect lists them; --keep-furniture"
                + " keeps all but the 2 the page hides)", Duet.droppedLine(5, 2, 2));
    }
}
