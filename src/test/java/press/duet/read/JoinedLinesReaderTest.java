package press.duet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JoinedLinesReaderTest {
    @Test
    void givesTheLinesJoinedWithLineFeedsWhateverTheBufferSize() throws IOException {
        Random random = new Random(11);
        String[] pieces = {"", "春", "眠不觉晓", "Spring", " ", "\uD840\uDC00", "[^1]: 注。"};
        for (int round = 0; round < 300; round++) {
            List<String> lines = new ArrayList<>();
            int count = random.nextInt(6);
            for (int i = 0; i < count; i++) {
                StringBuilder line = new StringBuilder();
                for (int k = random.nextInt(4); k > 0; k--) {
                    line.append(pieces[random.nextInt(pieces.length)]);
                }
                lines.add(line.toString());
            }
            int size = 1 + random.nextInt(9);
            assertEquals(String.join("\n", lines), readAll(new JoinedLinesReader(lines), size), lines + " read " + size + " at a time");
        }
    }

    @Test
    void noLinesAreNoCharacters() throws IOException {
        assertEquals(-1, new JoinedLinesReader(List.of()).read(new char[4], 0, 4));
        assertEquals("\n\n", readAll(new JoinedLinesReader(List.of("", "", "")), 2));
    }

    private static String readAll(JoinedLinesReader reader, int size) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[size + 2];
        for (int n = reader.read(buffer, 1, size); n >= 0; n = reader.read(buffer, 1, size)) {
            out.append(buffer, 1, n);
        }
        return out.toString();
    }
}
