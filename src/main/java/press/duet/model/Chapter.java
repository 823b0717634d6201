package press.duet.model;

import java.util.List;
import java.util.Objects;

/** A chapter: its bilingual title and its blocks in reading order. */
public record Chapter(BilingualText title, List<Block> blocks) {
    public Chapter {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    public long pairCount() {
        return blocks.stream().filter(Pair.class::isInstance).count();
    }
}
