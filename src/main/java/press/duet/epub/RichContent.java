package press.duet.epub;

import java.util.List;
import java.util.function.Predicate;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Figure;
import press.duet.model.Heading;
import press.duet.model.Inline;
import press.duet.model.Pair;
import press.duet.model.Para;
import press.duet.model.SectionBreak;
import press.duet.model.Segment;
import press.duet.model.Table;

/** Questions about the inlines anywhere in a book: its titles, pairs, captions, cells and notes. */
final class RichContent {
    private RichContent() {
    }

    static boolean hasRuby(Book book) {
        return any(book, inline -> inline instanceof Inline.Ruby);
    }

    /** Whether some inline of the book, at any depth, matches. */
    static boolean any(Book book, Predicate<Inline> test) {
        for (Chapter chapter : book.chapters()) {
            if (any(chapter.title(), test)) {
                return true;
            }
            for (Block block : chapter.blocks()) {
                boolean found = switch (block) {
                    case Pair pair -> any(pair.asText(), test);
                    case Heading heading -> any(heading.text(), test);
                    case Figure figure -> figure.captionText().map(caption -> any(caption, test)).orElse(false);
                    case Table table -> table.rows().stream().anyMatch(row -> anyPara(row.cells(), test));
                    case SectionBreak ignored -> false;
                };
                if (found) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean any(BilingualText text, Predicate<Inline> test) {
        return any(text.zh(), test) || any(text.en(), test);
    }

    private static boolean any(Segment side, Predicate<Inline> test) {
        return side != null && anyPara(side.paras(), test);
    }

    private static boolean anyPara(List<Para> paras, Predicate<Inline> test) {
        return paras.stream().anyMatch(para -> anyInline(para.content(), test));
    }

    private static boolean anyInline(List<Inline> content, Predicate<Inline> test) {
        for (Inline inline : content) {
            if (test.test(inline)) {
                return true;
            }
            boolean inside = switch (inline) {
                case Inline.Styled styled -> anyInline(styled.content(), test);
                case Inline.Link link -> anyInline(link.content(), test);
                case Inline.Span span -> anyInline(span.content(), test);
                case Inline.NoteRef ref -> anyPara(ref.note().content(), test);
                default -> false;
            };
            if (inside) {
                return true;
            }
        }
        return false;
    }
}
