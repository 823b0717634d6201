package press.duet.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** A parallel-text book: metadata and chapters of paired paragraphs. */
public record Book(Metadata metadata, List<Chapter> chapters) {
    public Book {
        Objects.requireNonNull(metadata, "metadata");
        chapters = List.copyOf(chapters);
        if (chapters.isEmpty()) {
            throw new IllegalArgumentException("a book needs at least one chapter");
        }
    }

    public long pairCount() {
        return chapters.stream().mapToLong(Chapter::pairCount).sum();
    }

    /** A SHA-256 over every text of the book: the same book always gives the same fingerprint. */
    public String fingerprint() {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        update(digest, metadata.title());
        for (Chapter chapter : chapters) {
            update(digest, chapter.title());
            for (Block block : chapter.blocks()) {
                switch (block) {
                    case Pair pair -> update(digest, pair.asText());
                    case Heading heading -> update(digest, heading.text());
                    case Figure figure -> update(digest, figure);
                    case SectionBreak ignored -> digest.update((byte) 0x1d);
                    case Table table -> table.rows().forEach(row -> {
                        ContentDigest.paras(digest, row.cells());
                        digest.update((byte) 0x1e);
                    });
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Feeds each side as "tag:text" in UTF-8 (a NUL for an absent side), then a record separator. The
     * tag and the text go in one after the other: the digest sees the same bytes as for the joined
     * string, without a copy of every text of the book.
     */
    private static void update(MessageDigest digest, BilingualText text) {
        update(digest, text.zh());
        update(digest, text.en());
    }

    /**
     * A plain side goes in as its text; a rich one as its content's description ({@link ContentDigest}),
     * which names every inline with its content, so two books that differ only in markup differ in
     * fingerprint, and where a paragraph was read from does not count.
     */
    private static void update(MessageDigest digest, Segment side) {
        if (side == null) {
            digest.update((byte) 0);
        } else {
            digest.update(side.lang().tag().getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            if (side.isPlain()) {
                update(digest, side.text());
            } else {
                ContentDigest.paras(digest, side.paras());
            }
        }
        digest.update((byte) 0x1e);
    }

    private static void update(MessageDigest digest, Figure figure) {
        update(digest, figure.alt());
        if (figure.caption() != null) {
            update(digest, figure.caption());
        }
        if (figure.image() != null) {
            update(digest, figure.image().mediaType());
            digest.update(figure.image().bytes());
        }
        digest.update((byte) 0x1d);
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }
}
