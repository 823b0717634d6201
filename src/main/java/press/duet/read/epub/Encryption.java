package press.duet.read.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import press.duet.report.DuetException;

/**
 * The check for DRM: {@code META-INF/encryption.xml} lists the book's encrypted files. Font
 * obfuscation (the IDPF and Adobe algorithms, which only scramble the first bytes of a font) is no
 * obstacle, since Duet sets its own fonts; any other encryption, or an obfuscated file that is not a
 * font, means the text cannot be read, and the book is refused with a line saying so.
 *
 * <pre>{@code
 * Encryption.check(archive); // throws when the book is encrypted
 * }</pre>
 */
final class Encryption {
    private static final String FILE = "META-INF/encryption.xml";
    private static final Set<String> OBFUSCATION = Set.of("http://www.idpf.org/2008/embedding",
            "http://ns.adobe.com/pdf/enc#rc");
    private static final Set<String> FONT_ENDINGS = Set.of(".ttf", ".otf", ".woff", ".woff2", ".pfb", ".cff");

    private Encryption() {
    }

    /** @throws DuetException naming the book and an encrypted file when its content is encrypted */
    static void check(EpubArchive archive) {
        byte[] bytes = archive.file(FILE).orElse(null);
        if (bytes == null) {
            return;
        }
        Document document = EpubXml.parse(archive.name(), FILE, bytes);
        List<String> locked = new ArrayList<>();
        for (Element data : EpubXml.all(document, "encrypteddata")) {
            String algorithm = EpubXml.first(data, "encryptionmethod").map(m -> EpubXml.attribute(m, "algorithm"))
                    .orElse("").strip().toLowerCase(Locale.ROOT);
            String uri = EpubXml.first(data, "cipherreference").map(r -> EpubXml.attribute(r, "uri")).orElse("").strip();
            boolean font = FONT_ENDINGS.stream().anyMatch(uri.toLowerCase(Locale.ROOT)::endsWith);
            if (!(OBFUSCATION.contains(algorithm) && font)) {
                locked.add(uri.isEmpty() ? "a file" : uri);
            }
        }
        if (!locked.isEmpty()) {
            String which = locked.get(0) + (locked.size() > 1 ? " and " + (locked.size() - 1) + " other file"
                    + (locked.size() > 2 ? "s" : "") : "");
            throw new DuetException(archive.name() + ": the book is encrypted (DRM protects " + which
                    + "); Duet cannot read it");
        }
    }
}
