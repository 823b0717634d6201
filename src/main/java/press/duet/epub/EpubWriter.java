package press.duet.epub;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import press.duet.edition.Edition;
import press.duet.font.FontRole;
import press.duet.font.InstalledFaces;
import press.duet.font.TrueTypeFace;
import press.duet.io.AtomicOutput;
import press.duet.io.Background;
import press.duet.model.BilingualText;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Lang;
import press.duet.style.Layout;
import press.duet.style.MonolingualEdition;
import press.duet.style.Theme;

/**
 * Writes a book as an EPUB 3 publication: a cover, a title page, a navigation document and an NCX,
 * one XHTML file per chapter, a colophon, the layout and theme style sheets, and the bundled fonts cut
 * down to the characters the pages use.
 *
 * <p>The EPUB 3 packaging is our own, here and in {@link PackageDocument}: epublib and its forks
 * write only package version 2.0, so they serve Duet for reading EPUBs, not for writing them. Each
 * chapter is written straight into the zip stream, so a long book never sits in memory as XHTML; the
 * fonts and the package document come after the pages, once the pages have said which characters
 * they use.
 *
 * <pre>{@code
 * List<String> warnings = new EpubWriter().write(book, Theme.named("default"), options, Path.of("output/book.epub"));
 * }</pre>
 */
public final class EpubWriter {
    private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
    private static final String LAYOUT_CSS = "styles/layout.css";
    private static final String FONTS_CSS = "styles/fonts.css";
    private static final String THEME_CSS = "styles/duet.css";

    /**
     * Writes the EPUB and returns warnings for the user, such as characters no bundled font has.
     *
     * @throws press.duet.report.DuetException when the cover image named in the options is unusable, or the
     *                                         edition's one language is absent from the text
     */
    public List<String> write(Book book, Theme theme, EpubOptions options, Path target) {
        MonolingualEdition.requireItsLanguage(book, options.layout(), options.source());
        Edition edition = onScreen(Edition.of(book.metadata(), options.edition()));
        CoverFile userCover = options.cover() != null ? CoverFile.read(options.cover()) : null;
        // Drawn on a second thread while the chapters are written; its entry follows them in the zip.
        Background<CoverFile> cover = userCover != null ? Background.completed(userCover)
                : Background.start("cover", () -> CoverFile.generated(
                        CoverImage.png(book.metadata(), edition, theme.headingColor(), theme.secondLanguageColor())));
        List<String> warnings = new ArrayList<>();
        String coverHref = userCover != null ? userCover.href() : CoverFile.GENERATED_HREF;
        AtomicOutput.write(target, out -> warnings.addAll(writeTo(out, book, theme, options, edition, coverHref, cover)));
        return warnings;
    }

    static String chapterId(int number) {
        return String.format("ch%03d", number);
    }

    static String chapterHref(int number) {
        return "text/" + chapterId(number) + ".xhtml";
    }

    /** Facing pages need a spread the reading system does not promise; two columns come closest. */
    static Edition onScreen(Edition edition) {
        return edition.layout() == Layout.FACING ? edition.withLayout(Layout.SIDE_BY_SIDE) : edition;
    }

