package press.duet.read;

import java.util.List;

/** Lets tests in other packages split text into blocks as the reader does. */
public final class TextReaderAccess {
    private TextReaderAccess() {
    }

    public static List<DraftBlock> blocks(String text) {
        return TextReader.blocks(List.of(text.split("\n", -1)));
    }
}
