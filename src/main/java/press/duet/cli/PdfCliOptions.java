package press.duet.cli;

import picocli.CommandLine.Option;
import press.duet.pdf.ChapterStart;
import press.duet.pdf.NotePlacement;
import press.duet.pdf.Paper;
import press.duet.pdf.PdfOptions;
import press.duet.report.UsageException;

/** The command-line options that only the PDF edition reads. */
@picocli.CommandLine.Command
final class PdfCliOptions {
    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "A4",
            description = "PDF paper: A4, A5, B5, Letter or 6x9in (default: ${DEFAULT-VALUE}).")
    String paper;

    @Option(names = "--handout",
            description = "PDF handout for class: numbered pairs (¶ 1, ¶ 2 …), a notes margin, title and date on every page.")
    boolean handout;

    @Option(names = "--font-zh", paramLabel = "FILE",
            description = "Font for Chinese in the PDF: .ttf, .otf, or file.ttc,INDEX (default: the bundled Noto Serif SC).")
    String chineseFont;

    @Option(names = "--font-en", paramLabel = "FILE",
            description = "Font for English in the PDF (default: the bundled Literata).")
    String latinFont;

    @Option(names = "--font-size", paramLabel = "POINTS", defaultValue = "10.5",
            description = "PDF body text size in points, 6 to 24 (default: ${DEFAULT-VALUE}).")
    float fontSize;

    @Option(names = "--hyphenate", paramLabel = "en-us|none", defaultValue = "en-us",
            description = "PDF: hyphenate justified English by the TeX US English patterns, or none"
                    + " (default: ${DEFAULT-VALUE}).")
    String hyphenate;

    @Option(names = "--chapter-start", paramLabel = "new-page|right-page|continue",
            description = "PDF: start each chapter on a new page, on a right-hand page, or continue on the same page"
                    + " after a break (default: continue when most chapters are shorter than a page, else new-page).")
    String chapterStart;

    @Option(names = "--notes", paramLabel = "footnotes|endnotes", defaultValue = "footnotes",
            description = "PDF: set notes at the foot of their references' pages, or after each chapter"
                    + " (default: ${DEFAULT-VALUE}).")
    String notes;

    void applyTo(PdfOptions.Builder pdf) {
        try {
            pdf.notes(NotePlacement.named(notes));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--notes: " + e.getMessage());
        }
        if (!hyphenate.equals("en-us") && !hyphenate.equals("none")) {
            throw new UsageException("--hyphenate: unknown choice '" + hyphenate + "' (choose en-us or none)");
        }
        pdf.hyphenate(hyphenate.equals("en-us"));
        if (chapterStart != null) {
            try {
                pdf.chapterStart(ChapterStart.named(chapterStart));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--chapter-start: " + e.getMessage());
            }
        }
        try {
            pdf.paper(Paper.named(paper));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--paper: " + e.getMessage());
        }
        if (!(fontSize >= 6 && fontSize <= 24)) { // also false for NaN, which passes every comparison
            throw new UsageException("--font-size: " + fontSize + " is not a size from 6 to 24 points");
        }
        OptionValues.notBlank("--font-zh", chineseFont);
        OptionValues.notBlank("--font-en", latinFont);
        pdf.handout(handout).chineseFont(chineseFont).latinFont(latinFont).fontSize(fontSize);
    }
}
