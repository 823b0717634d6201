package press.duet.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import press.duet.model.Inline;
import press.duet.model.Para;
import press.duet.read.DraftBlock;
import press.duet.read.InlineLines;
import press.duet.read.Resources;
import press.duet.report.Finding;
import press.duet.text.DrawnRule;

/**
 * The content of an HTML element — a web page's article, an EPUB content document's body — as the
 * blocks of a {@link press.duet.read.Draft}, through the rich model. It is the one conversion of HTML
 * into blocks, for every reader that meets HTML.
 *
 * <pre>{@code
 * Document page = Jsoup.parse(html, "", HtmlContent.parser());   // tracks lines, so findings name them
 * List<DraftBlock> blocks = HtmlContent.blocks(page.body(), "article.html", Resources.beside(path), notes::add);
 * }</pre>
 *
 * <ul>
 * <li>Blocks: {@code p}, {@code div} and the other block containers are paragraphs (a {@code <br>} in
 *     one keeps its lines, so a Chinese line and its English line in one {@code <p>} are split by the
 *     structure stage like any two lines); {@code h1}–{@code h6} headings; {@code blockquote} quotations
 *     (nested); {@code ul}/{@code ol} items with their markers or numbers ({@code start}, {@code type},
 *     nested lists one depth deeper); {@code pre} code; {@code hr} a section break.</li>
 * <li>Inlines ({@link HtmlInlines}): emphasis, strong, sup, sub, struck text, code, links, ruby, spans
 *     in a language; language-marked elements side by side ({@code lang}, {@code class="en"|"zh"|"cn"})
 *     each start a line, and a language-marked block is a paragraph of its own.</li>
 * <li>Figures ({@link HtmlFigures}): an {@code img} alone in its block, a {@code figure} with its
 *     {@code figcaption}; images read through {@code resources}, never from the web.</li>
 * <li>Notes ({@link HtmlNotes}): EPUB 3 {@code noteref}/{@code footnote}/{@code endnote}, {@code aside},
 *     and the {@code <a href="#fn1"><sup>1</sup></a>} … {@code <li id="fn1">} pattern: the reference
 *     carries its note, and the note's block is no paragraph of the text.</li>
 * <li>Tables ({@link HtmlTables}): two columns of one language each are rows of pairs; any other a
 *     table of the model.</li>
 * <li>Left out, each kind counted in one finding: scripts, styles, forms, frames, objects, embeds,
 *     navigation and elements the page hides.</li>
 * </ul>
 * Lines are the 1-based source lines jsoup tracked ({@link #parser()}), else 0.
 */
public final class HtmlContent {
    /** A rule drawn among a paragraph's lines is three marks or more ("---", "* * *"). */
    private static final int RULE_MARKS = 3;
    /** A line this wide (60 columns: 30 Chinese characters) is longer than a line of verse. */
    private static final int PROSE_LINE_COLUMNS = 60;
    private static final String SENTENCE_ENDS = "。！？.!?:：」』”\"’)）";
    /** Deeper than any page's block markup; below it a block's text is read as one paragraph. */
    private static final int DEEPEST = 200;

    private final HtmlFindings findings;
    private final HtmlNotes notes;
    private final HtmlInlines inlines;
    private final HtmlFigures figures;
    private final HtmlTables tables;
    /**
     * Whether bars of links ({@link LinkBars}) are kept as text: a web page's are its furniture unless
     * the whole page is read ({@code --keep-furniture}); a book's content document keeps what it holds.
     */
    private boolean keepsLinkBars;
    /**
     * Whether a bold line can be a section's heading yet ({@link BoldHeading}): on a web page, not until
     * the article's first paragraph of text; the bold lines above it are the article's title (a title
     * pair set in bold, centred), which the head of the text takes with its date and byline.
     */
    private boolean boldHeadings;

