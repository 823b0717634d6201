package press.duet.read;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import press.duet.model.Inline;
import press.duet.model.Para;
import press.duet.report.Finding;

/**
 * Reads CommonMark with commonmark-java and its footnote, table and strikethrough extensions into
 * blocks whose lines carry their inlines ({@link DraftBlock.Rich}): headings, paragraphs (verse when
 * they hold hard breaks), list items with their markers and depths, quotations with their depths, code,
 * section breaks, figures, tables (pairs when each column is one language) and the text of HTML blocks.
 * Footnote definitions become the notes their references carry, never paragraphs of their own.
 *
 * <pre>{@code
 * Draft draft = Format.MARKDOWN.reader().read(Source.of("a.md", "# 标题\n\n*你好*\n"), null, notes);
 * }</pre>
 */
final class MarkdownReader {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(FootnotesExtension.create(), TablesExtension.create(), StrikethroughExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /** Where a block stands: inside how many quotations and lists, and the form of a list item's first block. */
    private record Nesting(int quotes, int lists, Para.Form item) {
        static final Nesting BODY = new Nesting(0, 0, null);

        Para.Form form(boolean verse) {
            if (item != null) {
                return item;
            }
            if (quotes > 0) {
                return Para.Form.quotation(quotes);
            }
            return verse ? Para.Form.VERSE : Para.Form.PARAGRAPH;
        }

        Nesting quoted() {
            return new Nesting(quotes + 1, lists, null);
        }

        Nesting item(String marker) {
            return new Nesting(quotes, lists + 1, Para.Form.listItem(marker, lists + 1));
        }

        /** The blocks after an item's first: in the item, but not another item. */
        Nesting continued() {
            return new Nesting(quotes, lists, null);
        }

        /**
         * The form of a block an HTML block gave {@code inner}, standing here: a list item's first block
         * takes the item's form; in a quotation a paragraph is quoted and a quotation quoted deeper.
         */
        Para.Form around(Para.Form inner) {
            if (item != null && (inner.kind() == Para.Kind.PARAGRAPH || inner.kind() == Para.Kind.VERSE)) {
                return item;
            }
            if (quotes == 0) {
                return inner;
            }
            return switch (inner.kind()) {
                case QUOTATION -> Para.Form.quotation(quotes + inner.depth());
                case PARAGRAPH, VERSE -> Para.Form.quotation(quotes);
                default -> inner;
            };
        }
    }

    private final String source;
    private final Resources resources;
    private final Consumer<Finding> notes;
    private final MarkdownInlines inlines;
    private final MarkdownFigures figures;
    private final MarkdownTables tables;
    private MarkdownNotes footnotes;
    /** The part's plain paragraphs, by the node of the stand-in they share. */
    private Map<Node, List<PlainParagraphs.Run>> plain = Map.of();

    private MarkdownReader(Source source, Consumer<Finding> notes) {
        this.source = source.name();
        this.resources = source.resources();
        this.notes = notes;
        this.inlines = new MarkdownInlines(this.source, notes, reference -> footnotes.noteOf(reference));
        this.figures = new MarkdownFigures(this.source, source.resources(), inlines);
        this.tables = new MarkdownTables(this.source, inlines);
    }

    static Draft read(Source source, Charset encoding, Consumer<Finding> notes) {
        return read(source, encoding, notes, true);
    }

    /**
     * @param plainUnparsed whether the plain paragraphs ({@link PlainParagraphs}) are read without the
     *                      parser; false only to show that they are read the same either way
     */
    static Draft read(Source source, Charset encoding, Consumer<Finding> notes, boolean plainUnparsed) {
        TextDecoder.Decoded decoded = TextDecoder.decode(source, encoding, notes);
        MarkdownReader reader = new MarkdownReader(source, notes);
        List<String> lines = decoded.lines();
        List<Integer> starts = MarkdownParts.starts(lines);
        List<DraftBlock> blocks = new ArrayList<>();
        int from = 0;
        for (int part = 1; part <= starts.size(); part++) {
            int to = part < starts.size() ? starts.get(part) : lines.size();
            List<String> partLines = lines.subList(from, to);
            Map<Node, List<PlainParagraphs.Run>> plain = Map.of();
            Node document = null;
            if (plainUnparsed) {
                PlainParagraphs found = PlainParagraphs.in(partLines);
                document = parse(found.standIns());
                plain = found.found(document);
            }
            if (plain == null || document == null) {
                document = parse(partLines); // a stand-in was read as something else: read the lines as written
                plain = Map.of();
            }
            if (to < lines.size() && MarkdownParts.endsInOpenFence(document)) {
                continue; // the next part's first lines are this fence's code: read the two together
            }
            blocks.addAll(reader.blocksOf(document, partLines, from, plain));
            from = to;
        }
        return new Draft(source.name(), decoded.encoding(), blocks, Format.MARKDOWN.label());
    }

    /**
     * The blocks of one part of the file ({@link MarkdownParts}), which starts after {@code lineOffset}
     * lines, parsed from {@code lines}; {@code plain} holds the paragraphs read from stand-ins.
     */
    private List<DraftBlock> blocksOf(Node document, List<String> lines, int lineOffset, Map<Node, List<PlainParagraphs.Run>> plain) {
        this.plain = plain;
        inlines.startAt(lineOffset);
        footnotes = MarkdownNotes.of(document, lines, source, definition -> blocksIn(definition, Nesting.BODY), inlines::lineOf);
        return blocksIn(document, Nesting.BODY);
    }

    /** Lines as one document, read through a reader so that they are never joined into one string. */
    static Node parse(List<String> lines) {
        try {
            return PARSER.parseReader(new JoinedLinesReader(lines));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("reading lines in memory cannot fail", e);
        }
    }

    private List<DraftBlock> blocksIn(Node parent, Nesting nesting) {
        List<DraftBlock> blocks = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            collect(node, nesting, blocks);
        }
        return blocks;
    }

