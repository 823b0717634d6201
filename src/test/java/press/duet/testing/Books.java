package press.duet.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import press.duet.model.Book;
import press.duet.read.Draft;
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
}
