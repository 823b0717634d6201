package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.model.Inline;
import press.duet.model.Inline.Style;
import press.duet.model.Note;
import press.duet.model.Para;

class MarksTest {
    private static final Inline NOTE = new Inline.NoteRef(new Note("1", List.of(Para.plain("注"))));

    private static Inline.Text text(String value) {
        return new Inline.Text(value);
    }

    private static Inline.Styled em(Inline... content) {
        return new Inline.Styled(Style.EMPHASIS, List.of(content));
    }

    private static Inline.Styled strong(Inline... content) {
        return new Inline.Styled(Style.STRONG, List.of(content));
    }

    @Test
    void plainTextHasNoMarksAndCostsNoCopy() {
        Marks marks = Marks.of(List.of(text("plain"), new Inline.LineBreak(), text("verse")));
        assertSame(Marks.NONE, marks);
        assertSame(marks, marks.follow("a  b", "a b"));
    }

    @Test
    void nestedInlinesComeBackAsTheyWere() {
        List<Inline> content = List.of(text("He read "), em(strong(text("静夜思")), text(" aloud")), NOTE,
                new Inline.Link("https://example.org", List.of(new Inline.Code("x"))), new Inline.LineBreak(),
                new Inline.Ruby("行", "xíng"), text("."));
        String plain = Inline.text(content);
        assertEquals(content, Marks.of(content).inlines(plain));
    }

    @Test
    void collapsedWhiteSpaceAndADroppedLabelMoveTheMarks() {
        List<Inline> content = List.of(text("英文：  The  "), em(text("old   man")), text(" said."), NOTE);
        String raw = Inline.text(content);
        String tidy = "The old man said.";
        assertEquals(List.of(text("The "), em(text("old man")), text(" said."), NOTE),
                Marks.of(content).follow(raw, tidy).inlines(tidy));
    }

    @Test
    void joiningLinesAcrossAHyphenKeepsTheMarkOverTheWholeWord() {
        Paragraph a = new Paragraph(1, "a well-", press.duet.text.LanguageIdentifier.profile("a well-"), 0,
                Marks.of(List.of(text("a "), em(text("well-")))), null);
        Paragraph b = new Paragraph(2, "known man", press.duet.text.LanguageIdentifier.profile("known man"), 0,
                Marks.of(List.of(em(text("known")), text(" man"))), null);
        Paragraph joined = a.joined(b, "a well-known man");
        assertEquals(List.of(text("a "), em(text("well-")), em(text("known")), text(" man")),
                joined.marks().inlines(joined.text()));
        Paragraph unhyphenated = new Paragraph(1, "exam-", press.duet.text.LanguageIdentifier.profile("exam-"), 0,
                Marks.of(List.of(em(text("exam-")))), null).joined(b, "examknown man");
        assertEquals(List.of(em(text("exam")), em(text("known")), text(" man")),
                unhyphenated.marks().inlines(unhyphenated.text()));
    }

    @Test
    void aMarkCrossingTheEndOfAnotherIsCutInTwo() {
        Marks marks = Marks.of(List.of(em(text("abcd")))).plus(Marks.of(List.of(text("x"), strong(text("yz")))), 4);
        // emphasis 0..4, strong 5..7: slice 2..6 keeps "cd" emphasized and "y" strong
        Marks slice = marks.slice(2, 6, false, false);
        assertEquals(List.of(em(text("cd")), text("x"), strong(text("y"))), slice.inlines("cdxy"));
    }

    @Test
    void aNoteAtTheCutGoesWithTheTextBeforeItAndIsNeverLost() {
        Marks marks = Marks.of(List.of(text("你好。"), NOTE, text(" Hello.")));
        assertEquals(List.of(text("你好。"), NOTE), marks.slice(0, 3, true, false).inlines("你好。"));
        assertEquals(List.of(text("Hello.")), marks.slice(4, 10, false, true).inlines("Hello."));
        Marks trailing = Marks.of(List.of(text("Hello. "), NOTE));
        assertEquals(List.of(text("Hello."), NOTE), trailing.slice(0, 6, true, true).inlines("Hello."));
    }
}
