package press.duet.font;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Installed TrueType faces an EPUB can embed a subset of, for characters neither bundled face has:
 * the first font in {@link SystemFonts#filesWith}'s order (serif first) that is a TrueType file FontBox
 * can cut down, whose licence flags allow embedding a subset, and that really maps the character.
 * Each file is parsed once.
 *
 * <pre>{@code
 * Optional<InstalledFaces.Found> found = new InstalledFaces().faceFor(0x0E3F); // DejaVu Serif, say
 * }</pre>
 */
public final class InstalledFaces {
    /** An installed face and the file it came from. */
    public record Found(String file, TrueTypeFace face) {
    }

    private final Map<Integer, Optional<Found>> byCodePoint = new HashMap<>();
    private final Map<String, Optional<TrueTypeFace>> byFile = new HashMap<>();

    /** A face that has the character, if any installed font that can be embedded does. */
    public synchronized Optional<Found> faceFor(int codePoint) {
        return byCodePoint.computeIfAbsent(codePoint, this::find);
    }

    private Optional<Found> find(int codePoint) {
        for (String file : SystemFonts.filesWith(codePoint)) {
            Optional<TrueTypeFace> face = byFile.computeIfAbsent(file, InstalledFaces::tryParse);
            if (face.isPresent() && face.get().covers(codePoint)) {
                return Optional.of(new Found(file, face.get()));
            }
        }
        return Optional.empty();
    }

    /** Only single TrueType files: FontBox's subsetter cuts glyf outlines, not CFF or collections. */
    private static Optional<TrueTypeFace> tryParse(String file) {
        if (!file.toLowerCase(Locale.ROOT).endsWith(".ttf")) {
            return Optional.empty();
        }
        try {
            TrueTypeFace face = TrueTypeFace.of(Path.of(file).getFileName().toString(), Files.readAllBytes(Path.of(file)));
            return face.embeddableAsSubset() && face.hasOutlines() ? Optional.of(face) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a font that cannot be read or cut is no fallback
        }
    }
}
