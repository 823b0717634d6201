package press.duet.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import press.duet.model.BilingualText;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Origin;
import press.duet.model.Segment;
import press.duet.read.Declared;
import press.duet.text.LanguageIdentifier;

/**
 * A book's metadata from what the structure stage found: the user's options first, then the text's
 * head lines, then what the inputs' formats declare; and the series several parts' titles share.
 */
final class BookMetadata {
    private BookMetadata() {
    }

    /**
     * The book's metadata: the user's options first, then what the text's head lines say, then what
     * the inputs' formats declare ({@code declared}, in reading order) for what the text leaves out.
     */
    static Metadata of(BilingualText title, Head head, Head otherHead, Lang leading, Lang chinese,
                       List<Integer> parts, String series, StructureOptions options,
                       List<Declared> declared) {
        Segment zh = title.zh();
        Segment en = title.en();
        if (options.titleZh() != null) {
            zh = new Segment(chinese, options.titleZh());
        }
        if (options.titleEn() != null) {
            en = new Segment(Lang.EN, options.titleEn());
        }
        BilingualText finalTitle = withVariety(new BilingualText(zh, en), chinese);
        head = signersByLeadingLanguage(head, leading);
        otherHead = otherHead == null ? null : signersByLeadingLanguage(otherHead, leading);
        List<String> authors = new ArrayList<>(head.authors());
        if (otherHead != null && oneNameInEachScript(head.authors(), otherHead.authors())) {
            // Two files, each signed by one name, one in Han characters and one in Latin letters: one person in both
            // languages, "安东尼·J·布林肯 (Antony J. Blinken)", as a byline giving both writes it.
            authors.set(0, head.authors().get(0) + " (" + otherHead.authors().get(0) + ")");
        } else if (otherHead != null) {
            otherHead.authors().stream().filter(a -> !authors.contains(a)).forEach(authors::add);
        }
        if (!options.authors().isEmpty()) {
            authors.clear();
            authors.addAll(options.authors());
        }
        if (authors.isEmpty()) {
            declared.forEach(d -> d.authors().stream().filter(a -> !authors.contains(a)).forEach(authors::add));
        }
        List<String> translators = new ArrayList<>(head.translators());
        if (otherHead != null) {
            otherHead.translators().stream().filter(t -> !translators.contains(t)).forEach(translators::add);
        }
        if (translators.isEmpty()) {
            declared.forEach(d -> d.translators().stream().filter(t -> !translators.contains(t)).forEach(translators::add));
        }
        if (!options.translators().isEmpty()) {
            translators.clear();
            translators.addAll(options.translators());
        }
        LocalDate date = options.date() != null ? options.date() : textDate(head, otherHead, declared);
        Integer part = options.part() != null ? options.part()
                : parts.isEmpty() ? head.part() : parts.get(0);
        String label = head.label() != null ? head.label() : otherHead != null ? otherHead.label() : null;
        BilingualText subtitle = head.subtitle() != null ? withVariety(head.subtitle(), chinese)
                : otherHead != null ? otherHead.subtitle() : null;
        if (options.subtitle() != null) {
            subtitle = LanguageIdentifier.identify(options.subtitle()).filter(Lang::isChinese).isPresent()
                    ? new BilingualText(new Segment(chinese, options.subtitle()), null)
                    : new BilingualText(null, new Segment(Lang.EN, options.subtitle()));
        }
        List<Integer> allParts = !parts.isEmpty() ? parts : part == null ? List.of() : List.of(part);
        String seriesName = options.series() != null ? options.series() : series != null ? series
                : head.series() != null ? head.series()
                : declared.stream().map(Declared::series).filter(Objects::nonNull).findFirst().orElse(null);
        Origin origin = declared.stream().map(Declared::origin).filter(Origin::isKnown).findFirst().orElse(Origin.NONE);
        return new Metadata(finalTitle, authors, date, part, label, leading, chinese, subtitle, seriesName, allParts,
                translators, origin);
    }

    /**
     * A text signed with a name alone and no word of a role ("◎林秋", an edition's maker in a source note):
     * where the name is in the language that follows, the translation's, it signs the translation — a
     * Chinese name under English-led news, as pages of translated news sign; a name in Latin letters under
     * a Chinese classic and its English. The head then names no author.
     */
    private static Head signersByLeadingLanguage(Head head, Lang leading) {
        boolean chineseNamesOnly = !head.signers().isEmpty()
                && head.signers().stream().allMatch(name -> name.codePoints().noneMatch(press.duet.text.Scripts::isLatinLetter));
        boolean latinNamesOnly = !head.signers().isEmpty()
                && head.signers().stream().allMatch(name -> name.codePoints().noneMatch(press.duet.text.Scripts::isHan));
        boolean signsTranslation = leading == Lang.EN ? chineseNamesOnly : leading != null && leading.isChinese() && latinNamesOnly;
        if (!signsTranslation || !head.translators().isEmpty()) {
            return head;
        }
        List<String> authors = head.authors().stream().filter(a -> !head.signers().contains(a)).toList();
        return new Head(head.title(), head.label(), head.part(), head.date(), authors, head.bodyStart(), head.subtitle(),
                head.signers(), head.series(), head.titleStart(), head.notes(), head.pageDate(), List.of());
    }

    private static boolean oneNameInEachScript(List<String> chinese, List<String> english) {
        return chinese.size() == 1 && english.size() == 1
                && chinese.get(0).codePoints().anyMatch(press.duet.text.Scripts::isHan) && !chinese.get(0).contains("(")
                && english.get(0).codePoints().noneMatch(press.duet.text.Scripts::isHan);
    }

    /**
     * The text's date: its own, as a head gives it (a date line, a dateline); else the date a page says
     * it was put up, a copy's date standing for the text's; else what an input's format declares.
     */
    private static LocalDate textDate(Head head, Head otherHead, List<Declared> declared) {
        List<Head> heads = otherHead == null ? List.of(head) : List.of(head, otherHead);
        return heads.stream().map(Head::date).filter(Objects::nonNull).findFirst()
                .or(() -> heads.stream().map(Head::pageDate).filter(Objects::nonNull).findFirst())
                .orElseGet(() -> declared.stream().map(Declared::date).filter(Objects::nonNull).findFirst().orElse(null));
    }

    /**
     * The series several parts belong to: the start their titles share ("城市笔记 之一", "城市笔记 之二"),
     * when it is a few words long; null when they share none.
     */
    static String seriesName(List<BilingualText> titles) {
        if (titles.size() < 2) {
            return null;
        }
        for (boolean chineseSide : new boolean[] {true, false}) {
            String prefix = null;
            for (BilingualText title : titles) {
                Segment side = chineseSide ? title.zh() : title.en();
                if (side == null) {
                    prefix = null;
                    break;
                }
                prefix = prefix == null ? side.text() : commonPrefix(prefix, side.text());
            }
            if (prefix != null) {
                String trimmed = prefix.replaceFirst("[\\s:：,，·\\-—–(（【\\[之第0-9]+$", "").strip();
                if (trimmed.length() >= (chineseSide ? 2 : 4)) {
                    return trimmed;
                }
            }
        }
        return null;
    }

    private static String commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return a.substring(0, n);
    }

    static BilingualText withVariety(BilingualText title, Lang chinese) {
        if (title.zh() == null || title.zh().lang() == chinese) {
            return title;
        }
        return new BilingualText(new Segment(chinese, title.zh().text()), title.en());
    }
}
