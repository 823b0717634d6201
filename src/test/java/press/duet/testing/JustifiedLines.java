package press.duet.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;

/**
 * The English lines of a PDF as PDFBox finds their glyphs, with the widest word space of each and
 * whether the line is justified (reaches its column's right edge): what the loose-line share counts.
 */
public final class JustifiedLines {
    /** Wider than any word space of a justified line, narrower than the gap between two columns. */
    private static final float COLUMN_GAP = 14;

    /** An English line: its page, text, widest word space as a share of the em, and whether it is justified. */
    public record EnglishLine(int page, float y, String text, float widestSpace, boolean justified) {
    }

    private JustifiedLines() {
    }

    /** Every line set mostly in the Latin face (Literata), top to bottom, page by page. */
    public static List<EnglishLine> english(Path pdf) throws IOException {
        List<EnglishLine> result = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                List<List<TextPosition>> segments = new ArrayList<>();
                List<Integer> baselines = new ArrayList<>();
                for (var entry : PdfInspection.glyphsByBaseline(document, p).entrySet()) {
                    List<TextPosition> glyphs = entry.getValue();
                    List<TextPosition> current = new ArrayList<>();
                    for (TextPosition glyph : glyphs) {
                        if (!current.isEmpty() && glyph.getXDirAdj() - end(current.get(current.size() - 1)) > COLUMN_GAP) {
                            segments.add(current);
                            baselines.add(entry.getKey());
                            current = new ArrayList<>();
                        }
                        current.add(glyph);
                    }
                    segments.add(current);
                    baselines.add(entry.getKey());
                }
                float rightEdge = 0;
                List<Integer> englishSegments = new ArrayList<>();
                for (int s = 0; s < segments.size(); s++) {
                    if (isEnglish(segments.get(s))) {
                        englishSegments.add(s);
                        List<TextPosition> segment = segments.get(s);
                        rightEdge = Math.max(rightEdge, end(segment.get(segment.size() - 1)));
                    }
                }
                for (int s : englishSegments) {
                    List<TextPosition> segment = segments.get(s);
                    StringBuilder text = new StringBuilder();
                    segment.forEach(g -> text.append(g.getUnicode()));
                    boolean justified = end(segment.get(segment.size() - 1)) >= rightEdge - 0.6f;
                    result.add(new EnglishLine(p, baselines.get(s), text.toString(), widestSpace(segment), justified));
                }
            }
        }
        return result;
    }

    /** The share of justified English lines whose widest word space is wider than {@code ems} of the em. */
    public static double looseShare(List<EnglishLine> lines, float ems) {
        long justified = lines.stream().filter(EnglishLine::justified).count();
        long loose = lines.stream().filter(l -> l.justified() && l.widestSpace() > ems).count();
        return justified == 0 ? 0 : (double) loose / justified;
    }

    private static boolean isEnglish(List<TextPosition> segment) {
        int latin = 0;
        int other = 0;
        for (TextPosition glyph : segment) {
            if (" ".equals(glyph.getUnicode())) {
                continue;
            }
            if (glyph.getFont().getName() != null && glyph.getFont().getName().contains("Literata")) {
                latin++;
            } else {
                other++;
            }
        }
        return latin >= 8 && latin > other * 4;
    }

    /** The widest gap between two words, from the end of one's last glyph to the next one's first, in ems. */
    private static float widestSpace(List<TextPosition> segment) {
        float widest = 0;
        TextPosition lastInk = null;
        boolean spaceSeen = false;
        for (TextPosition glyph : segment) {
            if (" ".equals(glyph.getUnicode())) {
                spaceSeen = true;
                continue;
            }
            if (lastInk != null && spaceSeen) {
                float gap = glyph.getXDirAdj() - end(lastInk);
                widest = Math.max(widest, gap / glyph.getFontSizeInPt());
            }
            lastInk = glyph;
            spaceSeen = false;
        }
        return widest;
    }

    private static float end(TextPosition glyph) {
        return glyph.getXDirAdj() + glyph.getWidthDirAdj();
    }
}
