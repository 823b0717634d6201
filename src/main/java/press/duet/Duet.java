package press.duet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import press.duet.epub.EpubWriter;
import press.duet.font.FontRole;
import press.duet.font.FontSet;
import press.duet.font.TrueTypeFace;
import press.duet.io.Background;
import press.duet.io.IoErrors;
import press.duet.io.OutputLock;
import press.duet.model.Book;
import press.duet.pdf.PdfWriter;
import press.duet.read.Draft;
import press.duet.read.InputFiles;
import press.duet.read.Format;
import press.duet.read.ReadOptions;
import press.duet.read.Readers;
import press.duet.report.DuetException;
import press.duet.report.Finding;
import press.duet.structure.Shape;
import press.duet.structure.Structured;
import press.duet.structure.Structurer;
import press.duet.style.Theme;

/**
 * The one-line entry to Duet: read, structure and write a parallel text.
 *
 * <pre>{@code
 * BuildResult result = Duet.build(BuildRequest.of(List.of(Path.of("book.txt"))));
 * }</pre>
 */
public final class Duet {
    /** Used when neither SOURCE_DATE_EPOCH nor the text gives a date, so that output stays reproducible. */
    static final Instant FALLBACK_TIMESTAMP = Instant.parse("2000-01-01T00:00:00Z");

    private Duet() {
    }

    public static BuildResult build(BuildRequest request) {
        Theme theme = Theme.named(request.theme());
        prepareFonts(request);
        Inspection inspection = inspect(request);
        List<Path> files = inspection.drafts().stream().map(d -> Path.of(d.source())).toList();
        Structured structured = inspection.structured();
        Book book = structured.book();
        List<String> warnings = new ArrayList<>(theme.warnings());
        for (Finding finding : inspection.findings()) {
            warnings.add(finding.toString());
        }
        if (!structured.dropped().isEmpty()) {
            warnings.add(droppedLine(structured.dropped().size(), hiddenParts(inspection.drafts()), files.size()));
        }
        EmptyEditions.check(book, files, warnings);
        if (request.formats().contains(OutputFormat.PDF)) {
            for (String font : java.util.Arrays.asList(request.pdf().chineseFont(), request.pdf().latinFont())) {
                if (font != null) {
                    press.duet.font.FontFiles.check(font);
                }
            }
            UnshapedScripts.find(inspection.drafts()).forEach(finding -> warnings.add(finding.toString()));
        }
        checkWritable(request.outputFolder());
        Instant stamp = timestamp(book, System.getenv("SOURCE_DATE_EPOCH"));
        String stem = stem(files.get(0));
        List<Path> outputs = new ArrayList<>();
        createFolder(request.outputFolder());
        try (OutputLock lock = OutputLock.acquire(request.outputFolder())) {
            writeEditions(request, book, theme, stamp, stem, files, warnings, outputs);
        }
        return new BuildResult(book, outputs, warnings);
    }

    private static void writeEditions(BuildRequest request, Book book, Theme theme, Instant stamp, String stem,
                                      List<Path> files, List<String> warnings, List<Path> outputs) {
        for (OutputFormat format : request.formats()) {
            Path target = request.outputFolder().resolve(stem + "." + format.extension());
            switch (format) {
                case EPUB -> warnings.addAll(new EpubWriter().write(book, theme,
                        request.epub().toBuilder().modified(stamp).source(source(files)).build(), target));
                case PDF -> warnings.addAll(new PdfWriter().write(book, theme, FontSet.bundled(),
                        request.pdf().toBuilder().modified(stamp).build(), target));
            }
            outputs.add(target);
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new DuetException(folder + ": cannot write to this folder (" + IoErrors.describe(e) + ")", e);
        }
    }

    /**
     * Parses the bundled faces the editions will set on a second thread while this one reads and
     * structures the text: on two cores the parse (a quarter of a second for the two Chinese faces)
     * then costs no time. A face that fails to parse is left for the writer to report.
     */
    private static void prepareFonts(BuildRequest request) {
        List<Runnable> parses = new ArrayList<>();
        if (request.formats().contains(OutputFormat.EPUB)) {
            // The EPUB subsets these and its cover is drawn from them.
            for (FontRole role : List.of(FontRole.CHINESE_REGULAR, FontRole.LATIN_REGULAR, FontRole.CHINESE_BOLD,
                    FontRole.LATIN_BOLD)) {
                parses.add(() -> TrueTypeFace.bundled(role));
            }
        }
        if (request.formats().contains(OutputFormat.PDF)) {
            List<FontRole> roles = new ArrayList<>();
            if (request.pdf().chineseFont() == null) {
                roles.addAll(List.of(FontRole.CHINESE_REGULAR, FontRole.CHINESE_BOLD));
            }
            if (request.pdf().latinFont() == null) {
                roles.addAll(List.of(FontRole.LATIN_REGULAR, FontRole.LATIN_BOLD, FontRole.LATIN_ITALIC));
            }
            roles.forEach(role -> parses.add(() -> FontSet.bundled().font(role)));
        }
        if (!parses.isEmpty()) {
            Background.run("fonts", () -> parses.forEach(Runnable::run));
        }
    }

