package press.duet.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import press.duet.io.AtomicOutput;
import press.duet.model.BilingualText;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.style.Theme;

/**
 * Writes a book as an EPUB 3 publication: a title page, a navigation document and an NCX, one XHTML
 * file per chapter, and the theme's style sheet.
 *
 * <p>The EPUB 3 packaging is our own, here and in {@link PackageDocument}: epublib and its forks
 * write only package version 2.0, so they serve Duet for reading EPUBs, not for writing them. Each
 * chapter is written straight into the zip stream, so a long book never sits in memory as XHTML.
 *
 * <pre>{@code
 * new EpubWriter().write(book, Theme.named("default"), options, Path.of("output/book.epub"));
 * }</pre>
 */
public final class EpubWriter {
    private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);

    public void write(Book book, Theme theme, EpubOptions options, Path target) {
        AtomicOutput.write(target, out -> writeTo(out, book, theme, options));
    }

    static String chapterId(int number) {
        return String.format("ch%03d", number);
    }

    static String chapterHref(int number) {
        return "text/" + chapterId(number) + ".xhtml";
    }

    private void writeTo(OutputStream target, Book book, Theme theme, EpubOptions options) throws IOException {
        String identifier = "urn:uuid:" + UUID.nameUUIDFromBytes(book.fingerprint().getBytes(StandardCharsets.US_ASCII));
        LocalDateTime stamp = LocalDateTime.ofInstant(options.modified(), ZoneOffset.UTC);
        List<BilingualText> titles = book.chapters().stream().map(Chapter::title).toList();
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        writeMimetype(zip, stamp);
        Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        entry(zip, "META-INF/container.xml", stamp);
        text.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
                + "<rootfiles>\n<rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>\n"
                + "</rootfiles>\n</container>\n");
        done(zip, text);
        entry(zip, "OEBPS/content.opf", stamp);
        PackageDocument.write(text, book.metadata(), identifier, options.modified(), book.chapters().size());
        done(zip, text);
        entry(zip, "OEBPS/styles/duet.css", stamp);
        text.write(theme.css());
        done(zip, text);
        entry(zip, "OEBPS/title.xhtml", stamp);
        TitlePage.write(text, book.metadata());
        done(zip, text);
        entry(zip, "OEBPS/nav.xhtml", stamp);
        Navigation.writeNav(text, book.metadata(), titles);
        done(zip, text);
        entry(zip, "OEBPS/toc.ncx", stamp);
        Navigation.writeNcx(text, book.metadata(), identifier, titles);
        done(zip, text);
        for (int i = 0; i < book.chapters().size(); i++) {
            entry(zip, "OEBPS/" + chapterHref(i + 1), stamp);
            ChapterPage.write(text, book.chapters().get(i), i + 1, book.metadata());
            done(zip, text);
        }
        zip.finish();
    }

    /** The mimetype entry comes first and uncompressed, as the OCF container format requires. */
    private static void writeMimetype(ZipOutputStream zip, LocalDateTime stamp) throws IOException {
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(MIMETYPE.length);
        entry.setCompressedSize(MIMETYPE.length);
        CRC32 crc = new CRC32();
        crc.update(MIMETYPE);
        entry.setCrc(crc.getValue());
        entry.setTimeLocal(stamp);
        zip.putNextEntry(entry);
        zip.write(MIMETYPE);
        zip.closeEntry();
    }

    private static void entry(ZipOutputStream zip, String name, LocalDateTime stamp) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(stamp);
        zip.putNextEntry(entry);
    }

    private static void done(ZipOutputStream zip, Writer text) throws IOException {
        text.flush();
        zip.closeEntry();
    }
}
