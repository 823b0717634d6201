package press.duet.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import press.duet.text.CjkPunctuation;
import press.duet.text.KinsokuRules;
import press.duet.text.Scripts;

/**
 * The Chinese lines of a PDF as PDFBox finds their glyphs, and how each was set: whether it breaks a
 * kinsoku rule, whether it was spread by more than an em in all (room for one more character: a
 * character was pushed to the next line), and whether it squeezed a mark's blank half (beyond the
 * blank two marks side by side always give up).
 */
public final class ChineseLines {
    /** Wider than any gap inside a line, narrower than the gap between two columns. */
    private static final float COLUMN_GAP = 14;
    /** A gap smaller than this share of the em is rounding, not spacing. */
    private static final float TOLERANCE = 0.02f;

    /** A line: its page, text, the space added between its characters in ems, and whether it squeezes a mark. */
    public record ChineseLine(int page, String text, float added, boolean squeezed) {
        /** Whether the first or last character breaks a line-start or line-end rule. */
        public boolean breaksKinsoku() {
            return !KinsokuRules.mayStartLine(text.codePointAt(0)) || !KinsokuRules.mayEndLine(text.codePointBefore(text.length()));
        }

        /** Spread by at least an em in all: a line that pushed a character down. */
        public boolean pushed() {
            return added >= 1 - TOLERANCE;
        }
    }

    /** The figures of a PDF's Chinese lines. */
    public record Figures(int lines, int kinsoku, int pushed, int squeezed) {
        @Override
        public String toString() {
            return String.format("%d Chinese lines: %d kinsoku violations, %d (%.1f %%) pushed a character, "
                    + "%d (%.1f %%) squeezed punctuation", lines, kinsoku, pushed, percent(pushed), squeezed, percent(squeezed));
        }

        private double percent(int count) {
            return lines == 0 ? 0 : 100.0 * count / lines;
        }
    }

    private ChineseLines() {
    }

    /** Every line of at least four characters set mostly in Chinese, top to bottom, page by page. */
    public static List<ChineseLine> of(Path pdf) throws IOException {
        List<ChineseLine> result = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                for (List<TextPosition> glyphs : PdfInspection.glyphsByBaseline(document, p).values()) {
                    List<TextPosition> current = new ArrayList<>();
                    for (TextPosition glyph : glyphs) {
                        if (!current.isEmpty() && glyph.getXDirAdj() - end(current.get(current.size() - 1)) > COLUMN_GAP) {
                            addIfChinese(current, p, result);
                            current = new ArrayList<>();
                        }
                        current.add(glyph);
                    }
                    addIfChinese(current, p, result);
                }
            }
        }
        return result;
    }

    /** Counts kinsoku breaches, pushed and squeezed lines. */
    public static Figures figures(List<ChineseLine> lines) {
        return new Figures(lines.size(), (int) lines.stream().filter(ChineseLine::breaksKinsoku).count(),
                (int) lines.stream().filter(ChineseLine::pushed).count(),
                (int) lines.stream().filter(ChineseLine::squeezed).count());
    }

    private static void addIfChinese(List<TextPosition> segment, int page, List<ChineseLine> result) {
        StringBuilder text = new StringBuilder();
        int chinese = 0;
        for (TextPosition glyph : segment) {
            text.append(glyph.getUnicode());
            if (Scripts.isCjk(glyph.getUnicode().codePointAt(0))) {
                chinese++;
            }
        }
        String line = text.toString().strip();
        if (chinese < 4 || chinese * 5 < segment.size() * 4 || line.isEmpty()) {
            return;
        }
        float em = 0;
        for (TextPosition glyph : segment) {
            if (isHan(glyph)) {
                em = Math.max(em, glyph.getWidthDirAdj());
            }
        }
        result.add(new ChineseLine(page, line, added(segment, em), squeezed(segment, em)));
    }

    /**
     * The space added to the line, in ems (a Han character's advance, which PDFBox's font size does
     * not always give): the widest gap between two Han characters (a justified line spreads its slack
     * evenly over such gaps) times the gaps between its glyphs.
     */
    private static float added(List<TextPosition> segment, float em) {
        float widest = 0;
        for (int i = 1; i < segment.size(); i++) {
            TextPosition before = segment.get(i - 1);
            TextPosition after = segment.get(i);
            if (isHan(before) && isHan(after)) {
                widest = Math.max(widest, (after.getXDirAdj() - end(before)) / em);
            }
        }
        return widest < TOLERANCE ? 0 : widest * (segment.size() - 1);
    }

    /** Whether a mark inside the line has its blank half overlapped by a neighbour that is not a mark. */
    private static boolean squeezed(List<TextPosition> segment, float em) {
        for (int i = 1; i + 1 < segment.size(); i++) {
            TextPosition mark = segment.get(i);
            int c = mark.getUnicode().codePointAt(0);
            TextPosition before = segment.get(i - 1);
            TextPosition after = segment.get(i + 1);
            switch (CjkPunctuation.blank(c)) {
                case RIGHT -> {
                    if (!isMark(after) && end(mark) - after.getXDirAdj() > TOLERANCE * em) {
                        return true;
                    }
                }
                case LEFT -> {
                    if (!isMark(before) && end(before) - mark.getXDirAdj() > TOLERANCE * em) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static boolean isHan(TextPosition glyph) {
        return Character.isIdeographic(glyph.getUnicode().codePointAt(0));
    }

    private static boolean isMark(TextPosition glyph) {
        return CjkPunctuation.blank(glyph.getUnicode().codePointAt(0)) != CjkPunctuation.Blank.NONE;
    }

    private static float end(TextPosition glyph) {
        return glyph.getXDirAdj() + glyph.getWidthDirAdj();
    }

    /**
     * Prints the figures of the Chinese and the English lines of the PDFs named, each and all
     * together: {@code bench/evenness.sh} runs it.
     */
    public static void main(String[] args) throws IOException {
        List<ChineseLine> allChinese = new ArrayList<>();
        List<JustifiedLines.EnglishLine> allEnglish = new ArrayList<>();
        for (String name : args) {
            Path pdf = Path.of(name);
            List<ChineseLine> chinese = of(pdf);
            List<JustifiedLines.EnglishLine> english = JustifiedLines.english(pdf);
            System.out.println(pdf.getFileName() + ": " + describe(chinese, english));
            allChinese.addAll(chinese);
            allEnglish.addAll(english);
        }
        System.out.println("all " + args.length + ": " + describe(allChinese, allEnglish));
    }

    private static String describe(List<ChineseLine> chinese, List<JustifiedLines.EnglishLine> english) {
        long justified = english.stream().filter(JustifiedLines.EnglishLine::justified).count();
        return String.format("%s; %d justified English lines, %.1f %% with a word space wider than half an em",
                figures(chinese), justified, 100 * JustifiedLines.looseShare(english, 0.5f));
    }
}
