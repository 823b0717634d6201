package press.duet.cli;

import press.duet.epub.EpubOptions;

/** The command-line options that only the EPUB edition reads. */
@picocli.CommandLine.Command
final class EpubCliOptions {
    void applyTo(EpubOptions.Builder epub) {
        // No EPUB-only options yet; --layout and --first apply to both editions.
    }
}
