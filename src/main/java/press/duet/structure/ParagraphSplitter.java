package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import press.duet.read.DraftBlock;
import press.duet.text.DisplayColumns;
import press.duet.text.LanguageIdentifier;
import press.duet.text.LanguageRun;
import press.duet.text.Scripts;
import press.duet.text.Whitespace;

/**
 * Finds paragraphs the way a file means them. A line is a paragraph of its own, unless its block is
 * hard-wrapped prose (lines filled to a similar width, as in Project Gutenberg files; see
 * {@link HardWrappedLines}): then each paragraph's lines are joined, with a space in English and with
 * nothing between Chinese characters.
 * A run of short lines in one language that reads as verse stays one paragraph with its line breaks
 * ({@code '\n'}), and so do the lines of a block its format marks as verbatim.
 */
final class ParagraphSplitter {
    /** Hard-wrapped lines are filled to a column; no editor wraps prose narrower than this. */
    static final int MIN_WRAP_COLUMNS = 40;

    /** What may stand between a sentence and its translation on one line. */
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s*[|｜/／]$");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[|｜/／]\\s*");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** The least a run of each language holds to be a sentence of its own: four characters, three short words. */
    private static final int MIN_HAN_OF_SENTENCE = 4;
    private static final int MIN_LETTERS_OF_SENTENCE = 9;
    private static final Pattern SENTENCE_OR_CLAUSE_INSIDE = Pattern.compile("[，。！？；：、!?;:,]|\\.\\s");

    private ParagraphSplitter() {
    }

    /** Verse lines are short: a line of classical verse is 5 or 7 characters, of English verse a few words. */
    private static final int MAX_VERSE_COLUMNS_CHINESE = 40;
    private static final int MAX_VERSE_COLUMNS_ENGLISH = 64;

    /**
     * The paragraphs of a file's blocks: each block split as {@link #split} does, line-end hyphens
     * judged by the file's own words, and a paragraph cut by a page break (a blank line inside a
     * sentence, as e-texts that keep their book's pages have) joined again.
     */
    static List<Paragraph> paragraphs(List<DraftBlock> blocks) {
        LineEndHyphens hyphens = LineEndHyphens.of(blocks);
        List<Paragraph> paragraphs = new ArrayList<>();
        boolean previousWrapped = false;
        for (DraftBlock block : blocks) {
            List<Paragraph> found = split(block, hyphens);
            if (previousWrapped && !paragraphs.isEmpty() && !found.isEmpty() && block.kind() == DraftBlock.Kind.LINES
                    && continuesAcrossPageBreak(paragraphs.get(paragraphs.size() - 1), found.get(0))) {
                Paragraph before = paragraphs.remove(paragraphs.size() - 1);
                Paragraph after = found.get(0);
                paragraphs.add(before.joined(after, hyphens.join(before.text(), after.text())));
                paragraphs.addAll(found.subList(1, found.size()));
            } else {
                paragraphs.addAll(found);
            }
            previousWrapped = block.kind() == DraftBlock.Kind.LINES && block.lines().size() > 1;
        }
        return paragraphs;
    }

    static List<Paragraph> split(DraftBlock block) {
        return split(block, LineEndHyphens.NONE);
    }

    private static List<Paragraph> split(DraftBlock block, LineEndHyphens hyphens) {
        return switch (block.kind()) {
            case HEADING -> List.of(heading(block));
            case PARAGRAPH -> splitRunOnHeadings(joinRunsOfOneLanguage(lines(block), " ", hyphens));
            case VERBATIM -> joinRunsOfOneLanguage(lines(block), "\n", hyphens);
            case ROW -> throw new IllegalArgumentException("table rows are paired as they stand, not split");
            case FIGURE, BREAK, TABLE -> throw new IllegalArgumentException(block.kind() + " blocks are placed as they stand, not split");
            case LINES -> splitRunOnHeadings(splitLines(block, hyphens));
        };
    }

    /**
     * An English paragraph that a page break cut in two: the first part is wrapped prose (a block of
     * several lines, at least a wrap's width), ends inside a sentence, and the second opens with a
     * small letter and is no byline ("by Lao-Tse" under a title). A new paragraph never opens so, and a
     * verse line is shorter.
     */
    private static boolean continuesAcrossPageBreak(Paragraph before, Paragraph after) {
        String a = before.text();
        String b = after.text();
        return before.isEnglish() && after.isEnglish() && !before.isMarkedHeading() && !after.isMarkedHeading()
                && Character.isLowerCase(b.charAt(0)) && !endsSentence(a) && !DisplayColumns.fit(a, MIN_WRAP_COLUMNS)
                && a.indexOf('\n') < 0 && b.indexOf('\n') < 0 && ChapterHeadings.read(a) == null
                && !HeadParser.isHeadLine(b);
    }

    /**
     * "CHAPTER I. 1. The Master said, …" is a heading and the chapter's first verse: two paragraphs,
     * the heading (the number) and the text.
     */
    private static List<Paragraph> splitRunOnHeadings(List<Paragraph> paragraphs) {
        List<Paragraph> out = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            ChapterHeadings.Reading reading = p.text().indexOf('\n') < 0 ? ChapterHeadings.read(p.text()) : null;
            if (reading != null && reading.runOn() != null) {
                if (out == null) {
                    out = new ArrayList<>(paragraphs.subList(0, i));
                }
                int runOn = p.text().lastIndexOf(reading.runOn());
                int heading = p.text().indexOf(reading.heading());
                if (heading >= 0 && runOn >= heading + reading.heading().length()) {
                    out.add(p.part(heading, heading + reading.heading().length(), true, false));
                    out.add(p.part(runOn, runOn + reading.runOn().length(), false, true));
                } else {
                    out.add(p.rewritten(reading.heading()));
                    out.add(p.rewritten(reading.runOn()).withoutNotes());
                }
            } else if (out != null) {
                out.add(p);
            }
        }
        return out == null ? paragraphs : out;
    }

    private static Paragraph heading(DraftBlock block) {
        String text = Whitespace.tidy(block.lines().get(0));
        return Paragraph.ofLine(block, 0, text, block.level());
    }

    private static List<Paragraph> lines(DraftBlock block) {
        List<Paragraph> lines = new ArrayList<>();
        for (int i = 0; i < block.lines().size(); i++) {
            String text = LanguageLabel.strip(ListBullet.strip(Whitespace.tidy(block.lines().get(i))));
            if (!text.isEmpty()) {
                lines.addAll(pairOnOneLine(Paragraph.ofLine(block, i, text, 0)));
            }
        }
        return lines;
    }

    /**
     * A line that holds a sentence and its translation ("春天来了。Spring has come.") becomes two
     * paragraphs, and a line of several such sentences, one after the other in alternating languages,
     * becomes one paragraph for each: every run of some length, and each one before the next ending a
     * sentence or a clause, or followed by a separator, or a headline followed by its translation
     * ({@link LanguageRuns#isHeadlinePair}). A name or term in the other language inside a run ("He
     * read 静夜思 aloud", "KPHO电视台报导") belongs to that run ({@link LanguageRuns#absorbNames}); a
     * short run at either end keeps the line whole.
     */
    static List<Paragraph> pairOnOneLine(int line, String text) {
        return pairOnOneLine(new Paragraph(line, text));
    }

    private static List<Paragraph> pairOnOneLine(Paragraph whole) {
        String text = whole.text();
        if (!mayHoldBothLanguages(whole.profile())) {
            return List.of(whole);
        }
        List<Paragraph> bracketed = bracketedHeadlinePair(whole);
        if (bracketed != null) {
            return bracketed;
        }
        List<LanguageRun> runs = LanguageRuns.absorbNames(text, LanguageIdentifier.runs(text));
        if (runs.size() < 2) {
            return List.of(whole);
        }
        boolean shortHeadlinePair = runs.size() == 2 && isShortHeadlinePair(runs.get(0).of(text).strip(),
                runs.get(0).lang().isChinese(), runs.get(1).of(text).strip());
        List<String> parts = new ArrayList<>();
        int[] starts = new int[runs.size()];
        boolean separatedBefore = false;
        for (int k = 0; k < runs.size(); k++) {
            String run = runs.get(k).of(text);
            String part = run.strip();
            int start = runs.get(k).start() + run.indexOf(part);
            java.util.regex.Matcher leading = LEADING_SEPARATOR.matcher(part);
            String trimmed = leading.lookingAt() ? part.substring(leading.end()) : part;
            start += part.length() - trimmed.length();
            boolean separated = separatedBefore || !trimmed.equals(part);
            part = trimmed;
            String cut = TRAILING_SEPARATOR.matcher(part).replaceFirst("");
            separatedBefore = !cut.equals(part);
            part = cut;
            if (part.isEmpty() || !longEnough(part, runs.get(k).lang().isChinese()) && !shortHeadlinePair) {
                return List.of(whole);
            }
            if (k > 0 && !separated && !endsSentenceOrClause(parts.get(k - 1)) && !bothPassages(parts.get(k - 1), part)
                    && !(k == 1 && isHeadlinePair(parts.get(0), runs.get(0).lang().isChinese(), part, runs.size()))) {
                return List.of(whole);
            }
            parts.add(part);
            starts[k] = start;
        }
        List<Paragraph> out = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            out.add(whole.part(starts[k], starts[k] + parts.get(k).length(), k == 0, k == parts.size() - 1));
        }
        return out;
    }

    /**
     * An English headline set in lenticular brackets, after its item number or none, and its Chinese
     * translation after the brackets ("1【China bus crash kills five German tourists】京津塘高速车祸致…",
     * as study pages list their items): the headline and its translation, without the brackets and
     * the number, which only set the item apart. The headline has at least three words: a word or two
     * in brackets is a label (【Chinese】, and the Chinese 【双语】 or 【精彩回顾】, which is why a
     * bracketed Chinese part is not taken), not a headline. Null for any other line.
     */
    private static List<Paragraph> bracketedHeadlinePair(Paragraph whole) {
        java.util.regex.Matcher m = BRACKETED_HEADLINE.matcher(whole.text());
        if (!m.matches()) {
            return null;
        }
        Paragraph first = whole.part(m.start(1), m.end(1), true, false);
        Paragraph second = whole.part(m.start(2), m.end(2), false, true);
        if (!first.isEnglish() || !second.isChinese() || first.profile().mixed() || second.profile().mixed()
                || WHITE_SPACE.split(first.text()).length < 3
                || !isHeadlinePair(first.text(), first.isChinese(), second.text(), 2)) {
            return null;
        }
        return List.of(first, second);
    }

    private static final Pattern BRACKETED_HEADLINE = Pattern.compile("\\s*(?:\\d{1,3}[.、．]?\\s*)?【\\s*([^【】]*[^【】\\s])\\s*】\\s*(\\S.*?)\\s*");

    /**
     * Whether a line may hold a sentence in each language: both scripts carry a real share of it, or
     * the minor one has at least a short sentence's letters. A long Chinese story followed by the
     * opening sentence of its English ("…增长更慢。 A new report predicts that inflation will ease …")
     * gives the English under a tenth of the line's weight, yet it is a translation, not a name.
     */
    private static boolean mayHoldBothLanguages(LanguageIdentifier.Profile profile) {
        return profile.mixed() || profile.han() >= MIN_HAN_OF_SENTENCE && profile.latin() >= MIN_LETTERS_OF_SENTENCE;
    }

    /**
     * A line that is only a headline and its translation, the English of two words ("My
     * Self-Introduction 我的自我介紹"): a headline is shorter than a sentence, and a line that holds
     * nothing else needs no sentence's length on either side to be the two of them.
     */
    private static boolean isShortHeadlinePair(String first, boolean firstChinese, String second) {
        String zh = firstChinese ? first : second;
        String en = firstChinese ? second : first;
        return WHITE_SPACE.split(en).length >= 2 && longEnough(zh, true) && isHeadlinePair(first, firstChinese, second, 2);
    }

    private static boolean longEnough(String part, boolean chinese) {
        return chinese ? part.codePoints().filter(Scripts::isHan).count() >= MIN_HAN_OF_SENTENCE : WHITE_SPACE.split(part).length >= 3;
    }

    /**
     * Two runs that each hold a sentence's end inside are passages, one in each language, though the
     * first stops without a mark (a copy cut short: "…将留在他的故乡亚利桑那州 Americans across the
     * United States are celebrating …. July fourth, …"): a quoted term or name in the other language
     * never holds two sentences, nor do a name's initials make one ("老布什(George H.W. Bush)、…").
     */
    private static boolean bothPassages(String before, String after) {
        return SENTENCE_INSIDE.matcher(before.substring(0, before.length() - 1)).find()
                && SENTENCE_INSIDE.matcher(after.substring(0, after.length() - 1)).find();
    }

    /** A stop inside a run; a name's initial ("George H.W. Bush") ends no sentence. */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[。！？]|(?<!(?:^|[\\s.(（])\\p{Lu})[.!?]\\s");

    private static boolean endsSentenceOrClause(String part) {
        return "。！？.!?”\"」』）),;，；".indexOf(part.charAt(part.length() - 1)) >= 0;
    }

    /**
     * A headline and its translation, in either order: measured by length only when the line holds
     * nothing else. The first part is the headline, so it holds no sentence or clause ("Hi! We will
     * talk about “政府工作报告”…" opens with sentences, and the Chinese in it is a quoted term).
     */
    private static boolean isHeadlinePair(String first, boolean firstChinese, String second, int runCount) {
        if (SENTENCE_OR_CLAUSE_INSIDE.matcher(first).find()) {
            return false;
        }
        String zh = firstChinese ? first : second;
        String en = firstChinese ? second : first;
        long han = zh.codePoints().filter(Scripts::isHan).count();
        return runCount > 2 ? LanguageRuns.isHeadline(zh, en) : LanguageRuns.isHeadlinePair(zh, en, han);
    }

    private static List<Paragraph> splitLines(DraftBlock block, LineEndHyphens hyphens) {
        List<Paragraph> lines = lines(block);
        if (lines.size() < 2) {
            return lines;
        }
        List<Paragraph> reflowed = HardWrappedLines.reflow(block, lines, hyphens);
        return reflowed != null ? reflowed : keepVerse(lines);
    }

    /**
     * Joins each run of verse lines into one paragraph with line breaks, and so each run of short
     * lines that carry one sentence on (every line but the last ends with a comma: a salutation
     * over two lines, 尊敬的艾伦会长， / 女士们，先生们，朋友们：); other lines stay as they are.
     */
    private static List<Paragraph> keepVerse(List<Paragraph> lines) {
        List<Paragraph> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = i + 1;
            while (end < lines.size() && lines.get(end).lang().isPresent()
                    && lines.get(end).lang().equals(lines.get(i).lang())) {
                end++;
            }
            List<Paragraph> run = lines.subList(i, end);
            if (looksLikeVerse(run) || carriesOneSentence(run)) {
                Paragraph verse = run.get(0);
                for (Paragraph line : run.subList(1, run.size())) {
                    verse = verse.joined(line, verse.text() + "\n" + line.text());
                }
                out.add(verse);
            } else {
                out.addAll(run);
            }
            i = end;
        }
        return out;
    }

    /**
     * Three or more short lines of one language, none a heading, most not ending a sentence: verse
     * lines end with commas or nothing as often as with full stops, while short prose lines (a list of
     * one-line paragraphs, dialogue) nearly all end with one.
     */
    static boolean looksLikeVerse(List<Paragraph> run) {
        if (run.size() < 3 || run.get(0).lang().isEmpty()) {
            return false;
        }
        int limit = run.get(0).isChinese() ? MAX_VERSE_COLUMNS_CHINESE : MAX_VERSE_COLUMNS_ENGLISH;
        int sentenceEnds = 0;
        for (Paragraph line : run) {
            if (!DisplayColumns.fit(line.text(), limit) || ChapterHeadings.isHeading(line)) {
                return false;
            }
            char last = line.text().charAt(line.text().length() - 1);
            if ("。！？.!?…".indexOf(last) >= 0) {
                sentenceEnds++;
            }
        }
        return sentenceEnds <= run.size() * 0.6;
    }

    /**
     * Two or more short lines of one language, none a heading, each but the last ending with a comma:
     * one sentence broken over lines, which no translation renders line by line.
     */
    private static boolean carriesOneSentence(List<Paragraph> run) {
        if (run.size() < 2 || run.get(0).lang().isEmpty()) {
            return false;
        }
        int limit = run.get(0).isChinese() ? MAX_VERSE_COLUMNS_CHINESE : MAX_VERSE_COLUMNS_ENGLISH;
        for (int k = 0; k < run.size(); k++) {
            String text = run.get(k).text();
            if (!DisplayColumns.fit(text, limit) || ChapterHeadings.isHeading(run.get(k))) {
                return false;
            }
            if (k < run.size() - 1 && ",，、".indexOf(text.charAt(text.length() - 1)) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean endsSentence(String line) {
        String text = line.strip();
        while (!text.isEmpty() && "”’\"'）)」』".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1);
        }
        return !text.isEmpty() && "。！？.!?…".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static List<Paragraph> joinRunsOfOneLanguage(List<Paragraph> lines, String separator, LineEndHyphens hyphens) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Paragraph current = null;
        boolean currentStandsAlone = false;
        for (Paragraph line : lines) {
            // A heading, a byline or a date line is a line of its own even inside a Markdown paragraph.
            boolean standsAlone = separator.equals(" ") && (ChapterHeadings.isHeading(line) || HeadParser.isHeadLine(line.text()));
            // In a verbatim block a line without letters (a code block's closing brace) is the run's own.
            boolean sameRun = current != null && (current.lang().equals(line.lang())
                    || separator.equals("\n") && line.lang().isEmpty());
            if (sameRun && !standsAlone && !currentStandsAlone) {
                String joined = separator.equals("\n") ? current.text() + "\n" + line.text()
                        : join(current.text(), line.text(), hyphens);
                current = current.joined(line, joined);
            } else {
                if (current != null) {
                    paragraphs.add(current);
                }
                current = line;
                currentStandsAlone = standsAlone;
            }
        }
        if (current != null) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    /**
     * Joins two wrapped lines: nothing where either side is CJK, else one space between words, or
     * across a line-end hyphen as {@link LineEndHyphens} judges it.
     */
    static String join(String left, String right, LineEndHyphens hyphens) {
        int last = left.codePointBefore(left.length());
        int first = right.codePointAt(0);
        if (Scripts.isCjk(last) || Scripts.isCjk(first)) {
            return left + right;
        }
        return hyphens.join(left, right);
    }
}
