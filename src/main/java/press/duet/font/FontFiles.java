package press.duet.font;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.openpdf.text.pdf.BaseFont;
import press.duet.io.IoErrors;
import press.duet.report.DuetException;

/**
 * Loads a font file named by the user or found on the system, for embedding with Unicode
 * (Identity-H) encoding: {@code .ttf}, {@code .otf}, or one face of a {@code .ttc} collection
 * written {@code file.ttc,1} (the first face when no index is given).
 */
public final class FontFiles {
    /** A loaded font: its OpenPDF face, the file's bytes and the name to show. */
    public record Loaded(BaseFont font, byte[] bytes, String name) {
    }

    private FontFiles() {
    }

    /**
     * Checks the font a user named without loading it for a PDF: the file is there, is a font and is
     * whole. A build checks its fonts so before it writes any edition, so that a bad font never leaves
     * an EPUB written and the PDF refused.
     */
    public static void check(String spec) {
        read(spec);
    }

    public static Loaded load(String spec) {
        Read read = read(spec);
        try {
            BaseFont font = BaseFont.createFont(read.name(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, read.bytes(), null);
            SubsetTags.install(font, font.getPostscriptFontName());
            return new Loaded(font, read.bytes(), read.name());
        } catch (IOException | RuntimeException e) {
            throw new DuetException(read.file() + ": the font cannot be read (" + (e.getMessage() == null
                    ? "it is damaged: " + e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        }
    }

    private record Read(String file, byte[] bytes, String name) {
    }

    private static Read read(String spec) {
        String file = spec;
        int index = -1;
        int comma = spec.lastIndexOf(',');
        if (comma > 0 && spec.substring(comma + 1).matches("\\d+")) {
            file = spec.substring(0, comma);
            index = Integer.parseInt(spec.substring(comma + 1));
        }
        Path path = Path.of(file);
        String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(path)) {
            throw new DuetException(file + ": a folder, not a font file");
        }
        if (!Files.isRegularFile(path)) {
            throw new DuetException(file + ": no such font file");
        }
        if (!(lower.endsWith(".ttf") || lower.endsWith(".otf") || lower.endsWith(".ttc"))) {
            throw new DuetException(file + ": not a font file Duet can embed (.ttf, .otf or .ttc)");
        }
        if (lower.endsWith(".ttc") && index < 0) {
            index = 0;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new DuetException(file + ": cannot read the font (" + IoErrors.describe(e) + ")", e);
        }
        String name = path.getFileName().toString() + (index >= 0 ? "," + index : "");
        java.util.Optional<String> problem = FontFileCheck.problem(bytes, Math.max(index, 0));
        if (problem.isPresent()) {
            throw new DuetException(file + ": the font cannot be used: " + problem.get());
        }
        return new Read(file, bytes, name);
    }
}
