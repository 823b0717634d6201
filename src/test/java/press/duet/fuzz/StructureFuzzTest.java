package press.duet.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.duet.read.Draft;
import press.duet.read.Format;
import press.duet.read.Readers;
import press.duet.read.Source;
import press.duet.structure.StructureOptions;
import press.duet.structure.Structurer;

/**
 * The fuzz target of the structure stage: the drafts of one or two mutated files, structured as a
 * build does them (two files are also aligned as translations of each other); any drafts the readers
 * accept must give a book or one clear line.
 */
class StructureFuzzTest {
    @Test
    void structuresAnyDraftsOrRefusesThemInOneLine() {
        long runs = Fuzzer.run("structure", 2, files -> {
            List<Draft> drafts = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                byte[] bytes = files.get(i);
                String name = "fuzz-" + i + ".txt";
                Draft draft = FuzzInvariant.holds(name, () -> Readers.read(Source.of(name, bytes), null, Format.TEXT, f -> { }));
                if (draft == null) {
                    return;
                }
                drafts.add(draft);
            }
            FuzzInvariant.holds("fuzz-", () -> Structurer.structure(drafts, StructureOptions.defaults()));
            FuzzInvariant.holds("fuzz-", () -> Structurer.structure(drafts,
                    StructureOptions.builder().pairFiles(drafts.size() == 2).build()));
        });
        assertTrue(runs > 0);
    }
}