    private HtmlContent(Element scope, Predicate<Element> leftOut, boolean wholePage, String sourceName, Resources resources,
                        Consumer<Finding> listener) {
        this.findings = new HtmlFindings(sourceName, listener);
        this.notes = HtmlNotes.of(scope);
        this.inlines = new HtmlInlines(findings, notes, leftOut, wholePage, this::read);
        this.figures = new HtmlFigures(findings, resources);
        this.tables = new HtmlTables(findings, inlines);
        this.keepsLinkBars = wholePage;
    }

    /**
     * The blocks of the element's content, in order.
     *
     * @param root       the element whose content is read (an article's root, a body)
     * @param sourceName the input's name as the user gave it, for findings and source lines
     * @param resources  where the images the content names by path are read from
     * @param notes      told of what was left out or could not be kept, each with its place
     */
    public static List<DraftBlock> blocks(Element root, String sourceName, Resources resources, Consumer<Finding> notes) {
        HtmlContent content = new HtmlContent(root, element -> false, false, sourceName, resources, notes);
        content.boldHeadings = true;
        content.keepsLinkBars = true;
        return content.blocks(List.of(root));
    }

    /**
     * The blocks of several elements' content in turn (an article's heading above its root, then the
     * root), leaving out the elements {@code leftOut} names (the page's furniture inside the article).
     *
     * @param scope     where the notes the content refers to are looked for (the page's body)
     * @param wholePage the roots are a whole page read as text ({@code --keep-furniture}): its menus' and
     *                  forms' visible text is kept, which an article's reading leaves out
     */
    static List<DraftBlock> blocks(Element scope, List<Element> roots, Predicate<Element> leftOut, boolean wholePage,
                                   String sourceName, Resources resources, Consumer<Finding> notes) {
        return new HtmlContent(scope, leftOut, wholePage, sourceName, resources, notes).blocks(roots);
    }

    private List<DraftBlock> blocks(List<Element> roots) {
        List<DraftBlock> blocks = new ArrayList<>();
        for (Element root : roots) {
            blocks.addAll(read(root));
        }
        findings.flush();
        return blocks;
    }

    /** An HTML parser that tracks each node's source line, which findings name. */
    public static Parser parser() {
        return Parser.htmlParser().setTrackPosition(true);
    }

    private List<DraftBlock> read(Element container) {
        Walk walk = new Walk();
        walk.children(container, 0, 0);
        walk.flush();
        return walk.blocks;
    }

    /** One reading of a container: the blocks made so far and the paragraph being gathered. */
    private final class Walk {
        final List<DraftBlock> blocks = new ArrayList<>();
        InlineLines pending = new InlineLines();
        int pendingLine;
        int pendingQuotes;
        /** The source line each line of the paragraph being gathered starts on, where a node starts it. */
        java.util.Map<Integer, Integer> lineStarts = new java.util.HashMap<>();
        /** The nodes the paragraph being gathered was read from, for {@link LinkBars}. */
        List<Node> pendingNodes = new ArrayList<>();
        /** The form of a list item's first block, until a block takes it. */
        Para.Form item;

        void children(Element parent, int quotes, int depth) {
            HtmlInlines.LanguageLines languages = new HtmlInlines.LanguageLines(parent);
            for (Node child : parent.childNodes()) {
                if (languages.startsLine(child)) {
                    pending.newLine(true);
                }
                node(child, quotes, depth);
            }
        }

