package press.duet.realtexts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The evaluation as Markdown: one row per text, then the figures overall, for the held-out texts
 * and for the others, next to the targets, then what went wrong in each text.
 */
final class RealTextReport {
    private RealTextReport() {
    }

    static String markdown(List<TextScore> scores, String classes) {
        StringBuilder out = new StringBuilder();
        out.append("# Duet on real texts\n\n");
        out.append("Main classes: ").append(classes).append("\n\n");
        out.append("| text | part | shape | gold pairs | exactly right | one-sided (gold) | junk published | title | date | authors | translators | encodings identical | ms |\n");
        out.append("| --- | --- | --- | ---: | ---: | ---: | ---: | --- | --- | --- | --- | --- | ---: |\n");
        for (TextScore s : scores) {
            out.append("| ").append(s.id()).append(s.heldOut() ? " (held out)" : "")
                    .append(" | ").append(s.part())
                    .append(" | ").append(s.shape())
                    .append(" | ").append(s.gold())
                    .append(" | ").append(s.right()).append(" (").append(percent(s.accuracy())).append(")")
                    .append(" | ").append(s.oneSided()).append(" (").append(s.goldOneSided()).append(")")
                    .append(" | ").append(s.junkPublished()).append(" of ").append(s.junk())
                    .append(" | ").append(s.title().mark())
                    .append(" | ").append(s.date().mark())
                    .append(" | ").append(s.authors().mark())
                    .append(" | ").append(s.translators().mark())
                    .append(" | ").append(variants(s))
                    .append(" | ").append(s.millis()).append(" |\n");
        }
        out.append('\n');
        summary(out, "all texts", scores, s -> true);
        List<String> parts = scores.stream().map(TextScore::part).distinct().toList();
        if (parts.size() > 1) {
            parts.forEach(part -> summary(out, part + " texts", scores, s -> s.part().equals(part)));
        }
        if (scores.stream().anyMatch(TextScore::heldOut)) {
            summary(out, "texts added before the hold-out", scores, s -> !s.heldOut());
            summary(out, "held-out texts", scores, TextScore::heldOut);
        }
        notes(out, scores);
        return out.toString();
    }

    private static void summary(StringBuilder out, String name, List<TextScore> all, Predicate<TextScore> filter) {
        List<TextScore> scores = all.stream().filter(filter).toList();
        if (scores.isEmpty()) {
            return;
        }
        Totals t = Totals.of(scores);
        out.append("## ").append(name).append(" (").append(t.texts()).append(")\n\n");
        out.append("| figure | achieved | target |\n| --- | --- | --- |\n");
        out.append("| pairs exactly right | ").append(t.right()).append(" of ").append(t.gold()).append(" (")
                .append(percent(t.pairs())).append(") | ").append(percent(Totals.TARGET_PAIRS)).append(" |\n");
        out.append("| texts below 90 % | ").append(t.below90()).append(" of ").append(t.texts()).append(" | 0 |\n");
        out.append("| furniture lines published | ").append(t.junkPublished()).append(" of ").append(t.junk())
                .append(" | 0 |\n");
        out.append("| metadata right (title, date, authors, translators where they apply) | ")
                .append(t.metadataRight()).append(" of ").append(t.metadataChecks()).append(" (")
                .append(percent(t.metadata())).append(") | ").append(percent(Totals.TARGET_METADATA)).append(" |\n");
        out.append("| title / date / authors / translators right | ")
                .append(Totals.field(scores, TextScore::title)).append(" / ")
                .append(Totals.field(scores, TextScore::date)).append(" / ")
                .append(Totals.field(scores, TextScore::authors)).append(" / ")
                .append(Totals.field(scores, TextScore::translators)).append(" | 95 % each |\n");
        out.append("| encoding variants identical to UTF-8 | ").append(t.variantsIdentical()).append(" of ")
                .append(t.variants()).append(" | all |\n");
        out.append("| texts refused | ").append(t.refused()).append(" | 0 |\n");
        out.append("| gold pairs missed, by how | ").append(kinds(scores)).append(" | none |\n\n");
    }

    private static void notes(StringBuilder out, List<TextScore> scores) {
        out.append("## What went wrong\n\n");
        for (TextScore s : scores) {
            StringBuilder line = new StringBuilder();
            if (s.error() != null) {
                line.append(" refused: ").append(s.error()).append(';');
            }
            if (!s.missKinds().isEmpty()) {
                line.append(" missed ").append(kinds(List.of(s))).append(';');
            }
            if (!s.misses().isEmpty()) {
                line.append(" e.g. ").append(String.join(" / ", s.misses().stream().map(RealTextReport::shorten).toList())).append(';');
            }
            for (Check check : List.of(s.title(), s.date(), s.authors(), s.translators())) {
                if (Boolean.FALSE.equals(check.right())) {
                    line.append(" expected \"").append(shorten(check.expected())).append("\", found \"")
                            .append(shorten(check.found())).append("\";");
                }
            }
            s.variants().stream().filter(v -> !v.identical())
                    .forEach(v -> line.append(' ').append(v.charset()).append(": ").append(shorten(v.note(), 160)).append(';'));
            if (!line.isEmpty()) {
                out.append("- ").append(s.id()).append(':').append(line).append('\n');
            }
        }
    }

    /** The missed gold pairs of these texts by {@link MissKind}, as "shifted 3, one-sided 2". */
    private static String kinds(List<TextScore> scores) {
        List<String> parts = new ArrayList<>();
        for (MissKind kind : MissKind.values()) {
            int count = scores.stream().mapToInt(s -> s.missKinds().getOrDefault(kind, 0)).sum();
            if (count > 0) {
                parts.add(kind.label() + " " + count);
            }
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static String variants(TextScore s) {
        if (s.variants().isEmpty()) {
            return "-";
        }
        return String.join(", ", s.variants().stream().map(v -> v.charset() + (v.identical() ? " yes" : " no")).toList());
    }

    private static String shorten(String text) {
        return shorten(text, 60);
    }

    private static String shorten(String text, int length) {
        String flat = text.replace('|', '/').replace('\n', ' ');
        return flat.length() <= length ? flat : flat.substring(0, length - 1) + "…";
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }
}
