package press.duet.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;

/**
 * Where a Markdown file may be cut into parts that CommonMark reads alone exactly as it reads them
 * within the whole file, so that the parser's tree of only one part is alive at a time (the tree of a
 * whole book, every paragraph's text and source spans in it, was what made reading a large book
 * cost memory and collector time: it outlived the young generation and was copied into the old).
 * <p>
 * A part starts at an ATX heading ({@code ## …}) in the first column after a blank line: such a line
 * ends every open block of CommonMark (a paragraph, list, quotation, footnote definition, table,
 * indented code or an HTML block that ends at a blank line) and starts a block at the top level,
 * whatever came before. Only three things reach across it:
 * <ul>
 *   <li>a fenced code block, inside which such a line is code: a part that ends inside an open fence
 *       ({@link #endsInOpenFence}) is read again together with the next;</li>
 *   <li>an HTML block that ends at its closing tag rather than at a blank line ({@code <pre>},
 *       {@code <script>}, {@code <style>}, {@code <textarea>}, a comment, a processing instruction,
 *       a declaration, CDATA), and a link reference definition ({@code [label]: url}), which holds
 *       for the whole document: a file with a line that may hold either (looked for as text, erring
 *       on the side of reading whole) is read whole;</li>
 *   <li>a footnote: no cut between the first and the last line that write its label
 *       ({@code [^label]}), so that every reference and its definition are read together.</li>
 * </ul>
 *
 * <pre>{@code
 * List<Integer> starts = MarkdownParts.starts(lines); // 0, then the first line of each further part
 * }</pre>
 */
final class MarkdownParts {
    private static final Pattern HEADING = Pattern.compile("#{1,6}(?:[ \\t].*)?");
    private static final Pattern BLOCK_TO_ITS_END = Pattern.compile("(?i)<(?:pre|script|style|textarea)(?:[\\s>/]|$)|<!--|<\\?|<![A-Za-z\\[]");
    /** A footnote label just before a "]:" that closes it. */
    private static final Pattern OPEN_NOTE_LABEL = Pattern.compile("\\[\\^[^\\]\\\\]*$");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private MarkdownParts() {
    }

    /** The index of each part's first line: 0 first, and only 0 when the file is best read whole. */
    static List<Integer> starts(List<String> lines) {
        List<Integer> candidates = new ArrayList<>();
        Map<String, int[]> labelLines = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('<') >= 0 && BLOCK_TO_ITS_END.matcher(line).find()
                    || (line.indexOf('[') >= 0 || line.indexOf(']') >= 0) && !(noLinkDefinition(line) && addLabels(line, i, labelLines))) {
                return List.of(0);
            }
            if (i > 0 && line.startsWith("#") && isBlank(lines.get(i - 1)) && HEADING.matcher(line).matches()) {
                candidates.add(i);
            }
        }
        // Lines a note's references and definition reach across: from after its first line to its last.
        int[] reaching = new int[lines.size() + 1];
        for (int[] span : labelLines.values()) {
            reaching[span[0] + 1]++;
            reaching[span[1] + 1]--;
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int open = 0;
        int next = 0;
        for (int start : candidates) {
            while (next <= start) {
                open += reaching[next++];
            }
            if (open == 0) {
                starts.add(start);
            }
        }
        return starts;
    }

    /**
     * Whether a part read alone ends inside a fenced code block that its end left open (the lines
     * after it would be code): the last block, at any depth, is a fence with no closing line.
     */
    static boolean endsInOpenFence(Node document) {
        for (Node node = document.getLastChild(); node != null; node = node.getLastChild()) {
            if (node instanceof FencedCodeBlock fence && fence.getClosingFenceLength() == null) {
                return true;
            }
        }
        return false;
    }

    /** Whether every "]:" on the line closes a footnote label, so that none can end a link reference definition. */
    private static boolean noLinkDefinition(String line) {
        for (int at = line.indexOf("]:"); at >= 0; at = line.indexOf("]:", at + 1)) {
            if (!OPEN_NOTE_LABEL.matcher(line.substring(0, at)).find()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Notes the footnote labels a line writes; false when one cannot be told as text (a label that
     * does not close on its line or holds a backslash escape), for which the file is read whole.
     */
    private static boolean addLabels(String line, int index, Map<String, int[]> labelLines) {
        // "[^", then the label up to the first "]": found by hand, since the lines of a book's notes are long
        // and a pattern's search tries every position of them.
        for (int at = line.indexOf("[^"); at >= 0; ) {
            int close = line.indexOf(']', at + 2);
            if (close < 0) {
                return false;
            }
            String label = line.substring(at + 2, close);
            if (label.indexOf('\\') >= 0) {
                return false;
            }
            // Matched more loosely than CommonMark matches labels (case folded both ways, no white space at all).
            String key = WHITE_SPACE.matcher(label).replaceAll("").toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT);
            labelLines.computeIfAbsent(key, k -> new int[] {index, index})[1] = index;
            at = line.indexOf("[^", close + 1);
        }
        return true;
    }

    /** Blank as CommonMark has it: spaces and tabs only. */
    static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }
}
