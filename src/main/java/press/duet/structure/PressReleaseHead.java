package press.duet.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import press.duet.model.BilingualText;
import press.duet.model.Lang;
import press.duet.model.Segment;
import press.duet.text.ChineseVariety;
import press.duet.text.DisplayColumns;
import press.duet.text.Scripts;

/**
 * The head of a press release or a transcript as offices and their copies print it: a block of short
 * lines before the first sentence of the body (the office, the date, the title, the place, the time,
 * the speaker) with a date line among them and more short lines after it. The title is
 * the line after the first date line that holds the most letters of the body's language (a
 * place or an office is shorter), and not a line the block repeats (a site's headline); the lines
 * that are neither title, date nor byline are notes of the head, left out and listed.
 */
final class PressReleaseHead {
    /** A date or byline followed by at least this many other short lines makes a press release's head. */
    private static final int MIN_LINES_AFTER_DATE = 2;
    /** A numbered line ("I. Laying Plans", "1. …", "一、…") begins a body of sections, whatever its shape. */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(
            "^([IVXLC]+|\\d{1,3})[.．)]\\s|^[一二三四五六七八九十]{1,3}[、．]");

    private PressReleaseHead() {
    }

    static Optional<Head> of(List<Paragraph> paragraphs) {
        int body = -1;
        for (int i = 0; i < paragraphs.size() && i < HeadParser.BODY_WINDOW && body < 0; i++) {
            Paragraph p = paragraphs.get(i);
            if (ChapterHeadings.isHeading(p) || p.lang().isEmpty() || p.level() > 0 || NUMBERED.matcher(p.text()).lookingAt()) {
                return Optional.empty();
            }
            String text = p.text();
            if (!DisplayColumns.fit(text, HeadParser.MAX_NOTE_COLUMNS)
                    || HeadParser.endsLikeSentence(text) && !DisplayColumns.fit(text, 24)) {
                body = i;
            }
        }
        if (body < 3) {
            return Optional.empty();
        }
        int first = -1;
        int others = 0;
        Map<String, Integer> repeats = new HashMap<>();
        for (int i = 0; i < body; i++) {
            String text = paragraphs.get(i).text();
            repeats.merge(text, 1, Integer::sum);
            if (HeadParser.dateLine(text).isPresent()) {
                first = first < 0 ? i : first;
            } else if (first >= 0) {
                others++;
            }
        }
        if (first < 0 || others < MIN_LINES_AFTER_DATE) {
            return Optional.empty();
        }
        if (first == 1 && opensTwoTitleBlocks(paragraphs, body)) {
            // A title and its date, then the other language's title block ("Remarks by …" / "September 9, 2011" /
            // "…的演讲" / "北京外国语大学" / "2011年9月9日"): two title blocks, which the head parser reads, not an
            // office's release whose title follows its date.
            return Optional.empty();
        }
        boolean chinese = paragraphs.get(body).isChinese();
        int title = -1;
        long most = 0;
        for (int i = first + 1; i < body; i++) {
            String text = paragraphs.get(i).text();
            long letters = letters(text, chinese);
            if (!HeadParser.isHeadLine(text) && repeats.get(text) == 1 && letters > most) {
                title = i;
                most = letters;
            }
        }
        if (title < 0) {
            return Optional.empty();
        }
        // The title in the other language beside it: "Remarks by …" over "…演讲稿".
        int other = otherTitle(paragraphs, title, body);
        LocalDate date = null;
        LocalDate pageDate = null;
        List<String> authors = new ArrayList<>();
        List<String> translators = new ArrayList<>();
        List<Integer> notes = new ArrayList<>();
        for (int i = 0; i < body; i++) {
            String text = paragraphs.get(i).text();
            Optional<LocalDate> dated = HeadParser.dateLine(text);
            Optional<Byline.Credits> credits = Byline.of(text);
            if (i == title || i == other) {
                continue;
            }
            if (dated.isPresent() && DateParser.labelled(text)) {
                // "更新时间：…" is when the page was put up; a bare date line is the text's own date.
                pageDate = pageDate == null ? dated.get() : pageDate;
            } else if (dated.isPresent()) {
                date = date == null ? dated.get() : date;
            } else if (credits.isPresent()) {
                credits.get().authors().stream().filter(a -> !authors.contains(a)).forEach(authors::add);
                credits.get().translators().stream().filter(t -> !translators.contains(t)).forEach(translators::add);
            } else {
                notes.add(i);
            }
        }
        Paragraph line = paragraphs.get(title);
        HeadParser.TitleLine titled = HeadParser.titleLine(line.text());
        if (authors.isEmpty()) {
            // A release's title names its speaker as any speech's does: "奥巴马总统在联合国大会发表讲话".
            SpeakerInTitle.name(titled.text()).or(() -> other < 0 ? java.util.Optional.empty()
                    : SpeakerInTitle.name(paragraphs.get(other).text())).ifPresent(authors::add);
        }
        Segment side = line.isChinese() ? new Segment(ChineseVariety.of(titled.text()), titled.text()) : new Segment(Lang.EN, titled.text());
        Segment otherSide = null;
        if (other >= 0) {
            String text = HeadParser.titleLine(paragraphs.get(other).text()).text();
            otherSide = line.isChinese() ? new Segment(Lang.EN, text) : new Segment(ChineseVariety.of(text), text);
        }
        BilingualText both = line.isChinese() ? new BilingualText(side, otherSide) : new BilingualText(otherSide, side);
        BilingualText subtitle = HeadParser.subtitleOf(titled.text(), line.isChinese() ? HeadParser.ZH_SUBTITLE : HeadParser.EN_SUBTITLE)
                .map(text -> line.isChinese() ? new BilingualText(new Segment(side.lang(), text), null)
                        : new BilingualText(null, new Segment(Lang.EN, text)))
                .orElse(null);
        return Optional.of(new Head(both, titled.label(), titled.part(), date, authors, body, subtitle, translators,
                titled.series(), 0, notes, pageDate, List.of()));
    }

