package press.duet.epub;

import java.time.Instant;
import java.util.Objects;
import press.duet.model.Lang;
import press.duet.style.Layout;

/**
 * How to write an EPUB. Built with {@link #builder()}; every setting has a default.
 *
 * <pre>{@code
 * EpubOptions options = EpubOptions.builder().modified(Instant.parse("2025-03-08T00:00:00Z")).build();
 * }</pre>
 */
public final class EpubOptions {
    private final Instant modified;
    private final Layout layout;
    private final Lang first;

    private EpubOptions(Builder builder) {
        this.modified = Objects.requireNonNull(builder.modified, "modified");
        this.layout = Objects.requireNonNull(builder.layout, "layout");
        this.first = builder.first;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        return new Builder().modified(modified).layout(layout).first(first);
    }

    /** The time stamped into the package and onto every zip entry. */
    public Instant modified() {
        return modified;
    }

    public Layout layout() {
        return layout;
    }

    /** The language set first in each pair, or null to follow the text's own order. */
    public Lang first() {
        return first;
    }

    /** Collects EPUB options. */
    public static final class Builder {
        private Instant modified = Instant.parse("2000-01-01T00:00:00Z");
        private Layout layout = Layout.INTERLEAVED;
        private Lang first;

        private Builder() {
        }

        /** Default 2000-01-01T00:00:00Z; a fixed value keeps the output byte-identical from run to run. */
        public Builder modified(Instant modified) {
            this.modified = modified;
            return this;
        }

        /** Default {@link Layout#INTERLEAVED}. */
        public Builder layout(Layout layout) {
            this.layout = layout;
            return this;
        }

        /** Default null: the order the text itself uses. */
        public Builder first(Lang first) {
            this.first = first;
            return this;
        }

        public EpubOptions build() {
            return new EpubOptions(this);
        }
    }
}