        void node(Node node, int quotes, int depth) {
            if (!(node instanceof TextNode blank && blank.isBlank())) {
                lineStarts.putIfAbsent(pending.count() - 1, HtmlFindings.lineOf(node) + leadingLineFeeds(node));
            }
            if (node instanceof TextNode text) {
                if (!text.isBlank()) {
                    start(node, quotes);
                    pendingNodes.add(node);
                    HtmlInlines.text(text.getWholeText(), pending);
                } else if (spaceBetweenInlines(text)) {
                    // White space between two inline elements is a space ("Service</a> <a>(ToS)</a>"),
                    // except a line feed between Chinese characters, which a page's source breaks for layout only.
                    pending.add(new Inline.Text(" "));
                }
                return;
            }
            if (!(node instanceof Element element) || inlines.isLeftOut(element)) {
                return;
            }
            String tag = element.normalName();
            // An image at the head of a run is a figure, also inside the link it is often wrapped in.
            boolean figure = pending.text().isBlank()
                    && (tag.equals("img") || tag.equals("a") && HtmlFigures.loneImage(element) != null);
            if (!ElementKinds.isBlock(element) && !figure && !holdsBlocks(element)) {
                start(node, quotes);
                pendingNodes.add(node);
                inlines.node(element, pending, depth);
                return;
            }
            flush();
            if (depth > DEEPEST) {
                start(node, quotes);
                HtmlInlines.text(element.wholeText(), pending);
                flush();
                return;
            }
            int heading = ElementKinds.headingLevel(element);
            if (heading > 0) {
                heading(element, heading);
                return;
            }
            switch (tag) {
                case "hr" -> blocks.add(DraftBlock.sectionBreak(HtmlFindings.lineOf(element)));
                case "pre" -> code(element);
                case "blockquote" -> children(element, quotes + 1, depth + 1);
                case "ul", "ol" -> list(element, quotes, depth);
                case "img" -> figure(element, List.of());
                case "figure" -> figureElement(element, quotes, depth);
                case "table" -> {
                    if (HtmlTables.isLayout(element)) {
                        children(element, quotes, depth + 1);
                    } else {
                        take(tables.blocks(element));
                    }
                }
                default -> {
                    Element image = HtmlFigures.loneImage(element);
                    if (image != null) {
                        figure(image, List.of());
                    } else {
                        children(element, quotes, depth + 1);
                    }
                }
            }
            flush();
        }

        /**
         * Whether every line is a long sentence, ending as one, and all are in one script: paragraphs a
         * page parts with a br. A poem's lines are short; lines in two languages are a pair's sides.
         */
        private static boolean proseLines(List<List<Inline>> lines) {
            Boolean han = null;
            for (List<Inline> line : lines) {
                String text = Inline.text(line).strip();
                if (press.duet.text.DisplayColumns.fit(text, PROSE_LINE_COLUMNS - 1) || text.isEmpty()
                        || SENTENCE_ENDS.indexOf(text.charAt(text.length() - 1)) < 0) {
                    return false;
                }
                boolean lineHan = text.codePoints().anyMatch(press.duet.text.Scripts::isHan);
                if (han != null && han != lineHan) {
                    return false;
                }
                han = lineHan;
            }
            return true;
        }

        /** The line feeds a text node opens with before its text: its text stands that many lines below its start. */
        private static int leadingLineFeeds(Node node) {
            if (!(node instanceof TextNode text)) {
                return 0;
            }
            String whole = text.getWholeText();
            int feeds = 0;
            for (int i = 0; i < whole.length() && Character.isWhitespace(whole.charAt(i)); i++) {
                feeds += whole.charAt(i) == '\n' ? 1 : 0;
            }
            return feeds;
        }

        /** Whether white space alone between two nodes of a paragraph shows as a space, as a browser collapses it. */
        private boolean spaceBetweenInlines(TextNode blank) {
            String before = pending.text();
            if (before.isBlank() || Character.isWhitespace(before.charAt(before.length() - 1))) {
                return false;
            }
            Node next = blank.nextSibling();
            String after = next instanceof TextNode text ? text.text() : next instanceof Element element ? element.text() : "";
            after = after.strip();
            return blank.getWholeText().indexOf('\n') < 0 || after.isEmpty()
                    || !HtmlInlines.feedJoins(before.codePointBefore(before.length()), after.codePointAt(0));
        }

