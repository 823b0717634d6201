package press.duet.realtexts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Heading;
import press.duet.model.Metadata;
import press.duet.model.Pair;
import press.duet.structure.Structured;

/**
 * Compares the book Duet made of a real text with the text's gold.
 *
 * <p>The published units are every chapter title, heading and pair in reading order, as plain text
 * ({@link PlainText}). A unit that repeats the book's title (a chapter titled after the book, or the
 * title line kept as a paragraph) is set aside: it is neither right nor wrong. A gold pair is right
 * when an equal unit was published; each published unit answers for one gold pair at most, so the
 * count is the size of the multiset intersection. Order is not compared: the failures this corpus is
 * for (shifts, one-sided lines, junk glued on) all change the units themselves.
 */
final class TextScorer {
    private static final int MISSES_KEPT = 3;
    /** A junk line this long is found inside a paragraph it was glued to; a shorter one only as a whole line. */
    private static final int GLUED_JUNK_LENGTH = 6;

    private TextScorer() {
    }

    static TextScore score(RealText text, String part, Structured structured, List<TextScore.VariantResult> variants,
                           long millis) {
        Book book = structured.book();
        List<GoldPair> units = units(book, text);
        Map<GoldPair, Integer> published = counts(units);
        int right = 0;
        List<String> misses = new ArrayList<>();
        Map<MissKind, Integer> missKinds = new EnumMap<>(MissKind.class);
        Map<GoldPair, Integer> unused = new HashMap<>(published);
        for (GoldPair pair : text.body()) {
            Integer left = unused.get(pair);
            if (left != null && left > 0) {
                unused.put(pair, left - 1);
                right++;
                continue;
            }
            missKinds.merge(MissKind.of(pair, units), 1, Integer::sum);
            if (misses.size() < MISSES_KEPT) {
                misses.add(pair.toString());
            }
        }
        List<GoldPair> titles = new ArrayList<>();
        titles.add(GoldPair.of(book.metadata().title()));
        book.metadata().subtitleText().ifPresent(subtitle -> titles.add(GoldPair.of(subtitle)));
        int junkPublished = junkPublished(text, units, titles);
        int unmatched = unused.values().stream().mapToInt(Integer::intValue).sum();
        int oneSided = 0;
        for (Chapter chapter : book.chapters()) {
            for (Block block : chapter.blocks()) {
                if (block instanceof Pair pair && !pair.isComplete() && !isTitle(GoldPair.of(pair.zh(), pair.en()), book, text)) {
                    oneSided++;
                }
            }
        }
        int goldOneSided = (int) text.body().stream().filter(GoldPair::isOneSided).count();
        Metadata metadata = book.metadata();
        return new TextScore(text.id(), part, text.heldOut(), structured.shape().toString(), text.body().size(), right,
                oneSided, goldOneSided, unmatched, text.junk().size(), junkPublished, title(text, metadata),
                date(text, metadata), people(text.persons("authors"), Optional.of(MetadataView.authors(metadata))),
                people(text.persons("translators"), MetadataView.translators(metadata)), variants, misses, missKinds, null,
                millis);
    }

    /** Every chapter title, heading and pair of the book, except those that only repeat its title. */
    static List<GoldPair> units(Book book, RealText text) {
        List<GoldPair> units = new ArrayList<>();
        for (Chapter chapter : book.chapters()) {
            add(units, GoldPair.of(chapter.title()), book, text);
            for (Block block : chapter.blocks()) {
                switch (block) {
                    case Pair pair -> add(units, GoldPair.of(pair.zh(), pair.en()), book, text);
                    case Heading heading -> add(units, GoldPair.of(heading.text()), book, text);
                    default -> {
                        // Figures, breaks and tables are not text pairs: the gold has none.
                    }
                }
            }
        }
        return units;
    }

    private static void add(List<GoldPair> units, GoldPair unit, Book book, RealText text) {
        if (!isTitle(unit, book, text)) {
            units.add(unit);
        }
    }

    /** Each side present is the book's title or the gold title on that side. */
    private static boolean isTitle(GoldPair unit, Book book, RealText text) {
        GoldPair bookTitle = GoldPair.of(book.metadata().title());
        return sideIsTitle(unit.zh(), bookTitle.zh(), PlainText.of(text.get("title_zh")))
                && sideIsTitle(unit.en(), bookTitle.en(), PlainText.of(text.get("title_en")));
    }

