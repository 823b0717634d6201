package press.duet.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import press.duet.model.Note;
import press.duet.model.Para;
import press.duet.model.SourceLine;

/**
 * The footnotes of one Markdown file: each definition ({@code [^1]: …}) read once into a {@link Note}
 * when a reference first needs it, so that the reference carries its note and the definition is never
 * a paragraph to pair. A note that refers back to itself through others keeps that reference as written.
 *
 * <pre>{@code
 * MarkdownNotes notes = MarkdownNotes.of(document, lines, "a.md", blocksOf, inlines::lineOf);
 * Note note = notes.noteOf(reference);
 * }</pre>
 */
final class MarkdownNotes {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private final String source;
    private final Map<String, FootnoteDefinition> definitions = new HashMap<>();
    private final Set<FootnoteDefinition> duplicates = new HashSet<>();
    private final Set<String> referenced = new HashSet<>();
    private final Map<String, Note> built = new HashMap<>();
    private final Set<String> building = new HashSet<>();
    private final Function<Node, List<DraftBlock>> blocksOf;
    private final ToIntFunction<Node> lineOf;

    private MarkdownNotes(String source, Function<Node, List<DraftBlock>> blocksOf, ToIntFunction<Node> lineOf) {
        this.source = source;
        this.blocksOf = blocksOf;
        this.lineOf = lineOf;
    }

    /**
     * @param lines    the lines the document was parsed from
     * @param blocksOf reads a definition's content as the file's blocks are read
     * @param lineOf   the line of the file a node starts on
     */
    static MarkdownNotes of(Node document, List<String> lines, String source, Function<Node, List<DraftBlock>> blocksOf,
                            ToIntFunction<Node> lineOf) {
        MarkdownNotes notes = new MarkdownNotes(source, blocksOf, lineOf);
        notes.scan(document, lines, null);
        return notes;
    }

    /** Finds the definitions and the labels referred to; {@code lines} are the ones the document was parsed from. */
    private void scan(Node node, List<String> lines, FootnoteDefinition inside) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if ((child instanceof Paragraph || child instanceof Heading) && !mayHoldReference(child, lines)) {
                continue;
            }
            if (child instanceof FootnoteDefinition definition) {
                if (definitions.putIfAbsent(key(definition.getLabel()), definition) != null) {
                    duplicates.add(definition);
                }
                scan(child, lines, definition);
                continue;
            }
            if (child instanceof FootnoteReference reference
                    && (inside == null || !key(inside.getLabel()).equals(key(reference.getLabel())))) {
                referenced.add(key(reference.getLabel()));
            }
            scan(child, lines, inside);
        }
    }

    /**
     * Whether a paragraph or heading may hold a note reference: whether a line it was read from holds
     * "[^", which every reference is written with (an escaped bracket or an entity is never one). Most
     * paragraphs do not, and their inlines need no walk.
     */
    private static boolean mayHoldReference(Node block, List<String> lines) {
        List<SourceSpan> spans = block.getSourceSpans();
        if (spans.isEmpty()) {
            return true;
        }
        for (SourceSpan span : spans) {
            if (lines.get(span.getLineIndex()).contains("[^")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the definition is the one its label names and something refers to it. */
    boolean isReferenced(FootnoteDefinition definition) {
        return !duplicates.contains(definition) && referenced.contains(key(definition.getLabel()));
    }

    /** Whether a definition with the same label came before this one (the first is the one used). */
    boolean isDuplicate(FootnoteDefinition definition) {
        return duplicates.contains(definition);
    }

    /** The note a reference names, or null while that note is being read (a note that leads back to itself). */
    Note noteOf(FootnoteReference reference) {
        String key = key(reference.getLabel());
        Note note = built.get(key);
        if (note != null || building.contains(key)) {
            return note;
        }
        FootnoteDefinition definition = definitions.get(key);
        if (definition == null) {
            return null;
        }
        building.add(key);
        List<Para> content = new ArrayList<>();
        for (DraftBlock block : blocksOf.apply(definition)) {
            block.asNoteParagraph(source).ifPresent(content::add);
        }
        building.remove(key);
        if (content.isEmpty()) {
            content.add(new Para(Para.Form.PARAGRAPH, List.of(), new SourceLine(source, lineOf.applyAsInt(definition))));
        }
        note = new Note(reference.getLabel(), content);
        built.put(key, note);
        return note;
    }

    /** Labels match as link labels do: without case, with runs of white space as one space. */
    private static String key(String label) {
        return WHITE_SPACE.matcher(label.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
