package press.duet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import press.duet.io.IoErrors;
import press.duet.read.Draft;
import press.duet.read.Format;
import press.duet.read.Source;
import press.duet.read.epub.EpubReader;
import press.duet.read.epub.SpineEntry;
import press.duet.report.DuetException;

/**
 * The spine of each EPUB input as {@code duet inspect} prints it: every document in reading order,
 * with the front and back matter left out and why, and for the text the language of its paragraphs
 * and the chapters that start in it.
 */
final class SpineListing {
    private static final int PATH_WIDTH = 28;

    private SpineListing() {
    }

    /** The table's section for the EPUB drafts among {@code drafts}, empty when there is none. */
    static String table(List<Draft> drafts) {
        StringBuilder out = new StringBuilder();
        for (Draft draft : drafts) {
            if (!draft.is(Format.EPUB)) {
                continue;
            }
            List<SpineEntry> spine = spine(draft);
            long text = spine.stream().filter(SpineEntry::isText).count();
            out.append(String.format(Locale.ROOT, "%nspine     %s (%d documents: %d text, %d left out)%n", draft.source(),
                    spine.size(), text, spine.size() - text));
            for (SpineEntry entry : spine) {
                String path = InspectCommand.padded(entry.path(), PATH_WIDTH);
                if (entry.isText()) {
                    out.append(String.format(Locale.ROOT, "  %s  text  %-14s %s%n", path, entry.language(),
                            InspectCommand.excerpt(String.join(" · ", entry.chapters()), 60)).stripTrailing()).append(System.lineSeparator());
                } else {
                    out.append(String.format(Locale.ROOT, "  %s  %s%s%n", path, entry.role(),
                            entry.because().isEmpty() ? "" : " (" + entry.because() + ")"));
                }
            }
        }
        return out.toString();
    }

    /** The JSON field {@code "spines"}: for each EPUB input its documents. */
    static String json(List<Draft> drafts) {
        List<String> books = new ArrayList<>();
        for (Draft draft : drafts) {
            if (!draft.is(Format.EPUB)) {
                continue;
            }
            List<String> documents = new ArrayList<>();
            for (SpineEntry entry : spine(draft)) {
                documents.add(String.format(Locale.ROOT, "{\"path\": %s, \"linear\": %s, \"role\": %s, \"because\": %s,"
                                + " \"language\": %s, \"chapters\": [%s]}", InspectCommand.quote(entry.path()), entry.linear(),
                        InspectCommand.quote(entry.role()), InspectCommand.quote(entry.because()),
                        InspectCommand.quote(entry.language()),
                        String.join(", ", entry.chapters().stream().map(InspectCommand::quote).toList())));
            }
            books.add("{\"file\": " + InspectCommand.quote(draft.source()) + ", \"documents\": [\n      "
                    + String.join(",\n      ", documents) + "]}");
        }
        return ",\n  \"spines\": [" + (books.isEmpty() ? "" : "\n    " + String.join(",\n    ", books) + "\n  ") + "]";
    }

    private static List<SpineEntry> spine(Draft draft) {
        Path file = Path.of(draft.source());
        try {
            return EpubReader.spine(Source.of(draft.source(), Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new DuetException(draft.source() + ": cannot read the file (" + IoErrors.describe(e) + ")", e);
        }
    }
}
