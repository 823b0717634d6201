package press.duet;

import java.util.ArrayList;
import java.util.List;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Chapter;
import press.duet.model.Figure;
import press.duet.model.Heading;
import press.duet.model.Inline;
import press.duet.model.Lang;
import press.duet.model.Pair;
import press.duet.model.Para;
import press.duet.model.Segment;
import press.duet.model.SourceLine;
import press.duet.model.Table;

/**
 * The notes, figures and links one chapter holds, with where each comes from: what {@code duet
 * inspect} lists so that a user sees the rich content of a source reached the book.
 *
 * <pre>{@code
 * List<ChapterContents> all = ChapterContents.of(book.chapters());
 * }</pre>
 */
public record ChapterContents(List<NoteFound> notes, List<FigureFound> figures, List<LinkFound> links) {
    public ChapterContents {
        notes = List.copyOf(notes);
        figures = List.copyOf(figures);
        links = List.copyOf(links);
    }

    /** A note: the label its source gave it, its text, the language of the side it is referred from. */
    public record NoteFound(String label, String text, Lang lang, SourceLine source) {
    }

    /** A figure: its alternative text, its caption (or null), whether its image could be used. */
    public record FigureFound(String alt, BilingualText caption, boolean hasImage, SourceLine source) {
    }

    /** A link: where it goes and the words it is set on. */
    public record LinkFound(String target, String text, SourceLine source) {
    }

    public boolean isEmpty() {
        return notes.isEmpty() && figures.isEmpty() && links.isEmpty();
    }

    /** Each chapter's contents, in order. */
    public static List<ChapterContents> of(List<Chapter> chapters) {
        return chapters.stream().map(ChapterContents::of).toList();
    }

    public static ChapterContents of(Chapter chapter) {
        Collector found = new Collector();
        found.text(chapter.title());
        for (Block block : chapter.blocks()) {
            switch (block) {
                case Pair pair -> {
                    found.side(pair.zh());
                    found.side(pair.en());
                }
                case Heading heading -> found.text(heading.text());
                case Figure figure -> {
                    found.figures.add(new FigureFound(figure.alt(), figure.caption(), figure.image() != null, figure.source()));
                    if (figure.caption() != null) {
                        found.text(figure.caption());
                    }
                }
                case Table table -> table.rows().forEach(row -> row.cells().forEach(cell -> found.para(cell, null)));
                default -> {
                }
            }
        }
        return new ChapterContents(found.notes, found.figures, found.links);
    }

    private static final class Collector {
        final List<NoteFound> notes = new ArrayList<>();
        final List<FigureFound> figures = new ArrayList<>();
        final List<LinkFound> links = new ArrayList<>();

        void text(BilingualText text) {
            side(text.zh());
            side(text.en());
        }

        void side(Segment side) {
            if (side != null && !side.isPlain()) {
                side.paras().forEach(para -> para(para, side.lang()));
            }
        }

        void para(Para para, Lang lang) {
            inlines(para.content(), lang, para.source());
        }

        void inlines(List<Inline> content, Lang lang, SourceLine source) {
            for (Inline inline : content) {
                switch (inline) {
                    case Inline.NoteRef ref -> {
                        notes.add(new NoteFound(ref.note().label(), ref.note().text(), lang, source));
                        ref.note().content().forEach(para -> inlines(para.content(), lang, source));
                    }
                    case Inline.Link link -> {
                        links.add(new LinkFound(link.target(), link.text(), source));
                        inlines(link.content(), lang, source);
                    }
                    case Inline.Styled styled -> inlines(styled.content(), lang, source);
                    case Inline.Span span -> inlines(span.content(), lang, source);
                    default -> {
                    }
                }
            }
        }
    }
}
