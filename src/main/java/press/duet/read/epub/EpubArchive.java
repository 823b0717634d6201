package press.duet.read.epub;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import press.duet.report.DuetException;

/**
 * The files of an EPUB's zip archive, read into memory under limits that a hostile archive cannot
 * get round: at most {@value #MOST_ENTRIES} entries, none above {@value #LARGEST_ENTRY_MIB} MiB once
 * inflated, none larger than {@value #MOST_INFLATION} times its compressed size when it inflates past
 * one MiB, and all together at most {@value #LARGEST_BOOK_MIB} MiB. A name that climbs out of the book
 * ({@code ../}), an absolute name, and a name given twice are refused. Nothing is written to disk.
 *
 * <pre>{@code
 * EpubArchive archive = EpubArchive.read("book.epub", bytes);
 * byte[] opf = archive.file("OEBPS/content.opf").orElseThrow();
 * }</pre>
 */
final class EpubArchive {
    static final int MOST_ENTRIES = 10_000;
    static final int LARGEST_ENTRY_MIB = 64;
    static final int LARGEST_BOOK_MIB = 256;
    /** A text compresses by a factor of three to ten; a hundred means a file made to blow up. */
    static final int MOST_INFLATION = 100;
    private static final long MIB = 1L << 20;

    private final String name;
    private final Map<String, byte[]> files;

    private EpubArchive(String name, Map<String, byte[]> files) {
        this.name = name;
        this.files = files;
    }

    /**
     * Reads every entry of the archive.
     *
     * @param name the book's name as the user gave it, for errors
     * @throws DuetException naming the book and what is wrong with its archive
     */
    static EpubArchive read(String name, byte[] bytes) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String entryName = entry.getName();
                checkName(name, entryName);
                if (files.size() >= MOST_ENTRIES) {
                    throw new DuetException(name + ": the archive has more than " + MOST_ENTRIES
                            + " files, more than any book holds; Duet does not read it");
                }
                if (files.containsKey(entryName)) {
                    throw new DuetException(name + ": the archive holds two files named " + entryName
                            + ", so which one the book means is not known");
                }
                byte[] content = inflate(name, zip, entry, LARGEST_BOOK_MIB * MIB - total);
                total += content.length;
                if (!entry.isDirectory()) {
                    files.put(entryName, content);
                } else {
                    files.put(entryName, new byte[0]);
                }
            }
        } catch (IOException e) {
            throw new DuetException(name + ": the zip archive is broken (" + reason(e) + ")", e);
        } catch (IllegalArgumentException e) {
            // ZipInputStream reports a name that is not valid in the archive's encoding this way.
            throw new DuetException(name + ": the zip archive is broken (a file name is not valid UTF-8)", e);
        }
        if (files.isEmpty()) {
            throw new DuetException(name + ": not an EPUB (an EPUB is a zip archive, and this file holds none)");
        }
        return new EpubArchive(name, Collections.unmodifiableMap(files));
    }

    /** The file at a path inside the archive, as its entry names it. */
    Optional<byte[]> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    boolean has(String path) {
        return files.containsKey(path);
    }

    /** Every entry's name, in the archive's order. */
    Set<String> names() {
        return files.keySet();
    }

    /** The book's name as the user gave it. */
    String name() {
        return name;
    }

    private static void checkName(String book, String entry) {
        if (entry.isEmpty() || entry.indexOf('\0') >= 0) {
            throw new DuetException(book + ": the archive holds a file without a usable name");
        }
        if (entry.startsWith("/") || entry.startsWith("\\") || entry.matches("(?s)^[A-Za-z]:.*")) {
            throw new DuetException(book + ": the archive holds a file with an absolute name (" + shown(entry)
                    + "); a book's files are named inside the book");
        }
        for (String part : entry.split("[/\\\\]")) {
            if (part.equals("..")) {
                throw new DuetException(book + ": the archive holds a file whose name climbs out of the book ("
                        + shown(entry) + ")");
            }
        }
    }

    /** Inflates one entry, stopping as soon as it passes a limit. */
    private static byte[] inflate(String book, ZipInputStream zip, ZipEntry entry, long room) throws IOException {
        long declaredCompressed = entry.getCompressedSize();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        int read;
        while ((read = zip.read(buffer)) > 0) {
            size += read;
            if (size > LARGEST_ENTRY_MIB * MIB) {
                throw bomb(book, entry, "inflates to more than " + LARGEST_ENTRY_MIB + " MiB");
            }
            if (size > room) {
                throw bomb(book, entry, "takes the book past " + LARGEST_BOOK_MIB + " MiB once inflated");
            }
            if (declaredCompressed > 0 && size > MIB && size > declaredCompressed * MOST_INFLATION) {
                throw bomb(book, entry, "inflates more than " + MOST_INFLATION + " times");
            }
            out.write(buffer, 0, read);
        }
        long compressed = entry.getCompressedSize();
        if (compressed > 0 && size > MIB && size > compressed * MOST_INFLATION) {
            throw bomb(book, entry, "inflates more than " + MOST_INFLATION + " times");
        }
        return out.toByteArray();
    }

    private static DuetException bomb(String book, ZipEntry entry, String what) {
        return new DuetException(book + ": the archive's file " + shown(entry.getName()) + " " + what
                + ", as a zip bomb does; Duet does not read it");
    }

    private static String shown(String entry) {
        return entry.length() > 80 ? entry.substring(0, 80) + "…" : entry;
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.contains("encrypted ZIP entry") ? "a file is encrypted with a zip password" : message;
    }
}