        /**
         * Whether an inline element holds blocks: markup a browser repairs ({@code <p><i>亲爱的露西：</p><p>…}
         * leaves the {@code i} around the paragraphs after it), read as a container, so that its
         * paragraphs stay paragraphs and are not lines of one.
         */
        private static boolean holdsBlocks(Element element) {
            for (Element child : element.children()) {
                if (ElementKinds.isBlock(child) && !child.normalName().equals("br")) {
                    return true;
                }
            }
            return false;
        }

        private void start(Node node, int quotes) {
            if (pending.text().isBlank()) {
                pendingLine = HtmlFindings.lineOf(node);
                pendingQuotes = quotes;
            }
        }

        /**
         * The gathered paragraph as blocks: one for each run of lines between blank ones (two {@code <br>}s
         * in a row part paragraphs, as a browser shows them), its lines kept when a br is among them, else
         * lines to join.
         */
        void flush() {
            List<List<Inline>> all = pending.lines();
            boolean verse = pending.hasHardBreak();
            List<Node> nodes = pendingNodes;
            java.util.Map<Integer, Integer> starts = lineStarts;
            pending = new InlineLines();
            pendingNodes = new ArrayList<>();
            lineStarts = new java.util.HashMap<>();
            if (all.stream().allMatch(line -> Inline.text(line).isBlank())) {
                return;
            }
            if (!keepsLinkBars && item == null && pendingQuotes == 0 && LinkBars.is(nodes)) {
                findings.count("bar(s) of links (a language bar or a menu)", pendingLine,
                        "left out as the page's furniture (--keep-furniture keeps them)");
                return;
            }
            // A run is verse only where a break parts its lines: a lone line beside a br ("<p><br>而這個…")
            // is a paragraph.
            List<List<Inline>> run = new ArrayList<>();
            List<Integer> runLines = new ArrayList<>();
            int line = pendingLine;
            for (int i = 0; i <= all.size(); i++) {
                line = i == 0 ? pendingLine : Math.max(line, starts.getOrDefault(i, line));
                boolean rule = i < all.size() && DrawnRule.is(Inline.text(all.get(i)), RULE_MARKS);
                if (i == all.size() || rule || Inline.text(all.get(i)).isBlank()) {
                    if (!run.isEmpty()) {
                        flushRun(run, runLines, verse && run.size() > 1);
                        run = new ArrayList<>();
                        runLines = new ArrayList<>();
                    }
                    if (rule) {
                        // A line of dashes or stars among paragraphs is a rule drawn in text: a section break.
                        blocks.add(DraftBlock.sectionBreak(line));
                    }
                    continue;
                }
                run.add(all.get(i));
                runLines.add(line);
            }
        }

        /** One run of a gathered paragraph's lines as a block, each line with the source line it starts on. */
        private void flushRun(List<List<Inline>> kept, List<Integer> lines, boolean verse) {
            if (kept.size() > 1 && proseLines(kept)) {
                // Long sentences of one language parted by single br: a page's paragraphs, not a poem's lines.
                for (int k = 0; k < kept.size(); k++) {
                    flushRun(List.of(kept.get(k)), List.of(lines.get(k)), false);
                }
                return;
            }
            int line = lines.get(0);
            boolean bold = kept.size() == 1 && !verse && pendingQuotes == 0 && item == null && BoldHeading.is(kept.get(0));
            if (bold && boldHeadings) {
                headingLines(line, InlineLines.strip(kept.get(0)), BoldHeading.LEVEL);
                return;
            }
            boldHeadings |= !bold;
            Para.Form form = form(verse ? Para.Form.VERSE : Para.Form.PARAGRAPH, pendingQuotes);
            add(new DraftBlock(line, kept.stream().map(Inline::text).toList(),
                    kept.size() > 1 || verse ? DraftBlock.Kind.VERBATIM : DraftBlock.Kind.PARAGRAPH, 0,
                    DraftBlock.Rich.orNone(kept, form), null));
        }

