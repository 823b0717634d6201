package press.duet.cli;

import press.duet.pdf.PdfOptions;

/** The command-line options that only the PDF edition reads. */
@picocli.CommandLine.Command
final class PdfCliOptions {
    void applyTo(PdfOptions.Builder pdf) {
        // No PDF-only options yet; --layout and --first apply to both editions.
    }
}
