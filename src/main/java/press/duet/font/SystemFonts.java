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
    private static List<String> serifOrder;

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

    /**
     * Font files that fontconfig says cover the character, best first for a book set in serif faces:
     * in the order fontconfig sorts its fonts for the generic family {@code serif} in regular weight
     * ({@code fc-match -s}, asked once), which puts the fonts its configuration calls serif first, so
     * that a character is drawn serif among serif text wherever an installed serif font has it.
     */
    public static List<String> filesWith(int codePoint) {
        String charset = String.format(Locale.ROOT, ":charset=%X", codePoint);
        List<String> covering = fontFiles(fc("fc-list", charset, "file"));
        if (covering.isEmpty()) {
            return covering;
        }
        List<String> files = new ArrayList<>();
        for (String file : serifOrder()) {
            if (covering.contains(file) && !files.contains(file)) {
                files.add(file);
            }
        }
        covering.stream().sorted().filter(file -> !files.contains(file)).forEach(files::add);
        return files;
    }

    /**
     * Every installed font file in the order fontconfig sorts them for a regular upright serif, asked
     * once: the order does not depend on the character, which {@link #filesWith} filters by.
     */
    private static synchronized List<String> serifOrder() {
        if (serifOrder == null) {
            serifOrder = fontFiles(fc("fc-match", "-s", "serif:weight=regular:slant=roman", "file"));
        }
        return serifOrder;
    }

    /** The font files in fontconfig's output, one a line, as it printed them ({@code file=…} or {@code …:}). */
    private static List<String> fontFiles(String out) {
        List<String> files = new ArrayList<>();
        for (String line : out.split("\n")) {
            String file = line.strip().replaceFirst("^:?file=", "").replaceFirst(":$", "");
            String lower = file.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".ttf") || lower.endsWith(".otf") || lower.endsWith(".ttc")) {
                files.add(file);
            }
        }
        return files;
    }

    /** What a fontconfig command prints; empty when fontconfig is absent or fails. */
    private static String fc(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return "";
            }
            return out;
        } catch (IOException e) {
            return ""; // no fontconfig on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
