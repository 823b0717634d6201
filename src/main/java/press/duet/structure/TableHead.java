package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;
import press.duet.text.Whitespace;

/**
 * The head of a table of pairs: the lines without a tab that open a tab-separated text (a title, a
 * byline, a date), read as the head of any text is, and the draft that is left for the rows. Head
 * lines that are no title, byline or date stay in the draft, to be published as paragraphs without a
 * translation rather than dropped.
 *
 * @param head the title, authors and date the opening lines give (bodyStart: how many lines they took)
 * @param rows the draft without the lines the head took
 */
record TableHead(Draft draft, Head head, Draft rows) implements StructureInput {
    static TableHead of(Draft draft) {
        List<DraftBlock> blocks = draft.blocks();
        List<Paragraph> opening = new ArrayList<>();
        for (DraftBlock block : blocks) {
            if (block.kind() == DraftBlock.Kind.ROW) {
                break;
            }
            block.lines().forEach(line -> opening.add(new Paragraph(block.line(), Whitespace.tidy(line))));
        }
        Head head = HeadParser.parse(opening);
        List<DraftBlock> rest = blocks.subList(head.bodyStart(), blocks.size());
        return new TableHead(draft, head, draft.withBlocks(rest));
    }
}
