package press.duet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.testing.EpubFiles;

/**
 * EPUBs made to do harm or simply broken, given to {@code duet build}: each is refused with one line
 * naming the book and what is wrong, a non-zero exit, and nothing written; font obfuscation alone is
 * not refused.
 */
class HostileEpubTest {
    private static final String CHAPTER = "<p>春眠不觉晓，处处闻啼鸟。</p><p>I slept in spring, not knowing it was dawn.</p>";

    @TempDir
    Path folder;

    private Path out() {
        return folder.resolve("out");
    }

    /** Builds the book and checks the one line, the exit code, and that no file was written. */
    private void assertRefused(byte[] book, String... words) throws Exception {
        Path input = Files.write(folder.resolve("bad.epub"), book);
        CliRun run = CliRun.duet("build", input.toString(), "-o", out().toString());
        assertEquals(DuetCommand.EXIT_USER_ERROR, run.exit(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("duet: " + input + ": "), lines.get(0));
        for (String word : words) {
            assertTrue(lines.get(0).contains(word), lines.get(0) + " lacks " + word);
        }
        assertFalse(run.err().contains("Exception"), run.err());
        if (Files.exists(out())) {
            try (Stream<Path> files = Files.list(out())) {
                assertEquals(List.of(), files.toList(), "nothing is written");
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(input), files.filter(f -> !f.equals(out())).toList(), "no stray file beside the input");
        }
    }

    private static EpubFiles goodBook() {
        return EpubFiles.epub3().chapter("one.xhtml", "一", CHAPTER);
    }

    /** The good book's entries with one entry added or replaced. */
    private static Map<String, byte[]> entries(EpubFiles book) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(book.bytes()))) {
            java.util.zip.ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void refusesAnEntryThatInflatesAThousandTimesAsAZipBombDoes() throws Exception {
        Map<String, byte[]> entries = entries(goodBook());
        entries.put("OEBPS/zeros.bin", new byte[20 << 20]);
        assertRefused(EpubFiles.zip(entries), "OEBPS/zeros.bin", "inflates more than 100 times", "zip bomb");
    }

    @Test
    void refusesAnEntryLargerThanAnyFileOfABookBeforeInflatingItAll() throws Exception {
        Map<String, byte[]> entries = entries(goodBook());
        entries.put("OEBPS/huge.bin", new byte[(64 << 20) + 1]);
        assertRefused(EpubFiles.zip(entries), "OEBPS/huge.bin", "more than 64 MiB");
    }

    @Test
    void refusesANameThatClimbsOutOfTheBook() throws Exception {
        Map<String, byte[]> entries = entries(goodBook());
        entries.put("OEBPS/../../evil.xhtml", "x".getBytes(StandardCharsets.UTF_8));
        assertRefused(EpubFiles.zip(entries), "climbs out of the book", "../../evil.xhtml");
    }

    @Test
    void refusesAnAbsoluteName() throws Exception {
        Map<String, byte[]> entries = entries(goodBook());
        entries.put("/etc/cron.d/evil", "x".getBytes(StandardCharsets.UTF_8));
        assertRefused(EpubFiles.zip(entries), "absolute name", "/etc/cron.d/evil");
    }

    @Test
    void refusesTwoFilesOfOneName() throws Exception {
        Map<String, byte[]> entries = entries(goodBook());
        entries.put("OEBPS/twin-1.xhtml", "a".getBytes(StandardCharsets.UTF_8));
        entries.put("OEBPS/twin-2.xhtml", "b".getBytes(StandardCharsets.UTF_8));
        byte[] zip = EpubFiles.zip(entries);
        // java.util.zip writes no duplicate names: rename the second in place, in its local and central headers.
        String text = new String(zip, StandardCharsets.ISO_8859_1).replace("twin-2.xhtml", "twin-1.xhtml");
        assertRefused(text.getBytes(StandardCharsets.ISO_8859_1), "two files named OEBPS/twin-1.xhtml");
    }

    @Test
    void refusesAFileThatIsNoZipArchive() throws Exception {
        assertRefused("第一章\n你好。\n".getBytes(StandardCharsets.UTF_8), "not an EPUB");
    }

    @Test
    void refusesABookWithoutAContainer() throws Exception {
        Map<String, byte[]> entries = entries(goodBook());
        entries.remove("META-INF/container.xml");
        assertRefused(EpubFiles.zip(entries), "META-INF/container.xml");
    }

    @Test
    void refusesAContainerThatNamesNoPackageOrAMissingOne() throws Exception {
        Map<String, byte[]> entries = entries(goodBook());
        entries.put("META-INF/container.xml", "<container><rootfiles/></container>".getBytes(StandardCharsets.UTF_8));
        assertRefused(EpubFiles.zip(entries), "names no package document");
        entries.put("META-INF/container.xml", "<container><rootfiles><rootfile full-path=\"OPS/book.opf\"/></rootfiles></container>"
                .getBytes(StandardCharsets.UTF_8));
        assertRefused(EpubFiles.zip(entries), "OPS/book.opf", "not in the book");
    }

    @Test
    void refusesABrokenPackageDocument() throws Exception {
        Map<String, byte[]> entries = entries(goodBook());
        entries.put("OEBPS/content.opf", "this is not XML at all".getBytes(StandardCharsets.UTF_8));
        assertRefused(EpubFiles.zip(entries), "OEBPS/content.opf", "no <package>");
        entries.put("OEBPS/content.opf", "<package><metadata/><manifest/><spine/></package>".getBytes(StandardCharsets.UTF_8));
        assertRefused(EpubFiles.zip(entries), "empty spine");
    }

    @Test
    void refusesEntityExpansionInThePackageDocument() throws Exception {
        Map<String, byte[]> entries = entries(goodBook());
        String opf = new String(entries.get("OEBPS/content.opf"), StandardCharsets.UTF_8);
        StringBuilder laughs = new StringBuilder("<!DOCTYPE package [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        laughs.append("]>\n");
        opf = opf.replaceFirst("\n", "\n" + laughs).replace("<dc:title>书</dc:title>", "<dc:title>&lol9;</dc:title>");
        entries.put("OEBPS/content.opf", opf.getBytes(StandardCharsets.UTF_8));
        assertRefused(EpubFiles.zip(entries), "OEBPS/content.opf", "declares a DTD of its own");
    }

    @Test
    void refusesAnExternalEntityInAContentDocument() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "the secret");
        String body = EpubFiles.xhtml("", "<p>&xxe;</p>").replace("<!DOCTYPE html>",
                "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>");
        Map<String, byte[]> entries = entries(goodBook());
        entries.put("OEBPS/one.xhtml", body.getBytes(StandardCharsets.UTF_8));
        Files.delete(secret);
        assertRefused(EpubFiles.zip(entries), "OEBPS/one.xhtml", "declares a DTD of its own");
    }

    @Test
    void refusesABookWhoseContentIsEncrypted() throws Exception {
        assertRefused(goodBook().raw("META-INF/encryption.xml", """
                <encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
                  <enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
                  <enc:CipherData><enc:CipherReference URI="OEBPS/one.xhtml"/></enc:CipherData></enc:EncryptedData>
                </encryption>
                """).bytes(), "the book is encrypted", "OEBPS/one.xhtml", "cannot read it");
    }

    @Test
    void readsABookWhoseOnlyEncryptionIsFontObfuscation() throws Exception {
        byte[] book = goodBook().file("fonts/song.otf", "font/otf", new byte[64]).raw("META-INF/encryption.xml", """
                <encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
                  <enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>
                  <enc:CipherData><enc:CipherReference URI="OEBPS/fonts/song.otf"/></enc:CipherData></enc:EncryptedData>
                </encryption>
                """).bytes();
        List<press.duet.report.Finding> findings = new java.util.ArrayList<>();
        press.duet.read.Draft draft = press.duet.read.Readers.read(press.duet.read.Source.of("fonts.epub", book), null,
                press.duet.read.Format.EPUB, findings::add);
        assertEquals(2, draft.blocks().size() - 1, draft.blocks().toString());
        assertEquals(List.of(), findings);
    }

    @Test
    void refusesABookInJapanese() throws Exception {
        assertRefused(EpubFiles.epub3().metadata("<dc:title>こころ</dc:title><dc:language>ja</dc:language>")
                .chapter("one.xhtml", "一", "<p>私はその人を常に先生と呼んでいた。だからここでもただ先生と書くだけで本名は打ち明けない。"
                        + "これは世間を憚かる遠慮というよりも、その方が私にとって自然だからである。</p>").bytes(),
                "the book is in Japanese", "cannot pair it");
    }

    @Test
    void refusesABookInFrenchThatThePackageDeclares() throws Exception {
        assertRefused(EpubFiles.epub3().metadata("<dc:title>Le Petit Prince</dc:title><dc:language>fr</dc:language>")
                .chapter("one.xhtml", "I", "<p>Lorsque j'avais six ans j'ai vu, une fois, une magnifique image, dans un livre"
                        + " sur la Forêt Vierge qui s'appelait Histoires Vécues. Ça représentait un serpent boa qui avalait"
                        + " un fauve. Voilà la copie du dessin. On disait dans le livre: Les serpents boas avalent leur proie"
                        + " tout entière, sans la mâcher. Ensuite ils ne peuvent plus bouger et ils dorment pendant les six"
                        + " mois de leur digestion.</p>").bytes(),
                "the book is in French", "fr");
    }
}
