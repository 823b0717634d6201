package press.duet;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import press.duet.epub.EpubOptions;
import press.duet.pdf.PdfOptions;
import press.duet.structure.StructureOptions;

/**
 * What to publish and where, built with {@link #builder()}; every setting has a default. The writers'
 * timestamps are filled in by {@link Duet#build} from SOURCE_DATE_EPOCH or the text's own date.
 *
 * <pre>{@code
 * BuildRequest request = BuildRequest.builder().input(Path.of("book.txt")).formats(Set.of(OutputFormat.PDF)).build();
 * }</pre>
 */
public final class BuildRequest {
    private final List<Path> inputs;
    private final Path outputFolder;
    private final Set<OutputFormat> formats;
    private final Charset encoding;
    private final String theme;
    private final EpubOptions epub;
    private final PdfOptions pdf;
    private final StructureOptions structure;
    private final boolean followLinks;

    private BuildRequest(Builder builder) {
        this.inputs = List.copyOf(builder.inputs);
        this.outputFolder = Objects.requireNonNull(builder.outputFolder, "outputFolder");
        if (builder.formats.isEmpty()) {
            throw new IllegalArgumentException("no output format chosen");
        }
        this.formats = Collections.unmodifiableSet(EnumSet.copyOf(builder.formats));
        this.encoding = builder.encoding;
        this.followLinks = builder.followLinks;
        this.theme = Objects.requireNonNull(builder.theme, "theme");
        this.epub = Objects.requireNonNull(builder.epub, "epub");
        this.pdf = Objects.requireNonNull(builder.pdf, "pdf");
        this.structure = Objects.requireNonNull(builder.structure, "structure");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Both editions of the given inputs into {@code output/}, with every other setting at its default. */
    public static BuildRequest of(List<Path> inputs) {
        return builder().inputs(inputs).build();
    }

    /** Text files or folders of them; empty means the bundled example book. */
    public List<Path> inputs() {
        return inputs;
    }

    public Path outputFolder() {
        return outputFolder;
    }

    public Set<OutputFormat> formats() {
        return formats;
    }

    /** Whether links in input folders are followed wherever they lead, not only inside the folder. */
    public boolean followLinks() {
        return followLinks;
    }

    /** The inputs' encoding, or null to detect it. */
    public Charset encoding() {
        return encoding;
    }

    /** A bundled theme's name or a CSS file's path. */
    public String theme() {
        return theme;
    }

    public EpubOptions epub() {
        return epub;
    }

    public PdfOptions pdf() {
        return pdf;
    }

    /** How to structure the inputs: a forced shape, paired files, metadata overrides. */
    public StructureOptions structure() {
        return structure;
    }

    /** Collects a build request. */
    public static final class Builder {
        private final List<Path> inputs = new ArrayList<>();
        private Path outputFolder = Path.of("output");
        private Set<OutputFormat> formats = EnumSet.allOf(OutputFormat.class);
        private Charset encoding;
        private String theme = "default";
        private EpubOptions epub = EpubOptions.builder().build();
        private PdfOptions pdf = PdfOptions.builder().build();
        private StructureOptions structure = StructureOptions.defaults();
        private boolean followLinks;

        private Builder() {
        }

        /** Adds inputs; default none, which publishes the bundled example book. */
        public Builder inputs(List<Path> paths) {
            inputs.addAll(paths);
            return this;
        }

        public Builder input(Path path) {
            inputs.add(path);
            return this;
        }

        /** Default {@code output} in the current folder; created when missing. */
        public Builder outputFolder(Path folder) {
            this.outputFolder = folder;
            return this;
        }

        /** Default both EPUB and PDF. */
        public Builder formats(Set<OutputFormat> formats) {
            this.formats = formats;
            return this;
        }

        /** Default null: detected (byte-order mark, UTF-8, GB18030 or Big5). */
        public Builder followLinks(boolean follow) {
            this.followLinks = follow;
            return this;
        }

        public Builder encoding(Charset encoding) {
            this.encoding = encoding;
            return this;
        }

        /** Default "default", the bundled default theme. */
        public Builder theme(String theme) {
            this.theme = theme;
            return this;
        }

        /** Default {@code EpubOptions.builder().build()}. */
        public Builder epub(EpubOptions epub) {
            this.epub = epub;
            return this;
        }

        /** Default {@code PdfOptions.builder().build()}. */
        public Builder pdf(PdfOptions pdf) {
            this.pdf = pdf;
            return this;
        }

        /** Default {@code StructureOptions.defaults()}: shape and metadata found in the text. */
        public Builder structure(StructureOptions structure) {
            this.structure = structure;
            return this;
        }

        public BuildRequest build() {
            return new BuildRequest(this);
        }
    }
}
