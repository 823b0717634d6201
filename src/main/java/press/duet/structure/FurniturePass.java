package press.duet.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import press.duet.furniture.Cut;
import press.duet.model.Inline;
import press.duet.furniture.Furniture;
import press.duet.furniture.FurnitureKind;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;
import press.duet.report.Dropped;
import press.duet.report.Place;
import press.duet.text.Whitespace;

/**
 * Takes the page furniture out of a draft's lines before they become paragraphs, so that a dropped
 * line splits the block it stood in (it never joins the lines around it into one paragraph), and
 * keeps what the dropped lines of page information tell: the date, the authors and the translators
 * ("来源：新华网 作者：林秋 时间：2023-03-05 13:12" is furniture, and its author and date are the article's).
 *
 * @param infoLine the line of the first dropped line of page information near the top, or 0: the
 *                 title stands just above it
 * @param category the name a listing page gives itself on its first line ("Category: 双语新闻 (Bilingual News)"), or null
 * @param aboveTitle the lines of the dropped furniture that stands only above a title ({@link FurnitureKind#standsAboveTitle}),
 *                 in order: the title is not above them
 */
record FurniturePass(Draft draft, List<Dropped> dropped, int infoLine, LocalDate date, Byline.Credits credits, String category,
                     List<Integer> aboveTitle) {
    private static final java.util.regex.Pattern CATEGORY = java.util.regex.Pattern.compile(
            "^(?:category|categories|archive|分类|分類|栏目|欄目)\\s*[:：]\\s*(.{2,60})$", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Lines after this many kept ones are no longer near the top. */
    private static final int TOP_LINES = 8;

    /** The draft as it is: nothing dropped. */
    static FurniturePass none(Draft draft) {
        return new FurniturePass(draft, List.of(), 0, null, Byline.Credits.NONE, null, List.of());
    }

    static FurniturePass clean(Draft draft) {
        List<String> texts = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (DraftBlock block : draft.blocks()) {
            if (isProse(block)) {
                for (int i = 0; i < block.lines().size(); i++) {
                    texts.add(Whitespace.tidy(block.lines().get(i)));
                    lineNumbers.add(block.line() + i);
                }
            }
        }
        List<Cut> cuts = Furniture.find(texts, HeadParser::isHeadLine, line -> DateParser.line(line).isPresent());
        if (cuts.isEmpty()) {
            return none(draft);
        }
        Cut[] byIndex = new Cut[texts.size()];
        cuts.forEach(cut -> byIndex[cut.index()] = cut);
        List<DraftBlock> blocks = new ArrayList<>();
        int index = 0;
        for (DraftBlock block : draft.blocks()) {
            if (!isProse(block)) {
                blocks.add(block);
                continue;
            }
            List<String> lines = new ArrayList<>();
            List<List<Inline>> rich = new ArrayList<>();
            int first = block.line();
            for (int i = 0; i < block.lines().size(); i++, index++) {
                Cut cut = byIndex[index];
                if (cut != null && cut.whole()) {
                    if (!lines.isEmpty()) {
                        blocks.add(block.withLines(first, lines, rich));
                    }
                    lines = new ArrayList<>();
                    rich = new ArrayList<>();
                    first = block.line() + i + 1;
                } else {
                    String raw = block.lines().get(i);
                    String kept = cut != null ? cut.kept() : raw;
                    lines.add(kept);
                    if (block.rich() != null) {
                        List<Inline> content = block.rich().lines().get(i);
                        rich.add(kept.equals(raw) ? content : Marks.rewrite(content, raw, kept));
                    }
                }
            }
            if (!lines.isEmpty()) {
                blocks.add(block.withLines(first, lines, rich));
            }
        }
        List<Dropped> dropped = new ArrayList<>();
        List<Integer> aboveTitle = new ArrayList<>();
        int keptSeen = 0;
        int infoLine = 0;
        LocalDate date = null;
        List<String> authors = new ArrayList<>();
        List<String> translators = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Cut cut = byIndex[i];
            if (cut == null || !cut.whole()) {
                keptSeen += texts.get(i).isEmpty() ? 0 : 1;
            }
            if (cut == null) {
                continue;
            }
            dropped.add(new Dropped(new Place(draft.source(), lineNumbers.get(i)), cut.removed(), cut.kind().reason()));
            if (cut.kind().standsAboveTitle()) {
                aboveTitle.add(lineNumbers.get(i));
            }
            if (cut.kind() == FurnitureKind.PAGE_INFO) {
                if (infoLine == 0 && cut.whole() && keptSeen <= TOP_LINES) {
                    infoLine = lineNumbers.get(i);
                }
                Optional<LocalDate> found = date == null ? DateParser.find(cut.removed()) : Optional.empty();
                date = found.orElse(date);
                Byline.Credits credits = Byline.fields(cut.removed());
                credits.authors().stream().filter(a -> !authors.contains(a)).forEach(authors::add);
                credits.translators().stream().filter(t -> !translators.contains(t)).forEach(translators::add);
            }
        }
        Draft cleaned = draft.withBlocks(blocks);
        java.util.regex.Matcher category = byIndex[0] != null && byIndex[0].whole() ? CATEGORY.matcher(texts.get(0)) : null;
        return new FurniturePass(cleaned, dropped, infoLine, date, new Byline.Credits(authors, translators),
                category != null && category.matches() ? category.group(1).strip() : null, aboveTitle);
    }

    /**
     * Blocks of running text, lines kept by breaks among them (a page's {@code <br>}-parted lines, where
     * a sign-off or a source line stands under the prose); headings, table rows and code are as the
     * format marked them.
     */
    private static boolean isProse(DraftBlock block) {
        return block.kind() == DraftBlock.Kind.LINES || block.kind() == DraftBlock.Kind.PARAGRAPH
                || block.kind() == DraftBlock.Kind.VERBATIM && block.rich() != null
                && block.rich().form().kind() != press.duet.model.Para.Kind.CODE;
    }
}