    private void collect(Node node, Nesting nesting, List<DraftBlock> blocks) {
        int line = inlines.lineOf(node);
        switch (node) {
            case Heading heading -> heading(inlines.of(heading), line, heading.getLevel(), blocks);
            case Paragraph paragraph -> {
                List<PlainParagraphs.Run> runs = plain.get(paragraph);
                if (runs != null) {
                    plain(runs, nesting, blocks);
                } else if (figures.isFigure(paragraph)) {
                    blocks.add(figures.figure(paragraph));
                } else {
                    lines(inlines.of(paragraph), line, nesting, blocks);
                }
            }
            case FencedCodeBlock code -> code(code.getLiteral(), line, blocks);
            case IndentedCodeBlock code -> code(code.getLiteral(), line, blocks);
            case BlockQuote quote -> blocks.addAll(blocksIn(quote, nesting.quoted()));
            case ListBlock list -> list(list, nesting, blocks);
            case ThematicBreak ignored -> blocks.add(DraftBlock.sectionBreak(line));
            case HtmlBlock html -> html(html.getLiteral(), line, nesting, blocks);
            case TableBlock table -> blocks.addAll(tables.blocks(table));
            case FootnoteDefinition definition -> unreferenced(definition, line, nesting, blocks);
            default -> blocks.addAll(blocksIn(node, nesting));
        }
    }

    /** Paragraphs of plain lines ({@link PlainParagraphs}), each a block at its own line. */
    private void plain(List<PlainParagraphs.Run> runs, Nesting nesting, List<DraftBlock> blocks) {
        for (PlainParagraphs.Run run : runs) {
            int line = inlines.lineAt(run.start());
            if (nesting == Nesting.BODY) {
                // Plain lines: nothing to strip, none blank, no markup to keep.
                blocks.add(new DraftBlock(line, run.lines(), DraftBlock.Kind.PARAGRAPH, 0));
            } else {
                lines(InlineLines.ofText(run.lines()), line, nesting, blocks);
            }
        }
    }

