package press.duet.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import press.duet.ChapterContents;
import press.duet.model.SourceLine;

/**
 * The notes, figures and links of each chapter as {@code duet inspect} prints them: a section of the
 * table, and the fields of each chapter's JSON object.
 */
final class ContentListing {
    private static final int EXCERPT = 50;

    private ContentListing() {
    }

    /** The table's section, empty when the book holds no note, figure or link. */
    static String table(List<ChapterContents> chapters, List<String> titles) {
        int notes = chapters.stream().mapToInt(c -> c.notes().size()).sum();
        int figures = chapters.stream().mapToInt(c -> c.figures().size()).sum();
        int links = chapters.stream().mapToInt(c -> c.links().size()).sum();
        if (notes + figures + links == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%ncontents  %s, %s, %s%n", count(notes, "note"), count(figures, "figure"),
                count(links, "link")));
        for (int i = 0; i < chapters.size(); i++) {
            ChapterContents chapter = chapters.get(i);
            if (chapter.isEmpty()) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "  chapter %d  %s%n", i + 1, InspectCommand.excerpt(titles.get(i), EXCERPT)));
            for (ChapterContents.NoteFound note : chapter.notes()) {
                out.append(String.format(Locale.ROOT, "    note    %-16s [%s] %s (%s)%n", place(note.source()), note.label(),
                        InspectCommand.excerpt(note.text(), EXCERPT), note.lang() == null ? "—" : note.lang().tag()));
            }
            for (ChapterContents.FigureFound figure : chapter.figures()) {
                out.append(String.format(Locale.ROOT, "    figure  %-16s %s%s%s%n", place(figure.source()),
                        figure.alt().isEmpty() ? "(no alternative text)" : InspectCommand.excerpt(figure.alt(), EXCERPT),
                        figure.caption() == null ? "" : " — " + InspectCommand.excerpt(figure.caption().joined(" / "), EXCERPT),
                        figure.hasImage() ? "" : " (no image)"));
            }
            for (ChapterContents.LinkFound link : chapter.links()) {
                out.append(String.format(Locale.ROOT, "    link    %-16s %s \"%s\"%n", place(link.source()), link.target(),
                        InspectCommand.excerpt(link.text(), EXCERPT)));
            }
        }
        return out.toString();
    }

    /** The JSON fields of one chapter: its notes, figures and links. */
    static String json(ChapterContents chapter) {
        List<String> notes = new ArrayList<>();
        for (ChapterContents.NoteFound note : chapter.notes()) {
            notes.add("{" + at(note.source()) + ", \"label\": " + InspectCommand.quote(note.label())
                    + ", \"lang\": " + InspectCommand.quote(note.lang() == null ? null : note.lang().tag())
                    + ", \"text\": " + InspectCommand.quote(note.text()) + "}");
        }
        List<String> figures = new ArrayList<>();
        for (ChapterContents.FigureFound figure : chapter.figures()) {
            figures.add("{" + at(figure.source()) + ", \"alt\": " + InspectCommand.quote(figure.alt())
                    + ", \"caption\": " + (figure.caption() == null ? "null" : InspectCommand.text(figure.caption()))
                    + ", \"image\": " + figure.hasImage() + "}");
        }
        List<String> links = new ArrayList<>();
        for (ChapterContents.LinkFound link : chapter.links()) {
            links.add("{" + at(link.source()) + ", \"target\": " + InspectCommand.quote(link.target())
                    + ", \"text\": " + InspectCommand.quote(link.text()) + "}");
        }
        return ", \"notes\": [" + String.join(", ", notes) + "], \"figures\": [" + String.join(", ", figures)
                + "], \"links\": [" + String.join(", ", links) + "]";
    }

    private static String at(SourceLine source) {
        return "\"file\": " + InspectCommand.quote(source.file()) + ", \"line\": " + source.line();
    }

    private static String place(SourceLine source) {
        return source.line() == 0 ? "—" : fileName(source.file()) + ":" + source.line();
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
