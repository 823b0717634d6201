package press.duet.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import press.duet.BuildRequest;
import press.duet.BuildResult;
import press.duet.Duet;
import press.duet.OutputFormat;
import press.duet.model.Book;
import press.duet.report.DuetException;

/** {@code duet build}: publishes texts as EPUB and PDF and prints a one-line summary and the warnings. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Publishes a parallel text as an EPUB 3 e-book and a PDF.",
                "With no INPUT, publishes the bundled example book."})
final class BuildCommand implements Callable<Integer> {
    /** More warnings than this are counted, not listed. */
    private static final int WARNINGS_SHOWN = 20;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Text files (UTF-8, UTF-16) or folders of them; several files become one book.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "Folder for the editions (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "epub,pdf",
            description = "Editions to write, comma-separated: epub, pdf (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of the inputs, for example GB18030 or Big5 (default: UTF-8, or as the byte-order mark says).")
    String encoding;

    @Option(names = "--style", paramLabel = "NAME|PATH", defaultValue = "default",
            description = "Theme: a bundled name or a CSS file (default: ${DEFAULT-VALUE}).")
    String style;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        BuildRequest request = new BuildRequest(inputs, output, formats(), charset(), style);
        BuildResult result = Duet.build(request);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        List<String> warnings = result.warnings();
        for (int i = 0; i < Math.min(warnings.size(), WARNINGS_SHOWN); i++) {
            err.println("warning: " + warnings.get(i));
        }
        if (warnings.size() > WARNINGS_SHOWN) {
            err.println("warning: … and " + (warnings.size() - WARNINGS_SHOWN) + " more");
        }
        out.println(summary(result, (System.nanoTime() - started) / 1e9));
        return 0;
    }

    private static String summary(BuildResult result, double seconds) {
        Book book = result.book();
        long complete = book.chapters().stream().flatMap(c -> c.blocks().stream())
                .filter(b -> b instanceof press.duet.model.Pair p && p.isComplete()).count();
        List<String> files = result.outputs().stream().map(Path::toString).toList();
        return String.format("published %s: %d chapter%s, %d pairs (%d with both languages) in %.1f s",
                String.join(" and ", files), book.chapters().size(), book.chapters().size() == 1 ? "" : "s",
                book.pairCount(), complete, seconds);
    }

    private Set<OutputFormat> formats() {
        Set<OutputFormat> chosen = EnumSet.noneOf(OutputFormat.class);
        for (String name : formats) {
            try {
                chosen.add(OutputFormat.named(name));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--format: unknown format '" + name + "' (choose from epub, pdf)");
            }
        }
        return chosen;
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
