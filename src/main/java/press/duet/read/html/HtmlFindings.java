package press.duet.read.html;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.nodes.Node;
import press.duet.report.Finding;
import press.duet.report.Place;

/**
 * What reading a page's content left out or could not keep, told to the reader's listener: a warning
 * that names a place on its own (an image that cannot be loaded), and the elements a page has many of
 * (scripts, forms, links to the site's other pages) counted, one finding per kind at its first place,
 * so that a page of a hundred scripts says so in one line.
 */
final class HtmlFindings {
    private record Count(int line, int times, String what) {
    }

    private final String source;
    private final Consumer<Finding> notes;
    private final Map<String, Count> counted = new LinkedHashMap<>();

    HtmlFindings(String source, Consumer<Finding> notes) {
        this.source = source;
        this.notes = notes;
    }

    String source() {
        return source;
    }

    void warn(int line, String message) {
        notes.accept(new Finding(new Place(source, line), message));
    }

    /**
     * One more of a kind of thing left out; {@code what} says what happened to all of them ("left out:
     * a reader shows no text of it"), and the count goes before it when it is told.
     */
    void count(String kind, int line, String what) {
        counted.merge(kind, new Count(line, 1, what), (a, b) -> new Count(a.line(), a.times() + 1, a.what()));
    }

    /** Tells the counted kinds, each once, in the order they were first met. */
    void flush() {
        counted.forEach((kind, count) -> warn(count.line(),
                (count.times() == 1 ? "1 " + kind : count.times() + " " + kind) + " " + count.what()));
        counted.clear();
    }

    /** The 1-based line a node starts on where the parser tracked positions, else 0. */
    static int lineOf(Node node) {
        Node at = node;
        for (int step = 0; at != null && step < 16; step++, at = at.parentNode()) {
            var range = at.sourceRange();
            if (range.isTracked() && range.start().lineNumber() > 0) {
                return range.start().lineNumber();
            }
        }
        return 0;
    }
}
