package press.duet.font;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openpdf.text.pdf.BaseFont;

/**
 * Finds an installed font that has a character the book's fonts lack, by asking fontconfig
 * ({@code fc-list ':charset=4E00' file}). Fonts found are loaded once; where fontconfig is absent
 * nothing is found, and the character is reported instead.
 */
public final class SystemFonts {
    private final Map<Integer, Optional<BaseFont>> byCodePoint = new HashMap<>();
    private final Map<String, Optional<BaseFont>> byFile = new HashMap<>();

    /** A font that has the character, if any installed font does. */
    public synchronized Optional<BaseFont> fontFor(int codePoint) {
        return byCodePoint.computeIfAbsent(codePoint, this::find);
    }

    private Optional<BaseFont> find(int codePoint) {
        for (String file : filesWith(codePoint)) {
            Optional<BaseFont> font = byFile.computeIfAbsent(file, SystemFonts::tryLoad);
            if (font.isPresent() && font.get().charExists(codePoint)) {
                return font;
            }
        }
        return Optional.empty();
    }

    private static Optional<BaseFont> tryLoad(String file) {
        try {
            return Optional.of(FontFiles.load(file).font());
        } catch (RuntimeException e) {
            return Optional.empty(); // a font OpenPDF cannot embed is no fallback
        }
    }

    /** Font files that fontconfig says cover the character, sorted so that the choice is stable. */
    public static List<String> filesWith(int codePoint) {
        List<String> files = new ArrayList<>();
        try {
            Process process = new ProcessBuilder("fc-list", String.format(Locale.ROOT, ":charset=%X", codePoint), "file")
                    .redirectErrorStream(true).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return files;
            }
            for (String line : out.split("\n")) {
                String file = line.strip().replaceFirst(":$", "");
                String lower = file.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".ttf") || lower.endsWith(".otf") || lower.endsWith(".ttc")) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            return files; // no fontconfig on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return files;
        }
        // Upright regular faces first, then by path, so that the choice is the same on every run.
        files.sort(java.util.Comparator.comparing((String f) -> f.toLowerCase(Locale.ROOT).matches(".*(bold|italic|oblique|light|black).*"))
                .thenComparing(f -> f));
        return files;
    }
}
