package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.duet.model.Block;
import press.duet.model.Chapter;
import press.duet.model.Lang;
import press.duet.model.Pair;
import press.duet.model.Para;
import press.duet.model.Segment;

/**
 * Gives the two items of a paired list entry one number. A Chinese list followed by its English list
 * that the source writes as one numbered list (CommonMark reads items separated only by a blank line as
 * one list) numbers the English items on from the Chinese ones, 3. and 4. after 1. and 2.; an editor of
 * a parallel edition numbers each item and its translation alike, so the side in the second language
 * takes the number of the side in the first, keeping its own delimiter.
 */
final class ListNumbers {
    private static final Pattern NUMBERED = Pattern.compile("(\\d+)([.)])");

    private ListNumbers() {
    }

    static List<Chapter> matched(List<Chapter> chapters, Lang first) {
        List<Chapter> out = new ArrayList<>(chapters.size());
        for (Chapter chapter : chapters) {
            List<Block> blocks = null;
            for (int i = 0; i < chapter.blocks().size(); i++) {
                Block block = chapter.blocks().get(i);
                Block renumbered = block instanceof Pair pair ? matched(pair, first) : block;
                if (renumbered != block && blocks == null) {
                    blocks = new ArrayList<>(chapter.blocks().subList(0, i));
                }
                if (blocks != null) {
                    blocks.add(renumbered);
                }
            }
            out.add(blocks == null ? chapter : new Chapter(chapter.title(), blocks));
        }
        return out;
    }

    private static Block matched(Pair pair, Lang first) {
        if (!pair.isComplete() || pair.zh().paras().size() != 1 || pair.en().paras().size() != 1) {
            return pair;
        }
        boolean chineseFirst = first.isChinese();
        Segment leading = chineseFirst ? pair.zh() : pair.en();
        Segment following = chineseFirst ? pair.en() : pair.zh();
        Matcher lead = number(leading.paras().get(0));
        Matcher follow = number(following.paras().get(0));
        if (lead == null || follow == null || lead.group(1).equals(follow.group(1))) {
            return pair;
        }
        Para para = following.paras().get(0);
        Para.Form form = Para.Form.listItem(lead.group(1) + follow.group(2), para.form().depth());
        Segment renumbered = new Segment(following.lang(), List.of(new Para(form, para.content(), para.source())));
        return chineseFirst ? new Pair(pair.zh(), renumbered, pair.confidence())
                : new Pair(renumbered, pair.en(), pair.confidence());
    }

    private static Matcher number(Para para) {
        if (para.form().kind() != Para.Kind.LIST_ITEM) {
            return null;
        }
        Matcher matcher = NUMBERED.matcher(para.form().marker());
        return matcher.matches() ? matcher : null;
    }
}
