package press.duet.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import press.duet.BuildRequest;
import press.duet.BuildResult;
import press.duet.Duet;
import press.duet.OutputFormat;
import press.duet.epub.EpubOptions;
import press.duet.model.Book;
import press.duet.model.Lang;
import press.duet.model.Pair;
import press.duet.pdf.PdfOptions;
import press.duet.report.UsageException;
import press.duet.style.Layout;
import press.duet.text.PunctuationStyle;

/** {@code duet build}: publishes texts as EPUB and PDF and prints a one-line summary and the warnings. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Publishes a parallel text as an EPUB 3 e-book and a PDF.",
                "With no INPUT, publishes the bundled example book."})
final class BuildCommand implements Callable<Integer> {
    /** More warnings than this are counted, not listed. */
    private static final int WARNINGS_SHOWN = 20;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Text, Markdown, TSV or CSV files (UTF-8, UTF-16, GB18030 or Big5), EPUB e-books, or folders of them;"
                    + " several files become one book, two files in different languages are aligned.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "Folder for the editions (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "epub,pdf",
            description = "Editions to write, comma-separated: epub, pdf (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--layout", paramLabel = "LAYOUT",
            description = "interleaved, side-by-side, facing (PDF; the EPUB sets it side by side), zh or en"
                    + " (default: interleaved for the EPUB, side-by-side for the PDF).")
    String layout;

    @Option(names = "--first", paramLabel = "zh|en",
            description = "The language set first in each pair (default: as the text has it).")
    String first;

    @Option(names = "--punctuation", paramLabel = "cn|tw",
            description = "Chinese stops and commas in the corner of their square as in mainland China (cn), or centred"
                    + " as in Taiwan and Hong Kong (tw) (default: cn for Simplified, tw for Traditional Chinese).")
    String punctuation;

    @Option(names = "--style", paramLabel = "NAME|PATH", defaultValue = "default",
            description = "Theme: default, study (greys the second language, numbers the pairs), or a CSS file (default: ${DEFAULT-VALUE}).")
    String style;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Mixin
    InputCliOptions input = new InputCliOptions();

    @Mixin
    EpubCliOptions epub = new EpubCliOptions();

    @Mixin
    PdfCliOptions pdf = new PdfCliOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        BuildRequest request = request();
        BuildResult result = MemoryLimit.guard(request.inputs(), () -> Duet.build(request));
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        List<String> warnings = result.warnings();
        for (int i = 0; i < Math.min(warnings.size(), WARNINGS_SHOWN); i++) {
            err.println("warning: " + ErrorReporter.oneLine(warnings.get(i)));
        }
        if (warnings.size() > WARNINGS_SHOWN) {
            err.println("warning: … and " + (warnings.size() - WARNINGS_SHOWN) + " more");
        }
        out.println(summary(result, (System.nanoTime() - started) / 1e9));
        return 0;
    }

    private BuildRequest request() {
        Layout chosen = layout();
        Lang firstLanguage = firstLanguage();
        EpubOptions.Builder epubOptions = EpubOptions.builder().first(firstLanguage);
        PunctuationStyle punctuationStyle = punctuationStyle();
        epubOptions.punctuation(punctuationStyle);
        PdfOptions.Builder pdfOptions = PdfOptions.builder().first(firstLanguage).punctuation(punctuationStyle);
        if (chosen != null) {
            // The same layout for both: the EPUB sets facing pages side by side itself.
            epubOptions.layout(chosen);
            pdfOptions.layout(chosen);
        }
        epub.applyTo(epubOptions);
        pdf.applyTo(pdfOptions);
        BuildRequest.Builder request = BuildRequest.builder()
                .inputs(inputs)
                .outputFolder(output)
                .formats(formats())
                .theme(style)
                .epub(epubOptions.build())
                .pdf(pdfOptions.build());
        input.applyTo(request);
        return request.build();
    }

    private PunctuationStyle punctuationStyle() {
        if (punctuation == null) {
            return null;
        }
        try {
            return PunctuationStyle.named(punctuation);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--punctuation: " + e.getMessage());
        }
    }

    private static String summary(BuildResult result, double seconds) {
        Book book = result.book();
        long complete = book.chapters().stream().flatMap(c -> c.blocks().stream())
                .filter(b -> b instanceof Pair p && p.isComplete()).count();
        List<String> files = result.outputs().stream().map(Path::toString).map(ErrorReporter::oneLine).toList();
        return String.format(Locale.ROOT, "published %s: %d chapter%s, %d pairs (%d with both languages) in %.1f s",
                String.join(" and ", files), book.chapters().size(), book.chapters().size() == 1 ? "" : "s",
                book.pairCount(), complete, seconds);
    }

    private Layout layout() {
        if (layout == null) {
            return null;
        }
        try {
            return Layout.named(layout);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--layout: unknown layout '" + layout + "' (choose from interleaved, side-by-side, facing, zh, en)");
        }
    }

    private Lang firstLanguage() {
        if (first == null) {
            return null;
        }
        return switch (first.strip().toLowerCase(Locale.ROOT)) {
            case "zh", "zh-hans", "zh-hant", "chinese" -> Lang.ZH_HANS;
            case "en", "english" -> Lang.EN;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--first: unknown language '" + first + "' (choose zh or en)");
        };
    }

    private Set<OutputFormat> formats() {
        Set<OutputFormat> chosen = EnumSet.noneOf(OutputFormat.class);
        for (String name : formats) {
            if (name.isBlank()) {
                continue; // "epub," or ",pdf": the empty item names nothing
            }
            try {
                chosen.add(OutputFormat.named(name));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--format: unknown format '" + name + "' (choose from epub, pdf)");
            }
        }
        if (chosen.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format: no format given (choose from epub, pdf)");
        }
        return chosen;
    }
}
