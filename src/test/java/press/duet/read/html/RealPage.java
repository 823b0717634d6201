package press.duet.read.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One saved real page of the real-page corpus with its answer key: {@code page.html} as a browser or
 * a crawler saved it, {@code key.tsv} (every block of the page with A for article text, M for the
 * title, byline and date lines, which may go either way, F for furniture) and {@code page.properties}
 * (site, address, script, licence, held_out).
 *
 * <p>A block is an element with text of its own, in page order, scripts and styles aside; the key
 * repeats each block's first characters so that a key that no longer fits the page fails loudly.
 */
record RealPage(String id, Path folder, Document document, List<Block> blocks, Properties properties) {

    /** One block of the page and its label in the key. */
    record Block(int index, Element element, char label) {}

    static RealPage load(Path folder) throws IOException {
        Document document = parse(Files.readAllBytes(folder.resolve("page.html")));
        List<Element> elements = blockElements(document);
        List<Block> blocks = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("key.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", 3);
            int index = Integer.parseInt(fields[0]);
            Element element = elements.get(index);
            String expected = fields.length > 2 ? fields[2] : "";
            String actual = element.text().replace('\t', ' ');
            if (!actual.startsWith(expected.strip()) && !actual.strip().startsWith(expected.strip())) {
                throw new IllegalStateException(folder + ": key.tsv block " + index + " reads \"" + expected
                        + "\" but the page has \"" + actual.substring(0, Math.min(40, actual.length())) + "\"");
            }
            blocks.add(new Block(index, element, fields[1].charAt(0)));
        }
        if (blocks.size() != elements.size()) {
            throw new IllegalStateException(folder + ": key.tsv has " + blocks.size() + " blocks, the page "
                    + elements.size());
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(folder.resolve("page.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new RealPage(folder.getFileName().toString(), folder, document, blocks, properties);
    }

    boolean heldOut() {
        return Boolean.parseBoolean(properties.getProperty("held_out", "false"));
    }

    String property(String key) {
        return properties.getProperty(key, "");
    }

    /** UTF-8 when the bytes are UTF-8 (whatever the page declares), else jsoup's reading of the declaration. */
    static Document parse(byte[] bytes) throws IOException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return Jsoup.parse(text);
        } catch (CharacterCodingException notUtf8) {
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        }
    }

    static List<Element> blockElements(Document document) {
        List<Element> blocks = new ArrayList<>();
        for (Element e : document.body().getAllElements()) {
            String tag = e.normalName();
            if (!e.ownText().trim().isEmpty() && !tag.equals("script") && !tag.equals("style")) {
                blocks.add(e);
            }
        }
        return blocks;
    }
}
