package press.duet.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/**
 * The paragraphs of a Markdown part that CommonMark would read as nothing but their text, found by a
 * conservative scan so that the parser need not read them: most of a bilingual book's paragraphs carry
 * no markup, and commonmark-java's inline parser, reading them character by character, and its
 * compilation by the JIT were most of what reading Markdown cost beyond reading plain text.
 * <p>
 * A run of non-blank lines after a blank line (or at the part's start) is plain when each line starts
 * with a letter or a non-ASCII character that is not white space, ends with no white space, and holds
 * only letters, digits, single spaces, characters beyond ASCII and ASCII punctuation that no CommonMark
 * rule or extension of Duet's reads ({@code . , ; : ' " ? ! ( ) / % @ $ + = -}): no emphasis, code,
 * link, image, note, HTML, entity, escape, table cell or strikethrough can start in it, no line of it can
 * start another block or underline a heading, and no line ends in a hard break. The parser then reads a
 * stand-in in its place, a paragraph of one letter on each of its lines. Where the stand-in is read as a
 * paragraph of the document itself on exactly those lines, the run is too, with its lines as its text
 * joined by soft breaks: what came before leaves the parser in the same state for both (no container
 * continues through either, since both start in the first column with a character no container looks
 * for), and what follows the blank line after either finds the same state. Where a stand-in is read
 * otherwise (inside an open fenced code block, say), {@link #found} says so and the part is parsed as
 * written.
 * <p>
 * Plain paragraphs that follow one another with nothing but blank lines between them (the prose of a
 * book, where markup is the exception) share one stand-in: the first one's, the lines of the others
 * given to the parser as blank lines. Once the first stand-in is read as a paragraph of the document,
 * the blank line after it leaves the parser at the top level with nothing open, and each of the others
 * would be read there as a paragraph of its own lines and nothing else, leaving it at the top level
 * again after its blank line; blank lines leave it there too. So the parser reads one paragraph for the
 * whole run of plain paragraphs, and the lines after them find it in the same state either way (the
 * line numbers of what follows are kept, since no line is taken out).
 *
 * <pre>{@code
 * PlainParagraphs plain = PlainParagraphs.in(lines);
 * Node document = parse(plain.standIns());
 * Map<Node, List<PlainParagraphs.Run>> runs = plain.found(document); // null: parse the lines as written
 * }</pre>
 */
final class PlainParagraphs {
    /** What the parser reads for each line of a plain paragraph: a letter, which it reads at once. */
    private static final String STAND_IN = "x";
    /** The ASCII characters a plain line may hold. */
    private static final boolean[] PLAIN_ASCII = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            PLAIN_ASCII[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || ".,;:'\"?!()/%@$+=- ".indexOf(c) >= 0;
        }
    }

    /**
     * One plain paragraph: the index of its first line among the part's lines, and its lines.
     *
     * @param start the index of its first line in the part
     * @param lines its lines, each plain
     */
    record Run(int start, List<String> lines) {
    }

    private final List<String> lines;
    /** Each plain paragraph's first line, and the line after its last. */
    private final List<int[]> runs;
    /** For each run, whether it follows the run before it across blank lines only (so shares its stand-in). */
    private final boolean[] follows;

    private PlainParagraphs(List<String> lines, List<int[]> runs) {
        this.lines = lines;
        this.runs = runs;
        this.follows = new boolean[runs.size()];
        for (int k = 1; k < runs.size(); k++) {
            follows[k] = onlyBlankBetween(runs.get(k - 1)[1], runs.get(k)[0]);
        }
    }

    private boolean onlyBlankBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isBlank(lines.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The plain paragraphs of a part's lines. */
    static PlainParagraphs in(List<String> lines) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (isBlank(lines.get(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean plain = i == 0 || isBlank(lines.get(i - 1));
            while (i < lines.size() && !isBlank(lines.get(i))) {
                plain = plain && isPlainLine(lines.get(i));
                i++;
            }
            if (plain) {
                runs.add(new int[] {start, i});
            }
        }
        return new PlainParagraphs(lines, runs);
    }

    /**
     * What the parser is to read: the lines, the first plain paragraph of each run of them replaced by
     * stand-ins and the lines of the plain paragraphs that follow it across blank lines by blank lines.
     */
    List<String> standIns() {
        if (runs.isEmpty()) {
            return lines;
        }
        List<String> read = new ArrayList<>(lines);
        for (int k = 0; k < runs.size(); k++) {
            int[] run = runs.get(k);
            for (int i = run[0]; i < run[1]; i++) {
                read.set(i, follows[k] ? "" : STAND_IN);
            }
        }
        return read;
    }

    /**
     * The plain paragraphs, by the paragraph node the parser read from the stand-in they share, in the
     * order of the lines; null when a stand-in was not read as a paragraph of the document on exactly
     * its lines.
     */
    Map<Node, List<Run>> found(Node document) {
        if (runs.isEmpty()) {
            return Map.of();
        }
        Map<Integer, Integer> leaders = new HashMap<>();
        for (int k = 0; k < runs.size(); k++) {
            if (!follows[k]) {
                leaders.put(runs.get(k)[0], k);
            }
        }
        Map<Node, List<Run>> found = new IdentityHashMap<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph && !node.getSourceSpans().isEmpty()) {
                Integer leader = leaders.get(node.getSourceSpans().get(0).getLineIndex());
                if (leader != null && spansExactly(node.getSourceSpans(), runs.get(leader))) {
                    found.put(node, runsFrom(leader));
                }
            }
        }
        return found.size() == leaders.size() ? found : null;
    }

    /** The plain paragraph at {@code leader} and those that share its stand-in. */
    private List<Run> runsFrom(int leader) {
        List<Run> shared = new ArrayList<>();
        for (int k = leader; k < runs.size() && (k == leader || follows[k]); k++) {
            int[] run = runs.get(k);
            shared.add(new Run(run[0], lines.subList(run[0], run[1])));
        }
        return shared;
    }

    private static boolean spansExactly(List<SourceSpan> spans, int[] run) {
        if (spans.size() != run[1] - run[0]) {
            return false;
        }
        for (int i = 0; i < spans.size(); i++) {
            SourceSpan span = spans.get(i);
            if (span.getLineIndex() != run[0] + i || span.getColumnIndex() != 0 || span.getLength() != STAND_IN.length()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line holds nothing that CommonMark reads as more than text, by the rules above. */
    static boolean isPlainLine(String line) {
        int n = line.length();
        if (n == 0 || !startsText(line.charAt(0)) || endsInSpace(line.charAt(n - 1))) {
            return false;
        }
        char before = 0;
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c < 0x80 && !isPlainAscii(c) || c == ' ' && before == ' ') {
                return false;
            }
            before = c;
        }
        return true;
    }

    private static boolean startsText(char c) {
        return c >= 0x80 ? !endsInSpace(c) : c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean endsInSpace(char c) {
        return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isPlainAscii(char c) {
        return PLAIN_ASCII[c];
    }

    private static boolean isBlank(String line) {
        return MarkdownParts.isBlank(line);
    }
}