    private List<String> writeTo(OutputStream target, Book book, Theme theme, EpubOptions options, Edition edition,
                                 String coverHref, Background<CoverFile> pendingCover) throws IOException {
        String identifier = "urn:uuid:" + UUID.nameUUIDFromBytes(book.fingerprint().getBytes(StandardCharsets.US_ASCII));
        LocalDateTime stamp = LocalDateTime.ofInstant(options.modified(), ZoneOffset.UTC);
        List<BilingualText> titles = book.chapters().stream().map(Chapter::title).toList();
        boolean embed = options.embedFonts() == FontEmbedding.SUBSET;
        List<String> stylesheets = embed ? List.of(LAYOUT_CSS, FONTS_CSS, THEME_CSS) : List.of(LAYOUT_CSS, THEME_CSS);
        TextInventory inventory = new TextInventory((role, cp) -> TrueTypeFace.bundled(role).covers(cp),
                book.metadata().chinese(), options.punctuation());
        for (Lang lang : edition.languages()) {
            // A theme may number pairs or chapters with generated content, which no page text shows.
            inventory.add("0123456789", lang.isChinese(), false, "numbers a theme may generate");
        }

        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        writeMimetype(zip, stamp);
        Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        entry(zip, "META-INF/container.xml", stamp);
        text.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
                + "<rootfiles>\n<rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>\n"
                + "</rootfiles>\n</container>\n");
        done(zip, text);
        if (embed) {
            // Apple Books sets its own fonts unless the book asks for the ones it specifies.
            entry(zip, "META-INF/com.apple.ibooks.display-options.xml", stamp);
            text.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<display_options>\n<platform name=\"*\">\n"
                    + "<option name=\"specified-fonts\">true</option>\n</platform>\n</display_options>\n");
            done(zip, text);
        }
        entry(zip, "OEBPS/cover.xhtml", stamp);
        CoverPage.write(new Page(text, inventory, edition, stylesheets, ""), book.metadata(),
                coverHref);
        done(zip, text);
        entry(zip, "OEBPS/title.xhtml", stamp);
        TitlePage.write(new Page(text, inventory, edition, stylesheets, ""), book.metadata());
        done(zip, text);
        entry(zip, "OEBPS/nav.xhtml", stamp);
        Navigation.writeNav(new Page(text, inventory, edition, stylesheets, ""), book.metadata(), titles, true);
        done(zip, text);
        BookImages images = BookImages.of(book);
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < book.chapters().size(); i++) {
            entry(zip, "OEBPS/" + chapterHref(i + 1), stamp);
            ChapterPage.write(new Page(text, inventory, edition, stylesheets, "../"), book.chapters().get(i), i + 1,
                    images, warnings);
            done(zip, text);
        }
        List<ManifestItem> figures = new ArrayList<>();
        for (BookImages.File file : images.files()) {
            entry(zip, "OEBPS/" + file.href(), stamp);
            zip.write(file.image().bytes());
            zip.closeEntry();
            figures.add(new ManifestItem(file.id(), file.href(), file.image().mediaType(), null));
        }
        List<EmbeddedFonts.Borrowed> borrowed = embed ? borrowFaces(inventory) : List.of();
        entry(zip, "OEBPS/colophon.xhtml", stamp);
        ColophonPage.write(new Page(text, inventory, edition, stylesheets, ""), book.metadata(), options.source(),
                theme.name(), embed, borrowed);
        done(zip, text);
        if (embed) {
            // The licence page is English, so it always needs Literata; Noto only when Chinese is shown.
            List<String> licences = new ArrayList<>();
            if (inventory.used().keySet().stream().anyMatch(r -> r.isChinese() && !r.isTraditional())) {
                licences.add("OFL-NotoSerifSC.txt");
            }
            if (inventory.used().keySet().stream().anyMatch(FontRole::isTraditional)) {
                licences.add("OFL-NotoSerifTC.txt");
            }
            licences.add("OFL-Literata.txt");
            entry(zip, "OEBPS/" + LicencePage.HREF, stamp);
            LicencePage.write(new Page(text, inventory, edition, stylesheets, ""), licences, borrowed);
            done(zip, text);
        }

        List<ManifestItem> resources = writeStyles(zip, text, stamp, theme, embed ? inventory : null, borrowed);
        CoverFile cover = pendingCover.join();
        entry(zip, "OEBPS/" + cover.href(), stamp);
        zip.write(cover.bytes());
        zip.closeEntry();
        resources.add(0, new ManifestItem("cover-image", cover.href(), cover.mediaType(), "cover-image"));
        resources.addAll(1, figures);
        entry(zip, "OEBPS/content.opf", stamp);
        PackageDocument.write(text, book.metadata(), edition, new PackageDocument.Contents(identifier, options.modified(),
                book.chapters().size(), resources, true, embed, options.source(),
                PackageDocument.Features.of(book, images)));
        done(zip, text);
        entry(zip, "OEBPS/toc.ncx", stamp);
        Navigation.writeNcx(text, book.metadata(), edition, identifier, titles);
        done(zip, text);
        zip.finish();
        Set<Integer> drawn = new HashSet<>();
        borrowed.forEach(face -> drawn.addAll(face.characters()));
        warnings.addAll(inventory.missingCharacters(drawn));
        return warnings;
    }

    /**
     * Installed faces for the characters neither bundled face has, each cut to the characters it
     * draws, in the order of their files' paths so that the same fonts give the same book.
     */
    private static List<EmbeddedFonts.Borrowed> borrowFaces(TextInventory inventory) {
        if (inventory.missing().isEmpty()) {
            return List.of();
        }
        InstalledFaces installed = new InstalledFaces();
        Map<String, InstalledFaces.Found> files = new TreeMap<>();
        Map<String, SortedSet<Integer>> characters = new TreeMap<>();
        for (int cp : inventory.missing()) {
            installed.faceFor(cp).ifPresent(found -> {
                files.put(found.file(), found);
                characters.computeIfAbsent(found.file(), f -> new TreeSet<>()).add(cp);
            });
        }
        Map<InstalledFaces.Found, SortedSet<Integer>> byFace = new LinkedHashMap<>();
        files.forEach((file, found) -> byFace.put(found, characters.get(file)));
        return EmbeddedFonts.borrow(byFace);
    }

    /**
     * The style sheets and, when an inventory is given, the fonts cut to its characters; returns their
     * manifest items.
     */
    private static List<ManifestItem> writeStyles(ZipOutputStream zip, Writer text, LocalDateTime stamp, Theme theme,
                                                  TextInventory inventory, List<EmbeddedFonts.Borrowed> borrowed)
            throws IOException {
        List<ManifestItem> resources = new ArrayList<>();
        entry(zip, "OEBPS/" + LAYOUT_CSS, stamp);
        text.write(layoutCss());
        done(zip, text);
        resources.add(new ManifestItem("css-layout", LAYOUT_CSS, "text/css", null));
        if (inventory != null) {
            EmbeddedFonts fonts = EmbeddedFonts.subset(inventory.used(), borrowed, inventory.punctuation());
            entry(zip, "OEBPS/" + FONTS_CSS, stamp);
            text.write(fonts.css("../"));
            done(zip, text);
            resources.add(new ManifestItem("css-fonts", FONTS_CSS, "text/css", null));
            for (EmbeddedFonts.Face face : fonts.faces()) {
                entry(zip, "OEBPS/" + face.href(), stamp);
                zip.write(face.bytes());
                zip.closeEntry();
                resources.add(new ManifestItem(face.id(), face.href(), "font/ttf", null));
            }
            for (EmbeddedFonts.Borrowed face : fonts.borrowed()) {
                entry(zip, "OEBPS/" + face.href(), stamp);
                zip.write(face.bytes());
                zip.closeEntry();
                resources.add(new ManifestItem(face.id(), face.href(), "font/ttf", null));
            }
        }
        entry(zip, "OEBPS/" + THEME_CSS, stamp);
        text.write(theme.css());
        done(zip, text);
        resources.add(new ManifestItem("css-theme", THEME_CSS, "text/css", null));
        return resources;
    }

    private static String layoutCss() {
        try (InputStream in = EpubWriter.class.getResourceAsStream("layout.css")) {
            if (in == null) {
                throw new IllegalStateException("layout.css is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("layout.css cannot be read", e);
        }
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
