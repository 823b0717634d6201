package press.duet.epub;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import press.duet.edition.EditionOptions;
import press.duet.model.Lang;
import press.duet.style.Layout;
import press.duet.text.PunctuationStyle;

/**
 * How to write an EPUB. Built with {@link #builder()}; every setting has a default.
 *
 * <pre>{@code
 * EpubOptions options = EpubOptions.builder().layout(Layout.SIDE_BY_SIDE).embedFonts(FontEmbedding.SUBSET).build();
 * }</pre>
 */
public final class EpubOptions {
    private final EditionOptions edition;
    private final FontEmbedding fonts;
    private final Path cover;
    private final String source;

    private EpubOptions(Builder builder) {
        this.edition = builder.edition;
        this.fonts = Objects.requireNonNull(builder.fonts, "fonts");
        this.cover = builder.cover;
        this.source = builder.source;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        return new Builder().edition(edition).embedFonts(fonts).cover(cover).source(source);
    }

    /** What the EPUB shares with the PDF of the same book: layout, first language, time stamp. */
    public EditionOptions edition() {
        return edition;
    }

    /** The time stamped into the package and onto every zip entry. */
    public Instant modified() {
        return edition.modified();
    }

    /** How the two languages are arranged; {@link Layout#FACING} is set side by side, as e-readers have no spreads. */
    public Layout layout() {
        return edition.layout();
    }

    /** The language set first in each pair, or null to follow the text's own order. */
    public Lang first() {
        return edition.first();
    }

    /** Whether the bundled fonts travel in the book, as subsets. */
    public FontEmbedding embedFonts() {
        return fonts;
    }

    /** A PNG or JPEG image to use as the cover, or null to draw one from the title. */
    public Path cover() {
        return cover;
    }

    /** The names of the files the book was made from, for the colophon and dc:source, or null. */
    public String source() {
        return source;
    }

    /** The convention Chinese punctuation is drawn in, or null for each variety's own. */
    public PunctuationStyle punctuation() {
        return edition.punctuation();
    }

    /** Collects EPUB options. */
    public static final class Builder {
        private EditionOptions edition = EditionOptions.of(Layout.INTERLEAVED);
        private FontEmbedding fonts = FontEmbedding.SUBSET;
        private Path cover;
        private String source;

        private Builder() {
        }

        /**
         * Default null: centred for Traditional Chinese, in the corner for Simplified. With embedded
         * fonts, the marks are drawn from the family of the chosen convention.
         */
        public Builder punctuation(PunctuationStyle punctuation) {
            this.edition = edition.withPunctuation(punctuation);
            return this;
        }

        /** Default 2000-01-01T00:00:00Z; a fixed value keeps the output byte-identical from run to run. */
        public Builder modified(Instant modified) {
            this.edition = edition.withModified(modified);
            return this;
        }

        /** Default {@link Layout#INTERLEAVED}. */
        public Builder layout(Layout layout) {
            this.edition = edition.withLayout(layout);
            return this;
        }

        /** Default null: the order the text itself uses. */
        public Builder first(Lang first) {
            this.edition = edition.withFirst(first);
            return this;
        }

        /** Sets layout, first language and time stamp at once, as the PDF of the same book has them. */
        public Builder edition(EditionOptions edition) {
            this.edition = Objects.requireNonNull(edition, "edition");
            return this;
        }

        /**
         * Default {@link FontEmbedding#SUBSET}: Kobo shows Chinese blank in its default font, and a subset
         * keeps the book small.
         */
        public Builder embedFonts(FontEmbedding fonts) {
            this.fonts = fonts;
            return this;
        }

        /** Default null: a cover is drawn from the titles and authors. */
        public Builder cover(Path cover) {
            this.cover = cover;
            return this;
        }

        /** Default null: the colophon names no source. */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public EpubOptions build() {
            return new EpubOptions(this);
        }
    }
}
