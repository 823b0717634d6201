package press.duet.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import press.duet.BuildRequest;
import press.duet.report.DuetException;
import press.duet.structure.Shape;
import press.duet.structure.StructureOptions;

/** The command-line options about reading the inputs and understanding their structure. */
@picocli.CommandLine.Command
final class InputCliOptions {
    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of the inputs, for example GB18030 or Big5 (default: detected: byte-order mark, UTF-8, GB18030 or Big5).")
    String encoding;

    @Option(names = "--shape", paramLabel = "SHAPE",
            description = "Force the input's shape: alternating, blocks, article, parallel-files, table, markdown (default: detected).")
    String shape;

    @Option(names = "--pair",
            description = "The two files given are translations of each other: align them (default: only when they are in different languages).")
    boolean pair;

    @Option(names = "--title-zh", paramLabel = "TITLE", description = "The Chinese title (default: from the text).")
    String titleZh;

    @Option(names = "--title-en", paramLabel = "TITLE", description = "The English title (default: from the text).")
    String titleEn;

    @Option(names = "--subtitle", paramLabel = "TEXT", description = "The subtitle (default: from the title, after a colon).")
    String subtitle;

    @Option(names = "--author", paramLabel = "NAME", description = "An author; repeat for several (default: from a byline).")
    List<String> authors = new ArrayList<>();

    @Option(names = "--translator", paramLabel = "NAME", description = "A translator; repeat for several (default: from a byline).")
    List<String> translators = new ArrayList<>();

    @Option(names = "--keep-furniture",
            description = "Keep page furniture copied from web pages (breadcrumbs, share prompts, source and count lines, copyright notices, watermarks) as text (default: left out, each listed by duet inspect).")
    boolean keepFurniture;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The publication date (default: from a \"Published on\" line).")
    String date;

    @Option(names = "--series", paramLabel = "NAME", description = "The series name (default: the start the parts' titles share).")
    String series;

    @Option(names = "--part", paramLabel = "N", description = "The part number in the series (default: from \"[5]\" in the title).")
    Integer part;

    void applyTo(BuildRequest.Builder request) {
        request.encoding(charset());
        request.structure(structure());
    }

    private StructureOptions structure() {
        StructureOptions.Builder options = StructureOptions.builder()
                .shape(shape())
                .pairFiles(pair)
                .titleZh(titleZh)
                .titleEn(titleEn)
                .subtitle(subtitle)
                .authors(authors)
                .translators(translators)
                .keepFurniture(keepFurniture)
                .series(series)
                .part(part);
        if (date != null) {
            try {
                options.date(LocalDate.parse(date.strip()));
            } catch (DateTimeParseException e) {
                throw new DuetException("--date: '" + date + "' is not a date like 2024-01-16");
            }
        }
        return options.build();
    }

    private Shape shape() {
        if (shape == null) {
            return null;
        }
        try {
            Shape named = Shape.named(shape);
            if (named == Shape.MONOLINGUAL || named == Shape.MIXED) {
                // Shapes Duet reports but cannot force: a text is in one language or it is not, and
                // files differ in shape or they do not.
                throw new IllegalArgumentException(shape);
            }
            return named;
        } catch (IllegalArgumentException e) {
            throw new DuetException("--shape: unknown shape '" + shape
                    + "' (choose from alternating, blocks, article, parallel-files, table, markdown)");
        }
    }

    private Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new DuetException("--encoding: unknown encoding '" + encoding + "'");
        }
    }
}
