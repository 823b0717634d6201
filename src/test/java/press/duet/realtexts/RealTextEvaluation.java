package press.duet.realtexts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import press.duet.BuildRequest;
import press.duet.Duet;
import press.duet.model.Book;
import press.duet.structure.Structured;

/**
 * Runs Duet's public pipeline ({@link Duet#inspect}) on every text of a corpus folder and on each of
 * its legacy-encoding variants, and scores the books against the gold ({@link TextScorer}).
 *
 * <pre>{@code
 * List<TextScore> scores = RealTextEvaluation.run(Path.of("src/test/resources/realtexts"), "public", work);
 * }</pre>
 */
final class RealTextEvaluation {
    private RealTextEvaluation() {
    }

    /** The texts of a corpus folder: each sub-folder holding a meta.properties, in name order. */
    static List<RealText> corpus(Path root) {
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("meta.properties")))
                    .sorted().map(RealText::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(root + ": cannot list the corpus", e);
        }
    }

    static List<TextScore> run(Path root, String part, Path work) {
        List<TextScore> scores = new ArrayList<>();
        for (RealText text : corpus(root)) {
            scores.add(evaluate(text, part, work));
        }
        return scores;
    }

    static TextScore evaluate(RealText text, String part, Path work) {
        long start = System.nanoTime();
        Structured structured;
        try {
            structured = inspect(text.inputs());
        } catch (RuntimeException e) {
            return TextScore.failed(text, part, oneLine(e), (System.nanoTime() - start) / 1_000_000);
        }
        List<TextScore.VariantResult> variants = new ArrayList<>();
        for (Charset charset : text.encodings()) {
            variants.add(variant(text, charset, structured.book(), work));
        }
        return TextScorer.score(text, part, structured, variants, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * What Duet published of a text: its shape and title, then one unit a line ("+" when the gold holds
     * it, "-" when not), then the findings.
     */
    static String dump(RealText text) {
        Structured structured = inspect(text.inputs());
        StringBuilder out = new StringBuilder();
        out.append("shape ").append(structured.shape()).append(", title ")
                .append(GoldPair.of(structured.book().metadata().title())).append('\n');
        var metadata = structured.book().metadata();
        out.append("date ").append(metadata.date()).append(", authors ").append(MetadataView.authors(metadata))
                .append(", translators ").append(MetadataView.translators(metadata).orElse(List.of())).append('\n');
        for (GoldPair unit : TextScorer.units(structured.book(), text)) {
            out.append(text.body().contains(unit) ? "+ " : "- ").append(unit.zh()).append('\t').append(unit.en()).append('\n');
        }
        structured.findings().forEach(finding -> out.append("finding ").append(finding).append('\n'));
        return out.toString();
    }

    private static TextScore.VariantResult variant(RealText text, Charset charset, Book original, Path work) {
        List<Path> inputs = EncodingVariants.write(text, charset, work.resolve("variants"));
        try {
            Book book = inspect(inputs).book();
            if (byFileName(book).equals(byFileName(original))) {
                return new TextScore.VariantResult(charset.name(), true, "");
            }
            return new TextScore.VariantResult(charset.name(), false, difference(original, book, text));
        } catch (RuntimeException e) {
            String where = work.resolve("variants").resolve(charset.name()).toString() + "/";
            return new TextScore.VariantResult(charset.name(), false, "refused: " + oneLine(e).replace(where, ""));
        }
    }

    /**
     * The book with each paragraph's place naming its file by its name alone: a variant is the same
     * text in another folder, and its book is the same when its paragraphs come from the same lines.
     */
    private static Book byFileName(Book book) {
        List<press.duet.model.Chapter> chapters = new java.util.ArrayList<>();
        for (press.duet.model.Chapter chapter : book.chapters()) {
            List<press.duet.model.Block> blocks = new java.util.ArrayList<>();
            for (press.duet.model.Block block : chapter.blocks()) {
                blocks.add(switch (block) {
                    case press.duet.model.Pair pair -> new press.duet.model.Pair(byFileName(pair.zh()), byFileName(pair.en()),
                            pair.confidence());
                    case press.duet.model.Heading heading -> new press.duet.model.Heading(heading.level(), byFileName(heading.text()));
                    default -> block;
                });
            }
            chapters.add(new press.duet.model.Chapter(byFileName(chapter.title()), blocks));
        }
        return new Book(book.metadata(), chapters);
    }

    private static press.duet.model.BilingualText byFileName(press.duet.model.BilingualText text) {
        return new press.duet.model.BilingualText(byFileName(text.zh()), byFileName(text.en()));
    }

    private static press.duet.model.Segment byFileName(press.duet.model.Segment side) {
        if (side == null) {
            return null;
        }
        return new press.duet.model.Segment(side.lang(), side.paras().stream().map(p -> new press.duet.model.Para(p.form(),
                p.content(), new press.duet.model.SourceLine(Path.of(p.source().file().isEmpty() ? "-" : p.source().file())
                        .getFileName().toString(), p.source().line()))).toList());
    }

    private static Structured inspect(List<Path> inputs) {
        return Duet.inspect(BuildRequest.builder().inputs(inputs).build()).structured();
    }

    /** The first place where a variant's book differs from the original's, for the report. */
    private static String difference(Book original, Book variant, RealText text) {
        if (!original.metadata().equals(variant.metadata())) {
            return "metadata differ: title " + GoldPair.of(variant.metadata().title());
        }
        List<GoldPair> expected = TextScorer.units(original, text);
        List<GoldPair> found = TextScorer.units(variant, text);
        for (int i = 0; i < Math.min(expected.size(), found.size()); i++) {
            if (!expected.get(i).equals(found.get(i))) {
                return "unit " + (i + 1) + " reads " + found.get(i) + " instead of " + expected.get(i);
            }
        }
        if (expected.size() != found.size()) {
            return found.size() + " units against " + expected.size();
        }
        return "the same text with other confidences or line breaks";
    }

    private static String oneLine(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
