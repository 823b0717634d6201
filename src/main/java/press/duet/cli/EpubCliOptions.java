package press.duet.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import press.duet.epub.EpubOptions;
import press.duet.epub.FontEmbedding;
import press.duet.report.UsageException;

/** The command-line options that only the EPUB edition reads. */
@CommandLine.Command
final class EpubCliOptions {
    @Option(names = "--embed-fonts", paramLabel = "subset|none", defaultValue = "subset",
            description = "EPUB: embed the bundled fonts cut down to the characters the book uses, or none"
                    + " (default: ${DEFAULT-VALUE}).")
    String embedFonts;

    @Option(names = "--cover", paramLabel = "FILE",
            description = "EPUB: a PNG or JPEG cover image (default: one drawn from the titles and authors).")
    Path cover;

    void applyTo(EpubOptions.Builder epub) {
        epub.embedFonts(fontEmbedding()).cover(cover);
    }

    private FontEmbedding fontEmbedding() {
        try {
            return FontEmbedding.named(embedFonts);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--embed-fonts: unknown choice '" + embedFonts + "' (choose subset or none)");
        }
    }
}