    /**
     * The one line a build gives for all the page furniture it left out: {@code lines} in all, of which
     * {@code hidden} are parts a web page hides (a browser shows no text of them), which
     * {@code --keep-furniture} does not bring back — it keeps a text's furniture lines and a page's
     * parts around its article.
     */
    static String droppedLine(int lines, int hidden, int files) {
        return "left out " + lines + " line" + (lines == 1 ? "" : "s") + " of page furniture"
                + (files > 1 ? " from the " + files + " files" : "") + " (" + keepingHint(lines, hidden) + ")";
    }

    /** What brings back dropped furniture: {@code duet inspect} lists it all, {@code --keep-furniture} keeps all it can. */
    public static String keepingHint(int lines, int hidden) {
        if (hidden == 0) {
            return "duet inspect lists them; --keep-furniture keeps them";
        }
        if (hidden >= lines) {
            return "duet inspect lists them: the page hides them, a browser shows no text of them";
        }
        return "duet inspect lists them; --keep-furniture keeps all but the " + hidden + " the page hides";
    }

    /** How many of the inputs' dropped parts are a web page's hidden elements, which {@code --keep-furniture} leaves out too. */
    public static int hiddenParts(List<Draft> drafts) {
        return (int) drafts.stream().flatMap(draft -> draft.dropped().stream())
                .filter(part -> part.reason().equals(press.duet.read.html.HtmlReader.HIDDEN_PART)).count();
    }

    /** Reads and structures the inputs without writing anything: what {@code duet inspect} shows. */
    public static Inspection inspect(BuildRequest request) {
        List<Path> named = request.inputs().isEmpty() ? List.of(exampleBook()) : request.inputs();
        List<Finding> noticed = new ArrayList<>();
        List<Path> files = InputFiles.expand(named, request.followLinks(), noticed::add);
        Format format = formatForcedBy(request.structure().shape());
        ReadOptions options = new ReadOptions(request.encoding(), request.structure().keepFurniture());
        List<Draft> drafts = new ArrayList<>();
        for (Path file : files) {
            drafts.add(Readers.readWith(file, options, format, noticed::add));
        }
        return new Inspection(drafts, Structurer.structure(drafts, request.structure()), noticed);
    }

    /** A forced Markdown or table shape means reading every file in that format; else each file's name decides. */
    private static Format formatForcedBy(Shape shape) {
        if (shape == Shape.MARKDOWN) {
            return Format.MARKDOWN;
        }
        return shape == Shape.TABLE ? Format.TABLE : null;
    }

    /** The bundled example, from the folder the launcher names as Duet's home (else the current one). */
    static Path exampleBook() {
        Path home = Path.of(System.getProperty("duet.home", "."));
        Path example = home.resolve("examples").resolve("duet-guide.md");
        if (!Files.isRegularFile(example)) {
            throw new DuetException(example + ": no input was named and the example book is not here;"
                    + " name a text file to publish (duet build FILE)");
        }
        return example;
    }

    /** SOURCE_DATE_EPOCH when set, else the text's own date, else a fixed date: never the clock. */
    static Instant timestamp(Book book, String sourceDateEpoch) {
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
            } catch (NumberFormatException e) {
                throw new DuetException("SOURCE_DATE_EPOCH: \"" + sourceDateEpoch + "\" is not a number of seconds");
            }
        }
        return book.metadata().publicationDate()
                .map(date -> date.atStartOfDay().toInstant(ZoneOffset.UTC))
                .orElse(FALLBACK_TIMESTAMP);
    }

    /** The input files' names for the EPUB's colophon: names only, so the book does not depend on the folder. */
    private static String source(List<Path> files) {
        return String.join(", ", files.stream().map(file -> file.getFileName().toString()).toList());
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void checkWritable(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new DuetException(folder + ": the output path is a file, not a folder");
        }
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isWritable(existing)) {
            throw new DuetException(folder + ": cannot write to this folder (permission denied)");
        }
    }
}
