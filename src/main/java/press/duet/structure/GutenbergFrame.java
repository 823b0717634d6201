package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import press.duet.read.DraftBlock;
import press.duet.report.Dropped;
import press.duet.report.Place;

/**
 * Takes off the frame Project Gutenberg puts around a book: its header (title card, licence notice,
 * up to the "*** START OF THE PROJECT GUTENBERG EBOOK …" line) and its footer (from "*** END OF …" or
 * "End of the Project Gutenberg EBook of …" to the end: the licence). They are furniture, not the
 * book's text; every line dropped is listed with its place and reason, never dropped silently.
 *
 * <pre>{@code
 * GutenbergFrame.Framed framed = GutenbergFrame.strip("analects.txt", draft.blocks());
 * }</pre>
 */
final class GutenbergFrame {
    static final Pattern START = Pattern.compile(
            "^\\s*(\\*{3}\\s*START OF (THE|THIS) PROJECT GUTENBERG|\\*END\\*THE SMALL PRINT)", Pattern.CASE_INSENSITIVE);
    static final Pattern END = Pattern.compile(
            "^\\s*(\\*{3}\\s*END OF (THE|THIS) PROJECT GUTENBERG|End of (the )?Project Gutenberg)", Pattern.CASE_INSENSITIVE);

    static final String HEADER = "Project Gutenberg header (title card and licence notice)";
    static final String FOOTER = "Project Gutenberg footer (licence)";

    /** The blocks of the book itself, and each line of the frame that was dropped. */
    record Framed(List<DraftBlock> blocks, List<Dropped> dropped) {
    }

    private GutenbergFrame() {
    }

    /**
     * Whether the line's first character after the white space that {@code \s} matches is one that
     * {@link #START} or {@link #END} can open with ('*', 'E' or 'e'): most lines of a book fail here,
     * before either pattern is tried.
     */
    static boolean mayOpenFrameLine(String line) {
        int i = 0;
        while (i < line.length() && " \t\n\u000B\f\r".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return i < line.length() && (line.charAt(i) == '*' || line.charAt(i) == 'E' || line.charAt(i) == 'e');
    }

    static Framed strip(String source, List<DraftBlock> blocks) {
        int start = 0;
        int end = Integer.MAX_VALUE;
        for (DraftBlock block : blocks) {
            for (int i = 0; i < block.lines().size(); i++) {
                String line = block.lines().get(i);
                int number = block.line() + i;
                if (!mayOpenFrameLine(line)) {
                    continue;
                }
                if (start == 0 && end == Integer.MAX_VALUE && START.matcher(line).lookingAt()) {
                    start = number;
                } else if (end == Integer.MAX_VALUE && END.matcher(line).lookingAt() && mentionsGutenberg(line)) {
                    end = number;
                }
            }
        }
        if (start == 0 && end == Integer.MAX_VALUE) {
            return new Framed(blocks, List.of());
        }
        List<DraftBlock> kept = new ArrayList<>();
        List<Dropped> dropped = new ArrayList<>();
        for (DraftBlock block : blocks) {
            List<String> lines = new ArrayList<>();
            List<List<press.duet.model.Inline>> rich = new ArrayList<>();
            int first = 0;
            for (int i = 0; i < block.lines().size(); i++) {
                int number = block.line() + i;
                String line = block.lines().get(i);
                if (number > start && number < end) {
                    first = lines.isEmpty() ? number : first;
                    lines.add(line);
                    if (block.rich() != null) {
                        rich.add(block.rich().lines().get(i));
                    }
                } else if (!line.isBlank()) {
                    dropped.add(new Dropped(new Place(source, number), line.strip(), number <= start ? HEADER : FOOTER));
                }
            }
            if (lines.size() == block.lines().size()) {
                kept.add(block);
            } else if (!lines.isEmpty()) {
                kept.add(block.withLines(first, lines, rich));
            }
        }
        return new Framed(kept, dropped);
    }

    private static boolean mentionsGutenberg(String line) {
        return line.toLowerCase(java.util.Locale.ROOT).contains("gutenberg");
    }
}
