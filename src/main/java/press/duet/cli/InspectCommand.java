package press.duet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import press.duet.BuildRequest;
import press.duet.Duet;
import press.duet.Inspection;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Metadata;
import press.duet.model.Pair;
import press.duet.read.Draft;
import press.duet.report.Dropped;
import press.duet.report.Finding;
import press.duet.structure.Shape;
import press.duet.structure.Structured;

/**
 * {@code duet inspect}: shows what Duet understood of the inputs (encoding, shape, metadata, chapters,
 * pairs, unpaired paragraphs and doubtful alignments side by side) as a table, or as JSON for scripts.
 *
 * <pre>{@code
 * duet inspect article.txt --json
 * }</pre>
 */
@Command(name = "inspect", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Shows how Duet reads a text: encoding, shape, chapters, pairs, doubtful alignments and the page furniture left out.")
final class InspectCommand implements Callable<Integer> {
    private static final int EXCERPT = 36;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Text, Markdown, TSV, CSV or EPUB files, or folders of them (default: the bundled example book).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Mixin
    InputCliOptions input = new InputCliOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        BuildRequest.Builder request = BuildRequest.builder().inputs(inputs);
        input.applyTo(request);
        BuildRequest built = request.build();
        Inspection inspection = MemoryLimit.guard(built.inputs(), () -> Duet.inspect(built));
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(inspection) : table(inspection));
        out.flush();
        return 0;
    }

    static String table(Inspection inspection) {
        Structured structured = inspection.structured();
        Book book = structured.book();
        Metadata m = book.metadata();
        StringBuilder out = new StringBuilder();
        for (Draft draft : inspection.drafts()) {
            out.append(String.format(Locale.ROOT, "file      %s (%s, %s, %s)%n", draft.source(), draft.encoding(),
                    draft.format(), fileShape(structured, draft)));
        }
        out.append(String.format(Locale.ROOT, "shape     %s%s%n", structured.shape().label(), shapeNote(inspection)));
        out.append(String.format(Locale.ROOT, "title     %s%n", orDash(m.title().zh() == null ? null : m.title().zh().text())));
        out.append(String.format(Locale.ROOT, "          %s%n", orDash(m.title().en() == null ? null : m.title().en().text())));
        if (m.subtitle() != null) {
            out.append(String.format(Locale.ROOT, "subtitle  %s%n", m.subtitle().joined(" / ")));
        }
        out.append(String.format(Locale.ROOT, "label     %s%n", orDash(m.label())));
        out.append(String.format(Locale.ROOT, "part      %s%s%n", m.part() == null ? "—" : m.part(),
                m.parts().size() > 1 ? " (parts " + m.parts() + ")" : ""));
        out.append(String.format(Locale.ROOT, "series    %s%n", orDash(m.series())));
        out.append(String.format(Locale.ROOT, "date      %s%n", m.date() == null ? "—" : m.date()));
        out.append(String.format(Locale.ROOT, "authors   %s%n", m.authors().isEmpty() ? "—" : String.join(", ", m.authors())));
        if (!m.translators().isEmpty()) {
            out.append(String.format(Locale.ROOT, "translators %s%n", String.join(", ", m.translators())));
        }
        out.append(String.format(Locale.ROOT, "language  %s, %s first%n", m.chinese().tag(), m.first().tag()));
        List<String> counts = new ArrayList<>();
        structured.languages().forEach((lang, count) -> counts.add(count + " " + lang));
        out.append(String.format(Locale.ROOT, "scripts   %s (paragraphs)%n", String.join(", ", counts)));
        out.append(String.format(Locale.ROOT, "%nchapters  %d%n", book.chapters().size()));
        out.append(String.format(Locale.ROOT, "  %3s  %-44s %6s %9s %9s %9s%n", "#", "title", "pairs", "complete", "unpaired", "doubtful"));
        int number = 0;
        for (Chapter chapter : book.chapters()) {
            number++;
            List<Pair> pairs = pairs(chapter);
            long complete = pairs.stream().filter(Pair::isComplete).count();
            long doubtful = pairs.stream().filter(p -> p.isComplete() && p.confidence() < Structured.LOW_CONFIDENCE).count();
            out.append(String.format(Locale.ROOT, "  %3d  %s %6d %9d %9d %9d%n", number,
                    padded(excerpt(chapter.title().joined(" / "), 44), 44), pairs.size(), complete, pairs.size() - complete, doubtful));
        }
        out.append(ChapterMatchListing.table(structured.chapterMatches()));
        List<Pair> all = book.chapters().stream().flatMap(c -> pairs(c).stream()).toList();
        long complete = all.stream().filter(Pair::isComplete).count();
        out.append(String.format(Locale.ROOT, "%npairs     %d (%d with both languages, %d unpaired paragraphs)%n",
                all.size(), complete, all.size() - complete));
        List<Pair> doubtful = all.stream().filter(p -> p.isComplete() && p.confidence() < Structured.LOW_CONFIDENCE).toList();
        out.append(String.format(Locale.ROOT, "doubtful  %d alignment%s%n", doubtful.size(), doubtful.size() == 1 ? "" : "s"));
        if (!doubtful.isEmpty()) {
            out.append(String.format(Locale.ROOT, "  %-10s  %-" + EXCERPT + "s | %s%n", "confidence", "Chinese", "English"));
            for (Pair p : doubtful) {
                out.append(String.format(Locale.ROOT, "  %10.2f  %s | %s%n", p.confidence(),
                        padded(excerpt(p.zh().text(), EXCERPT), EXCERPT), excerpt(p.en().text(), 60)));
            }
        }
        out.append(ContentListing.table(inspection.contents(),
                book.chapters().stream().map(c -> c.title().joined(" / ")).toList()));
        out.append(SpineListing.table(inspection.drafts()));
        if (!structured.dropped().isEmpty()) {
            int hidden = press.duet.Duet.hiddenParts(inspection.drafts());
            out.append(String.format(Locale.ROOT, "%ndropped   %d line%s of page furniture (%s)%n",
                    structured.dropped().size(), structured.dropped().size() == 1 ? "" : "s",
                    press.duet.Duet.keepingHint(structured.dropped().size(), hidden)));
            for (Dropped d : structured.dropped()) {
                out.append(String.format(Locale.ROOT, "  %s  %s: %s%n", d.place(), d.reason(), excerpt(d.text(), 60)));
            }
        }
        if (!inspection.findings().isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nfindings%n"));
            for (Finding finding : inspection.findings()) {
                out.append("  ").append(finding).append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    static String json(Inspection inspection) {
        Structured structured = inspection.structured();
        Book book = structured.book();
        Metadata m = book.metadata();
        StringBuilder out = new StringBuilder("{\n  \"files\": [");
        for (int i = 0; i < inspection.drafts().size(); i++) {
            Draft d = inspection.drafts().get(i);
            out.append(i > 0 ? ", " : "").append("{\"path\": ").append(quote(d.source()))
                    .append(", \"encoding\": ").append(quote(d.encoding()))
                    .append(", \"format\": ").append(quote(d.format()))
                    .append(", \"shape\": ").append(quote(fileShape(structured, d))).append('}');
        }
        out.append("],\n  \"shape\": ").append(quote(structured.shape().label()));
        out.append(",\n  \"title\": ").append(text(m.title()));
        out.append(",\n  \"subtitle\": ").append(m.subtitle() == null ? "null" : text(m.subtitle()));
        out.append(",\n  \"label\": ").append(quote(m.label()));
        out.append(",\n  \"part\": ").append(m.part() == null ? "null" : m.part().toString());
        out.append(",\n  \"parts\": ").append(m.parts().toString());
        out.append(",\n  \"series\": ").append(quote(m.series()));
        out.append(",\n  \"date\": ").append(quote(m.date() == null ? null : m.date().toString()));
        out.append(",\n  \"authors\": [").append(String.join(", ", m.authors().stream().map(InspectCommand::quote).toList())).append(']');
        out.append(",\n  \"translators\": [").append(String.join(", ", m.translators().stream().map(InspectCommand::quote).toList())).append(']');
        out.append(",\n  \"chinese\": ").append(quote(m.chinese().tag()));
        out.append(",\n  \"first\": ").append(quote(m.first().tag()));
        List<String> counts = new ArrayList<>();
        structured.languages().forEach((lang, count) -> counts.add(quote(lang) + ": " + count));
        out.append(",\n  \"paragraphs\": {").append(String.join(", ", counts)).append('}');
        out.append(",\n  \"chapters\": [");
        long pairs = 0;
        long complete = 0;
        List<String> doubtful = new ArrayList<>();
        List<String> lonely = new ArrayList<>();
        List<press.duet.ChapterContents> contents = inspection.contents();
        for (int i = 0; i < book.chapters().size(); i++) {
            Chapter chapter = book.chapters().get(i);
            List<Pair> chapterPairs = pairs(chapter);
            long chapterComplete = chapterPairs.stream().filter(Pair::isComplete).count();
            pairs += chapterPairs.size();
            complete += chapterComplete;
            for (Pair p : chapterPairs) {
                if (!p.isComplete()) {
                    var side = p.zh() != null ? p.zh() : p.en();
                    lonely.add(String.format(Locale.ROOT, "{\"chapter\": %d, \"lang\": %s, \"text\": %s}",
                            i + 1, quote(side.lang().tag()), quote(side.text())));
                }
                if (p.isComplete() && p.confidence() < Structured.LOW_CONFIDENCE) {
                    doubtful.add(String.format(Locale.ROOT, "{\"chapter\": %d, \"confidence\": %.3f, \"zh\": %s, \"en\": %s}",
                            i + 1, p.confidence(), quote(p.zh().text()), quote(p.en().text())));
                }
            }
            out.append(i > 0 ? "," : "").append("\n    {\"title\": ").append(text(chapter.title()))
                    .append(", \"pairs\": ").append(chapterPairs.size())
                    .append(", \"complete\": ").append(chapterComplete)
                    .append(", \"unpaired\": ").append(chapterPairs.size() - chapterComplete)
                    .append(ContentListing.json(contents.get(i))).append('}');
        }
        out.append("\n  ],\n  \"chapterMatching\": ").append(ChapterMatchListing.json(structured.chapterMatches()));
        out.append(",\n  \"pairs\": ").append(pairs);
        out.append(",\n  \"complete\": ").append(complete);
        out.append(",\n  \"unpaired\": ").append(pairs - complete);
        out.append(",\n  \"unpairedParagraphs\": [").append(lonely.isEmpty() ? "" : "\n    " + String.join(",\n    ", lonely) + "\n  ").append(']');
        out.append(",\n  \"doubtful\": [").append(doubtful.isEmpty() ? "" : "\n    " + String.join(",\n    ", doubtful) + "\n  ").append(']');
        out.append(SpineListing.json(inspection.drafts()));
        out.append(",\n  \"findings\": [");
        List<Finding> findings = inspection.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            out.append(i > 0 ? "," : "").append("\n    {\"file\": ").append(quote(f.place().file()))
                    .append(", \"line\": ").append(f.place().line())
                    .append(", \"message\": ").append(quote(f.message())).append('}');
        }
        out.append(findings.isEmpty() ? "" : "\n  ").append(']');
        out.append(",\n  \"dropped\": [");
        List<Dropped> dropped = structured.dropped();
        for (int i = 0; i < dropped.size(); i++) {
            Dropped d = dropped.get(i);
            out.append(i > 0 ? "," : "").append("\n    {\"file\": ").append(quote(d.place().file()))
                    .append(", \"line\": ").append(d.place().line())
                    .append(", \"reason\": ").append(quote(d.reason()))
                    .append(", \"text\": ").append(quote(d.text())).append('}');
        }
        out.append(dropped.isEmpty() ? "" : "\n  ").append("]\n}\n");
        return out.toString();
    }

    /** The shape of one input on its own, as the structure stage found it. */
    private static String fileShape(Structured structured, Draft draft) {
        Shape shape = structured.fileShapes().get(draft.source());
        return shape == null ? structured.shape().label() : shape.label();
    }

    /** Why the book's shape is what it is, when several files make it and that is not plain. */
    private static String shapeNote(Inspection inspection) {
        Structured structured = inspection.structured();
        int files = inspection.drafts().size();
        boolean allAlike = structured.fileShapes().values().stream().allMatch(shape -> shape == structured.shape());
        return switch (structured.shape()) {
            case MIXED -> " (the " + files + " files differ; each file's shape is shown above)";
            case PARALLEL_FILES -> files == 2 ? " (the two files aligned with each other)" : "";
            default -> files > 1 && allAlike ? " (all " + files + " files)" : "";
        };
    }

    private static List<Pair> pairs(Chapter chapter) {
        List<Pair> pairs = new ArrayList<>();
        for (Block block : chapter.blocks()) {
            if (block instanceof Pair pair) {
                pairs.add(pair);
            }
        }
        return pairs;
    }

    static String text(BilingualText text) {
        return "{\"zh\": " + quote(text.zh() == null ? null : text.zh().text())
                + ", \"en\": " + quote(text.en() == null ? null : text.en().text()) + "}";
    }

    /** A JSON string literal, or null. */
    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }

    /** At most {@code columns} display columns (CJK characters take two), with an ellipsis when cut. */
    static String excerpt(String text, int columns) {
        String flat = text.replace('\n', ' ');
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < flat.length(); ) {
            int cp = flat.codePointAt(i);
            int width = press.duet.text.Scripts.isCjk(cp) ? 2 : 1;
            if (used + width > columns - 1 && i + Character.charCount(cp) < flat.length()) {
                return out.append('…').toString();
            }
            out.appendCodePoint(cp);
            used += width;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Pads to a display width, counting CJK characters as two columns, so the columns line up. */
    static String padded(String text, int columns) {
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            used += press.duet.text.Scripts.isCjk(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return text + " ".repeat(Math.max(0, columns - used));
    }
}
