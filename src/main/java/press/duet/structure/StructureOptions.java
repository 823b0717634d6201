package press.duet.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How to structure the inputs, built with {@link #builder()}: a shape to force instead of detecting
 * one, whether several files are translations of each other, and metadata that overrides what the
 * text says. Every setting defaults to "find it in the text".
 *
 * <pre>{@code
 * StructureOptions options = StructureOptions.builder().shape(Shape.BLOCKS).author("Lu Xun").build();
 * }</pre>
 */
public record StructureOptions(Shape shape, boolean pairFiles, String titleZh, String titleEn, String subtitle,
                               List<String> authors, LocalDate date, String series, Integer part,
                               List<String> translators, boolean keepFurniture) {
    public StructureOptions {
        authors = List.copyOf(authors);
        translators = List.copyOf(translators);
    }

    /** Everything detected from the text. */
    public static StructureOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects structure options. */
    public static final class Builder {
        private Shape shape;
        private boolean pairFiles;
        private String titleZh;
        private String titleEn;
        private String subtitle;
        private final List<String> authors = new ArrayList<>();
        private LocalDate date;
        private String series;
        private Integer part;
        private final List<String> translators = new ArrayList<>();
        private boolean keepFurniture;

        private Builder() {
        }

        /** Default null: the shape is detected. */
        public Builder shape(Shape shape) {
            if (shape == Shape.MIXED) {
                throw new IllegalArgumentException("mixed is a shape Duet reports for a book of several files; it cannot be forced");
            }
            this.shape = shape;
            return this;
        }

        /** Default false: two files are aligned only when they are in different languages. */
        public Builder pairFiles(boolean pairFiles) {
            this.pairFiles = pairFiles;
            return this;
        }

        /** Default null: the Chinese title from the text. */
        public Builder titleZh(String title) {
            this.titleZh = title;
            return this;
        }

        /** Default null: the English title from the text. */
        public Builder titleEn(String title) {
            this.titleEn = title;
            return this;
        }

        /** Default null: the subtitle from the text, if any. */
        public Builder subtitle(String subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        /** Adds an author; default none, which keeps the authors the text names. */
        public Builder author(String author) {
            this.authors.add(author);
            return this;
        }

        public Builder authors(List<String> authors) {
            this.authors.addAll(authors);
            return this;
        }

        /** Default null: the date from the "Published on" line, if any. */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /** Default null: the series name shared by the parts' titles, if any. */
        public Builder series(String series) {
            this.series = series;
            return this;
        }

        /** Default null: the part number from the title, such as 5 for "[5]". */
        public Builder part(Integer part) {
            this.part = part;
            return this;
        }

        /** Adds translators; default none, which keeps the translators the text names. */
        public Builder translators(List<String> translators) {
            this.translators.addAll(translators);
            return this;
        }

        /**
         * Default false: page furniture (breadcrumbs, share prompts, 来源 and 阅读 N 次 lines, copyright
         * notices, watermarks …) is left out of the book and listed by {@code duet inspect}; true keeps it all.
         */
        public Builder keepFurniture(boolean keepFurniture) {
            this.keepFurniture = keepFurniture;
            return this;
        }

        public StructureOptions build() {
            return new StructureOptions(shape, pairFiles, titleZh, titleEn, subtitle, authors, date, series, part,
                    translators, keepFurniture);
        }
    }
}