    private void list(ListBlock list, Nesting nesting, List<DraftBlock> blocks) {
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        String delimiter = list instanceof OrderedList ordered && ordered.getMarkerDelimiter() != null
                ? ordered.getMarkerDelimiter() : ".";
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Nesting inItem = nesting.item(list instanceof OrderedList ? (number++) + delimiter : "•");
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                int before = blocks.size();
                collect(child, inItem, blocks);
                if (blocks.size() > before) {
                    inItem = inItem.continued();
                }
            }
        }
    }

    /** A paragraph's lines: lines whose breaks are kept when it has a hard one, else lines to join. */
    private void lines(InlineLines content, int line, Nesting nesting, List<DraftBlock> blocks) {
        boolean verse = content.hasHardBreak();
        add(content.lines(), line, verse ? DraftBlock.Kind.VERBATIM : DraftBlock.Kind.PARAGRAPH, nesting.form(verse), blocks);
    }

    private static void add(List<List<Inline>> lines, int line, DraftBlock.Kind kind, Para.Form form, List<DraftBlock> blocks) {
        List<List<Inline>> kept = new ArrayList<>(lines.size());
        List<String> texts = new ArrayList<>(lines.size());
        for (List<Inline> inlines : lines) {
            String text = Inline.text(inlines);
            if (!text.isBlank()) {
                kept.add(inlines);
                texts.add(text);
            }
        }
        if (!kept.isEmpty()) {
            blocks.add(new DraftBlock(line, texts, kind, 0, DraftBlock.Rich.orNone(kept, form), null));
        }
    }

    private static void heading(InlineLines content, int line, int level, List<DraftBlock> blocks) {
        List<Inline> joined = InlineLines.strip(InlineLines.joined(content.lines(), false));
        String text = Inline.text(joined);
        if (!text.isBlank()) {
            blocks.add(new DraftBlock(line, List.of(text), DraftBlock.Kind.HEADING, level,
                    DraftBlock.Rich.orNone(List.of(joined), Para.Form.PARAGRAPH), null));
        }
    }

    private static void code(String literal, int line, List<DraftBlock> blocks) {
        List<List<Inline>> lines = new ArrayList<>();
        for (String text : literal.split("\n")) {
            lines.add(List.of(new Inline.Text(text)));
        }
        add(lines, line, DraftBlock.Kind.VERBATIM, Para.Form.CODE, blocks);
    }

    /** An HTML block, read as a web page's content is ({@link MarkdownHtmlBlocks}): its text, never its markup. */
    private void html(String literal, int line, Nesting nesting, List<DraftBlock> blocks) {
        blocks.addAll(MarkdownHtmlBlocks.read(literal, line, source, resources, notes, nesting::around,
                nesting.continued()::around));
    }

    /**
     * A definition that nothing refers to stays in the text as written ("[^2]: …"), with a warning;
     * one that repeats an earlier label is left out with a warning (the first is the note).
     */
    private void unreferenced(FootnoteDefinition definition, int line, Nesting nesting, List<DraftBlock> blocks) {
        String label = "[^" + definition.getLabel() + "]";
        if (footnotes.isReferenced(definition)) {
            return;
        }
        if (footnotes.isDuplicate(definition)) {
            inlines.warn(line, "the note " + label + " is defined a second time here; the first definition is the note, this one is left out");
            return;
        }
        inlines.warn(line, "the note " + label + " is defined but never referred to; it stays in the text as written");
        List<DraftBlock> content = blocksIn(definition, nesting);
        DraftBlock first = content.isEmpty() ? null : content.get(0);
        Inline prefix = new Inline.Text(label + ": ");
        if (first != null && !first.isPlaced() && first.kind() != DraftBlock.Kind.HEADING) {
            List<String> texts = new ArrayList<>(first.lines());
            texts.set(0, prefix.text() + texts.get(0));
            List<List<Inline>> rich = new ArrayList<>(first.richLines());
            List<Inline> firstLine = new ArrayList<>(List.of(prefix));
            firstLine.addAll(rich.get(0));
            rich.set(0, firstLine);
            content.set(0, new DraftBlock(first.line(), texts, first.kind(), 0, new DraftBlock.Rich(rich, first.form()), null));
        } else {
            content.add(0, new DraftBlock(line, List.of(label + ":"), DraftBlock.Kind.PARAGRAPH, 0,
                    new DraftBlock.Rich(List.of(List.of(new Inline.Text(label + ":"))), nesting.form(false)), null));
        }
        blocks.addAll(content);
    }
}