        private Para.Form form(Para.Form plain, int quotes) {
            if (item != null) {
                Para.Form taken = item;
                item = null;
                return taken;
            }
            return quotes > 0 ? Para.Form.quotation(quotes) : plain;
        }

        private void add(DraftBlock block) {
            blocks.add(block);
        }

        private void take(List<DraftBlock> made) {
            if (!made.isEmpty()) {
                item = null;
            }
            blocks.addAll(made);
        }

        private void heading(Element element, int level) {
            List<Inline> joined = InlineLines.strip(InlineLines.joined(inlines.of(element).lines(), false));
            if (!Inline.text(joined).isBlank()) {
                item = null;
                headingLines(HtmlFindings.lineOf(element), joined, level);
            }
        }

        /** A heading, or two when its markup parts its English and Chinese titles ({@link HeadingHalves}). */
        private void headingLines(int line, List<Inline> heading, int level) {
            List<List<Inline>> halves = HeadingHalves.of(heading);
            for (List<Inline> half : halves != null ? halves : List.of(heading)) {
                add(new DraftBlock(line, List.of(Inline.text(half)), DraftBlock.Kind.HEADING, level,
                        DraftBlock.Rich.orNone(List.of(half), Para.Form.PARAGRAPH), null));
            }
        }

        private void code(Element pre) {
            String text = pre.wholeText().replace("\r\n", "\n");
            List<List<Inline>> lines = new ArrayList<>();
            for (String line : (text.startsWith("\n") ? text.substring(1) : text).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(List.of(new Inline.Text(line.stripTrailing())));
                }
            }
            if (!lines.isEmpty()) {
                item = null;
                add(new DraftBlock(HtmlFindings.lineOf(pre), lines.stream().map(Inline::text).toList(),
                        DraftBlock.Kind.VERBATIM, 0, new DraftBlock.Rich(lines, Para.Form.CODE), null));
            }
        }

        private void list(Element list, int quotes, int depth) {
            boolean ordered = list.normalName().equals("ol");
            int number = ordered ? ListMarkers.start(list) : 1;
            int listDepth = depth(list);
            for (Element child : list.children()) {
                if (!child.normalName().equals("li")) {
                    node(child, quotes, depth + 1);
                    continue;
                }
                if (inlines.isLeftOut(child)) {
                    number++;
                    continue;
                }
                if (child.hasAttr("value") && ordered) {
                    number = ListMarkers.value(child, number);
                }
                item = Para.Form.listItem(ordered ? ListMarkers.marker(list, number) : "•", listDepth);
                number += ListMarkers.step(list);
                children(child, quotes, depth + 1);
                flush();
                item = null;
            }
        }

        /** How many lists the list is in, itself counted: 1 for a list in the text. */
        private int depth(Element list) {
            int depth = 1;
            for (Element at = list.parent(); at != null; at = at.parent()) {
                String tag = at.normalName();
                if (tag.equals("ul") || tag.equals("ol")) {
                    depth++;
                }
            }
            return depth;
        }

        private void figure(Element img, List<List<Inline>> caption) {
            DraftBlock figure = figures.figure(img, caption);
            if (figure != null) {
                item = null;
                add(figure);
            }
        }

        /** A figure's images, the caption with the last; its other content read as text. */
        private void figureElement(Element figure, int quotes, int depth) {
            List<Element> images = figure.select("img");
            Element caption = figure.selectFirst("figcaption");
            List<List<Inline>> lines = caption == null ? List.of()
                    : inlines.of(caption).lines().stream().filter(l -> !Inline.text(l).isBlank()).toList();
            if (images.isEmpty()) {
                children(figure, quotes, depth + 1);
                return;
            }
            for (int i = 0; i < images.size(); i++) {
                figure(images.get(i), i == images.size() - 1 ? lines : List.of());
            }
        }
    }
}
