package press.duet.pdf;

import java.time.Instant;
import java.util.Objects;
import press.duet.edition.EditionOptions;
import press.duet.model.Lang;
import press.duet.style.Layout;
import press.duet.text.PunctuationStyle;

/**
 * How to write a PDF. Built with {@link #builder()}; every setting has a default.
 *
 * <pre>{@code
 * PdfOptions options = PdfOptions.builder().layout(Layout.FACING).build();
 * }</pre>
 */
public final class PdfOptions {
    private final EditionOptions edition;
    private final float fontSize;
    private final Paper paper;
    private final boolean handout;
    private final String chineseFont;
    private final String latinFont;
    private final boolean hyphenate;
    private final ChapterStart chapterStart;
    private final NotePlacement notes;

    private PdfOptions(Builder builder) {
        this.edition = builder.edition;
        if (builder.fontSize < 6 || builder.fontSize > 24) {
            throw new IllegalArgumentException("font size must be 6..24 pt, was " + builder.fontSize);
        }
        this.fontSize = builder.fontSize;
        this.paper = Objects.requireNonNull(builder.paper, "paper");
        this.handout = builder.handout;
        this.chineseFont = builder.chineseFont;
        this.latinFont = builder.latinFont;
        this.hyphenate = builder.hyphenate;
        this.chapterStart = builder.chapterStart;
        this.notes = Objects.requireNonNull(builder.notes, "notes");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        return new Builder().edition(edition).fontSize(fontSize).paper(paper)
                .handout(handout).chineseFont(chineseFont).latinFont(latinFont)
                .hyphenate(hyphenate).chapterStart(chapterStart).notes(notes);
    }

    /** What the PDF shares with the EPUB of the same book: layout, first language, time stamp. */
    public EditionOptions edition() {
        return edition;
    }

    /** The creation and modification time written into the document. */
    public Instant modified() {
        return edition.modified();
    }

    /** The body text size in points. */
    public float fontSize() {
        return fontSize;
    }

    public Layout layout() {
        return edition.layout();
    }

    /** The language set first in each pair, or null to follow the text's own order. */
    public Lang first() {
        return edition.first();
    }

    public Paper paper() {
        return paper;
    }

    /** Whether to print a classroom handout: numbered pairs, a notes margin, a header with title and date. */
    public boolean handout() {
        return handout;
    }

    /** A font file for Chinese text instead of the bundled one, or null. */
    public String chineseFont() {
        return chineseFont;
    }

    /** A font file for Latin text instead of the bundled one, or null. */
    public String latinFont() {
        return latinFont;
    }

    /** Whether justified English may break words at their hyphenation points. */
    public boolean hyphenate() {
        return hyphenate;
    }

    /** Where each chapter starts, or null to choose by the chapters' length. */
    public ChapterStart chapterStart() {
        return chapterStart;
    }

    /** Where the notes go: at the foot of their references' pages, or after each chapter. */
    public NotePlacement notes() {
        return notes;
    }

    /** The convention Chinese punctuation is set in, or null for the book's variety's own. */
    public PunctuationStyle punctuation() {
        return edition.punctuation();
    }

    /** Collects PDF options. */
    public static final class Builder {
        private EditionOptions edition = EditionOptions.of(Layout.SIDE_BY_SIDE);
        private float fontSize = 10.5f;
        private Paper paper = Paper.A4;
        private boolean handout;
        private String chineseFont;
        private String latinFont;
        private boolean hyphenate = true;
        private ChapterStart chapterStart;
        private NotePlacement notes = NotePlacement.FOOTNOTES;

        private Builder() {
        }

        /** Default {@link NotePlacement#FOOTNOTES}. */
        public Builder notes(NotePlacement notes) {
            this.notes = notes;
            return this;
        }

        /** Default null: centred for Traditional Chinese, in the corner for Simplified. */
        public Builder punctuation(PunctuationStyle punctuation) {
            this.edition = edition.withPunctuation(punctuation);
            return this;
        }

        /** Default true: English is hyphenated by the TeX US English patterns. */
        public Builder hyphenate(boolean hyphenate) {
            this.hyphenate = hyphenate;
            return this;
        }

        /**
         * Default null: {@link ChapterStart#CONTINUE} for a book whose chapters are mostly shorter than
         * a page, {@link ChapterStart#NEW_PAGE} otherwise.
         */
        public Builder chapterStart(ChapterStart chapterStart) {
            this.chapterStart = chapterStart;
            return this;
        }

        /** Default {@link Paper#A4}. */
        public Builder paper(Paper paper) {
            this.paper = paper;
            return this;
        }

        /** Default false: a book, not a handout. */
        public Builder handout(boolean handout) {
            this.handout = handout;
            return this;
        }

        /** Default null: the bundled Noto Serif SC. A .ttf, .otf or "file.ttc,index". */
        public Builder chineseFont(String file) {
            this.chineseFont = file;
            return this;
        }

        /** Default null: the bundled Literata. A .ttf, .otf or "file.ttc,index". */
        public Builder latinFont(String file) {
            this.latinFont = file;
            return this;
        }

        /** Default 2000-01-01T00:00:00Z; a fixed value keeps the output byte-identical from run to run. */
        public Builder modified(Instant modified) {
            this.edition = edition.withModified(modified);
            return this;
        }

        /** Default 10.5 pt, the Chinese 五号; 6 to 24. */
        public Builder fontSize(float fontSize) {
            this.fontSize = fontSize;
            return this;
        }

        /** Default {@link Layout#SIDE_BY_SIDE}. */
        public Builder layout(Layout layout) {
            this.edition = edition.withLayout(layout);
            return this;
        }

        /** Default null: the order the text itself uses. */
        public Builder first(Lang first) {
            this.edition = edition.withFirst(first);
            return this;
        }

        /** Sets layout, first language and time stamp at once, as the EPUB of the same book has them. */
        public Builder edition(EditionOptions edition) {
            this.edition = Objects.requireNonNull(edition, "edition");
            return this;
        }

        public PdfOptions build() {
            return new PdfOptions(this);
        }
    }
}
