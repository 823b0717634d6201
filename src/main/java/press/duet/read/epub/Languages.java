package press.duet.read.epub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.duet.read.DraftBlock;
import press.duet.text.LanguageIdentifier;

/**
 * The languages of a run of blocks as {@code duet inspect} shows them for a spine document: each
 * language that holds at least a tenth of the paragraphs, the most frequent first ("zh-Hans",
 * "zh-Hans + en" for a bilingual chapter), or "—" when no paragraph has letters.
 *
 * <pre>{@code
 * String shown = Languages.of(blocks); // "zh-Hans + en"
 * }</pre>
 */
final class Languages {
    private Languages() {
    }

    static String of(List<DraftBlock> blocks) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int total = 0;
        for (DraftBlock block : blocks) {
            if (block.isPlaced()) {
                continue;
            }
            for (String line : block.lines()) {
                var lang = LanguageIdentifier.identify(line);
                if (lang.isPresent()) {
                    counts.merge(lang.get().tag(), 1, Integer::sum);
                    total++;
                }
            }
        }
        int least = Math.max(1, total / 10);
        List<String> shown = new ArrayList<>();
        counts.entrySet().stream().filter(e -> e.getValue() >= least)
                .sorted((a, b) -> b.getValue() - a.getValue()).forEach(e -> shown.add(e.getKey()));
        return shown.isEmpty() ? "—" : String.join(" + ", shown);
    }
}
