package press.duet.structure;

import java.util.List;
import press.duet.model.Pair;
import press.duet.read.Draft;
import press.duet.read.TextReaderAccess;

/** A page of plain text structured as Duet structures a file, and its pairs as text, for the pairing tests. */
final class PageUnits {
    private PageUnits() {
    }

    /** The page made of these lines, one line break between them. */
    static Structured structure(String... lines) {
        return structureText(String.join("\n", lines));
    }

    /** The page given as its whole text. */
    static Structured structureText(String text) {
        return Structurer.structure(List.of(new Draft("page.txt", "UTF-8", TextReaderAccess.blocks(text))),
                StructureOptions.defaults());
    }

    static List<Pair> pairs(Structured structured) {
        return structured.book().chapters().stream().flatMap(c -> c.blocks().stream())
                .filter(b -> b instanceof Pair).map(b -> (Pair) b).toList();
    }

    /** The pairs as "Chinese ⇔ English", a missing side empty, line breaks as spaces. */
    static List<String> units(Structured structured) {
        return pairs(structured).stream().map(p -> (p.zh() == null ? "" : p.zh().text().replace('\n', ' ')) + " ⇔ "
                + (p.en() == null ? "" : p.en().text().replace('\n', ' '))).toList();
    }
}
