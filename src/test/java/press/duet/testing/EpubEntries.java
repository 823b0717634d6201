package press.duet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads the files inside an EPUB, for tests that check what the writer put there. */
public final class EpubEntries {
    private EpubEntries() {
    }

    /** The bytes of one entry, or null when the EPUB has no such entry. */
    public static byte[] bytes(Path epub, String name) {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            return entry == null ? null : zip.getInputStream(entry).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one entry, which must exist. */
    public static String text(Path epub, String name) {
        byte[] bytes = bytes(epub, name);
        if (bytes == null) {
            throw new AssertionError(epub + " has no entry " + name + "; it has " + names(epub));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The entries' names, in the order the zip holds them. */
    public static List<String> names(Path epub) {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                names.add(entries.nextElement().getName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
