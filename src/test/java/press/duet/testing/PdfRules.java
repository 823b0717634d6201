package press.duet.testing;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/** The horizontal rules a PDF strokes (a footnote rule, a strike rule): their page, ends and height. */
public final class PdfRules {
    /** A stroked horizontal line from {@code left} to {@code right} at {@code y} (PDF coordinates). */
    public record Rule(int page, float left, float right, float y) {
        public float length() {
            return right - left;
        }
    }

    private PdfRules() {
    }

    public static List<Rule> rules(Path pdf) throws IOException {
        List<Rule> rules = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int p = 0;
            for (PDPage page : document.getPages()) {
                new RuleFinder(page, ++p, rules).processPage(page);
            }
        }
        return rules;
    }

    /** Keeps each stroked path that is one horizontal segment. */
    private static final class RuleFinder extends PDFGraphicsStreamEngine {
        private final int page;
        private final List<Rule> rules;
        private final List<Point2D.Float> points = new ArrayList<>();
        private boolean straight = true;

        RuleFinder(PDPage page, int number, List<Rule> rules) {
            super(page);
            this.page = number;
            this.rules = rules;
        }

        @Override
        public void moveTo(float x, float y) {
            points.clear();
            straight = true;
            points.add(new Point2D.Float(x, y));
        }

        @Override
        public void lineTo(float x, float y) {
            points.add(new Point2D.Float(x, y));
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            straight = false;
        }

        @Override
        public void strokePath() {
            if (straight && points.size() == 2 && Math.abs(points.get(0).y - points.get(1).y) < 0.01f) {
                float a = points.get(0).x;
                float b = points.get(1).x;
                rules.add(new Rule(page, Math.min(a, b), Math.max(a, b), points.get(0).y));
            }
            endPath();
        }

        @Override
        public void endPath() {
            points.clear();
            straight = true;
        }

        @Override
        public void fillPath(int windingRule) {
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            endPath();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            straight = false;
        }

        @Override
        public void drawImage(PDImage image) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return points.isEmpty() ? new Point2D.Float() : points.get(points.size() - 1);
        }

        @Override
        public void closePath() {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
