package press.duet.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import press.duet.io.AtomicOutput;
import press.duet.io.IoErrors;
import press.duet.report.DuetException;
import press.duet.report.UsageException;

/**
 * Renders PDF pages to PNG images with PDFBox, so that a user can look at a PDF without a viewer.
 *
 * <pre>{@code
 * List<Path> images = PagePreview.render(Path.of("output/book.pdf"), "1-3", 110, null);
 * }</pre>
 */
public final class PagePreview {
    private PagePreview() {
    }

    /** Renders the pages, as {@code NAME-pN.png} in {@code folder} (null: beside the PDF); returns the images. */
    public static List<Path> render(Path pdf, String pages, int dpi, Path folder) {
        if (Files.isDirectory(pdf)) {
            throw new DuetException(pdf + ": a folder, not a PDF file");
        }
        if (!Files.isRegularFile(pdf)) {
            throw new DuetException(pdf + ": no such file");
        }
        if (dpi < 20 || dpi > 600) {
            throw new UsageException("--dpi: " + dpi + " is outside 20 to 600");
        }
        Path target = folder != null ? folder : pdf.toAbsolutePath().getParent();
        String stem = pdf.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
        List<Path> images = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int count = document.getNumberOfPages();
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page : pageNumbers(pages, count)) {
                BufferedImage image = renderer.renderImageWithDPI(page - 1, dpi, ImageType.RGB);
                Path png = target.resolve(stem + "-p" + page + ".png");
                AtomicOutput.write(png, out -> ImageIO.write(image, "png", out));
                images.add(png);
            }
        } catch (IOException e) {
            throw new DuetException(pdf + ": cannot read the PDF (" + IoErrors.describe(e) + ")", e);
        }
        return images;
    }

    /** The page numbers a range such as "1-3,7" names, checked against the page count. */
    static List<Integer> pageNumbers(String range, int count) {
        TreeSet<Integer> pages = new TreeSet<>();
        for (String piece : range.split(",")) {
            String part = piece.strip();
            if (!part.matches("\\d+(-\\d+)?")) {
                throw new UsageException("--pages: '" + range + "' is not a page range such as 1-3 or 2,5");
            }
            String[] ends = part.split("-");
            int from = Integer.parseInt(ends[0]);
            int to = ends.length > 1 ? Integer.parseInt(ends[1]) : from;
            if (from < 1 || to < from || to > count) {
                throw new UsageException("--pages: " + part + " is outside the document's pages 1-" + count);
            }
            for (int p = from; p <= to; p++) {
                pages.add(p);
            }
        }
        return new ArrayList<>(pages);
    }
}
