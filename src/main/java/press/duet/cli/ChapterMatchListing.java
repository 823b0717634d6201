package press.duet.cli;

import java.util.List;
import java.util.Locale;
import press.duet.structure.ChapterMatch;

/**
 * The chapter matching of two editions in {@code duet inspect}: each edition's chapters side by side,
 * a chapter one edition splits on one line per part, a chapter only one edition has beside a dash,
 * with each side's length (Chinese characters, English words) and the confidence of the match.
 *
 * <pre>{@code
 * String table = ChapterMatchListing.table(structured.chapterMatches());
 * }</pre>
 */
final class ChapterMatchListing {
    private static final int TITLE = 34;

    private ChapterMatchListing() {
    }

    /** The table, or nothing when the book was not made of two editions' chapters. */
    static String table(List<ChapterMatch> matches) {
        if (matches.isEmpty()) {
            return "";
        }
        long paired = matches.stream().filter(ChapterMatch::paired).count();
        long split = matches.stream().filter(m -> m.zhTitles().size() > 1 || m.enTitles().size() > 1).count();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nchapter matching  %d matched (%d of them split in one edition), %d in one edition only%n",
                paired, split, matches.size() - paired));
        out.append(String.format(Locale.ROOT, "  %3s  %s %8s  %s %7s  %s%n", "#", InspectCommand.padded("Chinese edition", TITLE),
                "chars", InspectCommand.padded("English edition", TITLE), "words", "confidence"));
        int number = 0;
        for (ChapterMatch match : matches) {
            number++;
            int lines = Math.max(1, Math.max(match.zhTitles().size(), match.enTitles().size()));
            for (int line = 0; line < lines; line++) {
                boolean first = line == 0;
                out.append(String.format(Locale.ROOT, "  %3s  %s %8s  %s %7s  %s%n", first ? number : "",
                        InspectCommand.padded(title(match.zhTitles(), line), TITLE),
                        first && !match.zhTitles().isEmpty() ? String.format(Locale.ROOT, "%,d", match.characters()) : "",
                        InspectCommand.padded(title(match.enTitles(), line), TITLE),
                        first && !match.enTitles().isEmpty() ? String.format(Locale.ROOT, "%,d", match.words()) : "",
                        first ? String.format(Locale.ROOT, "%10.2f", match.confidence()) : "").stripTrailing())
                        .append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    private static String title(List<String> titles, int line) {
        if (line >= titles.size()) {
            return line == 0 ? "—" : "";
        }
        String title = titles.get(line).isBlank() ? "(text before the first heading)" : titles.get(line);
        return InspectCommand.excerpt(title, TITLE);
    }

    /** The same as a JSON array: each match's titles on both sides, lengths and confidence. */
    static String json(List<ChapterMatch> matches) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < matches.size(); i++) {
            ChapterMatch m = matches.get(i);
            out.append(i > 0 ? "," : "").append("\n    {\"zh\": ").append(titles(m.zhTitles()))
                    .append(", \"en\": ").append(titles(m.enTitles()))
                    .append(", \"characters\": ").append(m.characters())
                    .append(", \"words\": ").append(m.words())
                    .append(String.format(Locale.ROOT, ", \"confidence\": %.3f}", m.confidence()));
        }
        return out.append(matches.isEmpty() ? "" : "\n  ").append(']').toString();
    }

    private static String titles(List<String> titles) {
        return "[" + String.join(", ", titles.stream().map(InspectCommand::quote).toList()) + "]";
    }
}