    private static boolean sideIsTitle(String side, String bookTitle, String goldTitle) {
        return side.isEmpty() || side.equals(bookTitle) || side.equals(goldTitle);
    }

    private static Map<GoldPair, Integer> counts(List<GoldPair> units) {
        Map<GoldPair, Integer> counts = new HashMap<>();
        units.forEach(unit -> counts.merge(unit, 1, Integer::sum));
        return counts;
    }

    /**
     * Junk lines found in the published units or made the book's title or subtitle (a breadcrumb or a
     * site name as the title is junk published too): a line listed k times counts at most k times. A line is
     * found when a side equals it or, for a line of six characters or more that no gold side contains,
     * when a side contains it (junk glued to a paragraph). A listed line that is the gold title itself (a
     * title page's lines, listed so that they are not published as text) is found only in the units: as
     * the book's title it is where it belongs, and the title check scores it.
     */
    private static int junkPublished(RealText text, List<GoldPair> units, List<GoldPair> titles) {
        Map<String, Integer> listed = new HashMap<>();
        text.junk().forEach(line -> listed.merge(line, 1, Integer::sum));
        int published = 0;
        for (Map.Entry<String, Integer> entry : listed.entrySet()) {
            String junk = entry.getKey();
            boolean gluable = junk.length() >= GLUED_JUNK_LENGTH
                    && text.body().stream().noneMatch(g -> g.zh().contains(junk) || g.en().contains(junk));
            boolean goldTitle = junk.equals(PlainText.of(text.get("title_zh"))) || junk.equals(PlainText.of(text.get("title_en")));
            List<GoldPair> surfaces = new ArrayList<>(units);
            if (!goldTitle) {
                surfaces.addAll(titles);
            }
            int found = 0;
            for (GoldPair surface : surfaces) {
                for (String side : List.of(surface.zh(), surface.en())) {
                    if (side.equals(junk) || (gluable && side.contains(junk))) {
                        found++;
                    }
                }
            }
            // A junk line that is also a gold side (a table of contents repeating a heading) counts only
            // where it is published more often than the gold has it.
            long asGold = text.body().stream().flatMap(g -> Stream.of(g.zh(), g.en()))
                    .filter(junk::equals).count();
            published += (int) Math.min(Math.max(0, found - asGold), entry.getValue());
        }
        return published;
    }

    private static Check title(RealText text, Metadata metadata) {
        GoldPair found = GoldPair.of(metadata.title());
        String zh = PlainText.of(text.get("title_zh"));
        String en = PlainText.of(text.get("title_en"));
        if (zh.isEmpty() && en.isEmpty()) {
            return Check.notApplicable(found.toString());
        }
        boolean right = (zh.isEmpty() || zh.equals(found.zh())) && (en.isEmpty() || en.equals(found.en()));
        return new Check(new GoldPair(zh, en).toString(), found.toString(), right);
    }

    private static Check date(RealText text, Metadata metadata) {
        String expected = text.get("date");
        String found = metadata.publicationDate().map(LocalDate::toString).orElse("");
        if (expected == null) {
            return found.isEmpty() ? Check.notApplicable("") : new Check("", found, false);
        }
        return new Check(expected, found, expected.equals(found));
    }

    /**
     * Right when every person the gold names is found (an entry equal to one of the person's names, or
     * holding it, as "Confucius (孔子)" does) and every entry found names a gold person.
     */
    static Check people(List<List<String>> persons, Optional<List<String>> found) {
        String expected = String.join("; ", persons.stream().map(p -> String.join("|", p)).toList());
        if (found.isEmpty()) {
            return new Check(expected, "", null);
        }
        List<String> names = found.get();
        if (persons.isEmpty()) {
            return names.isEmpty() ? Check.notApplicable("") : new Check("", String.join("; ", names), false);
        }
        boolean everyPersonFound = persons.stream().allMatch(p -> names.stream().anyMatch(n -> names(n, p)));
        boolean everyNameKnown = names.stream().allMatch(n -> persons.stream().anyMatch(p -> names(n, p)));
        return new Check(expected, String.join("; ", names), everyPersonFound && everyNameKnown);
    }

    private static boolean names(String entry, List<String> person) {
        return person.stream().anyMatch(name -> entry.equals(name) || entry.contains(name));
    }
}
