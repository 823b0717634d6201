package press.duet.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import press.duet.preview.PagePreview;
import press.duet.report.UsageException;

/** {@code duet preview}: renders pages of a PDF to PNG images, to look without a PDF viewer. */
@Command(name = "preview", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Renders pages of a PDF to PNG images beside it (or into -o DIR).")
final class PreviewCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.pdf", description = "The PDF to render.")
    Path pdf;

    @Option(names = "--pages", paramLabel = "RANGE", defaultValue = "1-3",
            description = "Pages to render: 2, 1-3, 2,5,7-9 (default: ${DEFAULT-VALUE}).")
    String pages;

    @Option(names = "--dpi", defaultValue = "110", description = "Resolution (default: ${DEFAULT-VALUE}).")
    int dpi;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for the images (default: beside the PDF).")
    Path output;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (dpi < 20 || dpi > 600) {
            throw new UsageException("--dpi: " + dpi + " is not a resolution from 20 to 600");
        }
        List<Path> images = PagePreview.render(pdf, pages, dpi, output);
        for (Path image : images) {
            spec.commandLine().getOut().println(image);
        }
        return 0;
    }
}
