package press.duet.realtexts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import press.duet.Duet;

/**
 * The real-text evaluation from the command line (see {@code bench/real-texts.sh}): scores the
 * committed corpus, and the private cache when asked, with whichever Duet classes are on the class
 * path, prints the Markdown report and writes it to a file; {@code --dump ID} prints instead what
 * Duet published of one text, unit by unit, with a mark on each unit the gold holds.
 *
 * <pre>{@code
 * java -cp CLASSES:TEST-CLASSES:LIBS press.duet.realtexts.RealTextsCommand --corpus src/test/resources/realtexts
 * }</pre>
 */
public final class RealTextsCommand {
    private RealTextsCommand() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of("src/test/resources/realtexts");
        Path privateCorpus = null;
        Path out = Path.of("target/real-texts-report.md");
        Path work = Path.of("target/real-texts-work");
        String dump = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(value(args, ++i));
                case "--private" -> privateCorpus = Path.of(value(args, ++i));
                case "--out" -> out = Path.of(value(args, ++i));
                case "--work" -> work = Path.of(value(args, ++i));
                case "--dump" -> dump = value(args, ++i);
                default -> {
                    System.err.println("real-texts: unknown option " + args[i]
                            + " (use --corpus DIR, --private DIR, --out FILE, --work DIR, --dump ID)");
                    System.exit(2);
                }
            }
        }
        if (dump != null) {
            Path folder = Files.isDirectory(corpus.resolve(dump)) || privateCorpus == null ? corpus.resolve(dump) : privateCorpus.resolve(dump);
            System.out.print(RealTextEvaluation.dump(RealText.load(folder)));
            return;
        }
        List<TextScore> scores = new ArrayList<>(RealTextEvaluation.run(corpus, "public", work));
        if (privateCorpus != null) {
            if (!Files.isDirectory(privateCorpus)) {
                System.err.println("real-texts: " + privateCorpus + ": the private cache is not here; see "
                        + corpus.resolve("PRIVATE.md") + " to re-create it");
                System.exit(2);
            }
            scores.addAll(RealTextEvaluation.run(privateCorpus, "private", work));
        }
        String report = RealTextReport.markdown(scores, classesOfDuet());
        System.out.print(report);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.err.println("real-texts: report written to " + out);
    }

    /** Where the Duet classes being measured come from, so a report says which worktree it measured. */
    static String classesOfDuet() {
        var source = Duet.class.getProtectionDomain().getCodeSource();
        return source == null ? "unknown" : source.getLocation().getPath();
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            System.err.println("real-texts: " + args[i - 1] + " needs a value");
            System.exit(2);
        }
        return args[i];
    }
}