    /**
     * Whether the head opens with a title and its date, and a title in the other language follows with a
     * date line of its own below it: each language's title block ("Remarks by …" / "September 9, 2011" /
     * "…的演讲" / "北京外国语大学" / "2011年9月9日"), not an office's name over its release's date.
     */
    private static boolean opensTwoTitleBlocks(List<Paragraph> paragraphs, int body) {
        Paragraph first = paragraphs.get(0);
        if (first.lang().isEmpty() || HeadParser.isHeadLine(first.text()) || !HeadParser.looksLikeTitle(first, 0, false)) {
            return false;
        }
        boolean otherTitle = false;
        for (int i = 2; i < body; i++) {
            Paragraph p = paragraphs.get(i);
            if (otherTitle && HeadParser.dateLine(p.text()).isPresent()) {
                return true;
            }
            otherTitle |= p.lang().isPresent() && p.isChinese() != first.isChinese() && !HeadParser.isHeadLine(p.text())
                    && HeadParser.looksLikeTitle(p, 0, false);
        }
        return false;
    }

    /**
     * The line just after or before the title, in the other language, that reads as a title and is no
     * date line or byline: the title's other side; -1 when there is none.
     */
    private static int otherTitle(List<Paragraph> paragraphs, int title, int body) {
        Paragraph line = paragraphs.get(title);
        for (int i : new int[] {title + 1, title - 1}) {
            if (i < 0 || i >= body) {
                continue;
            }
            Paragraph p = paragraphs.get(i);
            boolean otherLanguage = line.isChinese() ? p.isEnglish() : p.isChinese();
            if (otherLanguage && !HeadParser.isHeadLine(p.text()) && HeadParser.looksLikeTitle(p, 0, false)) {
                return i;
            }
        }
        return -1;
    }

    /** How many letters of the language the text has: Han characters for Chinese, Latin letters for English. */
    private static long letters(String text, boolean chinese) {
        return text.codePoints().filter(c -> chinese ? Scripts.isHan(c) : Scripts.isLatinLetter(c)).count();
    }
}
