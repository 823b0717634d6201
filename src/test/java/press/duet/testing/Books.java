package press.duet.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import press.duet.model.Book;
import press.duet.read.Draft;
import press.duet.read.Readers;
import press.duet.read.TextDecoder;
import press.duet.read.TextReaderAccess;
import press.duet.structure.Structurer;

/** Builds books from test texts the way the pipeline does, without files. */
public final class Books {
    private Books() {
    }

    public static Book of(String text) {
        String clean = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), null, "test.txt").text();
        return Structurer.structure(List.of(new Draft("test.txt", "UTF-8", TextReaderAccess.blocks(clean)))).book();
    }

    /** The bundled example book, read from its Markdown file (with its picture) as {@code duet build} reads it. */
    public static Book example() {
        return Structurer.structure(List.of(Readers.read(Path.of("examples", "duet-guide.md"), null, null))).book();
    }
}
