package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import press.duet.text.LanguageIdentifier;
import press.duet.text.LanguageRun;
import press.duet.text.Scripts;

/**
 * A line that holds a passage and its translation, cut into the two (or into one paragraph for each
 * passage of a line in alternating languages): what {@link ParagraphSplitter} does with each line before
 * it joins lines into paragraphs.
 */
final class OneLinePairs {
    /** What may stand between a sentence and its translation on one line. */
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s*[|｜/／]$");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[|｜/／]\\s*");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** The least a run of each language holds to be a sentence of its own: four characters, three short words. */
    private static final int MIN_HAN_OF_SENTENCE = 4;
    private static final int MIN_LETTERS_OF_SENTENCE = 9;
    private static final Pattern SENTENCE_OR_CLAUSE_INSIDE = Pattern.compile("[，。！？；：、!?;:,]|\\.\\s");

    private OneLinePairs() {
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
    static List<Paragraph> split(int line, String text) {
        return split(new Paragraph(line, text));
    }

    static List<Paragraph> split(Paragraph whole) {
        String text = whole.text();
        if (!mayHoldBothLanguages(whole.profile())) {
            return List.of(whole);
        }
        List<Paragraph> bracketed = bracketedHeadlinePair(whole);
        if (bracketed == null) {
            bracketed = notesSideBySide(whole);
        }
        if (bracketed != null) {
            return bracketed;
        }
        List<LanguageRun> runs = LanguageRuns.absorbNames(text, LanguageIdentifier.runs(text));
        if (runs.size() < 2) {
            return List.of(whole);
        }
        List<Paragraph> headings = headingAndTranslation(whole, runs);
        if (headings != null) {
            return headings;
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

    /**
     * A line that is a heading and its translation, each a heading by itself and of the same number
     * ("Preface 序言", "第一章 Chapter 1", "Chapter II 第二章"): the two headings, which the chapters pair as one
     * bilingual title. A heading needs no sentence's length, and a line read whole as one heading
     * would give the other language's words to it. Null for any other line.
     */
    private static List<Paragraph> headingAndTranslation(Paragraph whole, List<LanguageRun> runs) {
        if (runs.size() != 2 || runs.get(0).lang().isChinese() == runs.get(1).lang().isChinese()) {
            return null;
        }
        String text = whole.text();
        Paragraph[] parts = new Paragraph[2];
        int number = 0;
        for (int k = 0; k < 2; k++) {
            String run = runs.get(k).of(text);
            String part = run.strip();
            if (part.isEmpty()) {
                return null;
            }
            ChapterHeadings.Reading reading = ChapterHeadings.read(part);
            if (reading == null || reading.runOn() != null || k == 1 && reading.number() != number) {
                return null;
            }
            number = reading.number();
            int start = runs.get(k).start() + run.indexOf(part);
            parts[k] = whole.part(start, start + part.length(), k == 0, k == 1);
            if (!ChapterHeadings.isHeading(parts[k])) {
                return null;
            }
        }
        return List.of(parts);
    }

    /**
     * A line that is two notes in brackets side by side, one in each language ("(Adopted at the Fifth
     * Session … amended on March 11, 2018) (1982年12月4日第五届全国人民代表大会第五次会议通过 … 修正)", as a law's
     * bilingual edition gives its adoption note under the title, or a page its editor's note): the note
     * and its translation. Each bracket closes what it opened, so the cut is where the first closes,
     * whatever its words end with; the runs of language cannot tell it, since the dates and numbers at
     * the end of the first note read as part of the Chinese after it. Each note is wholly in one
     * language and long enough for a sentence's clause. Null for any other line.
     */
    private static List<Paragraph> notesSideBySide(Paragraph whole) {
        String text = whole.text();
        if (text.isEmpty() || OPENING.indexOf(text.charAt(0)) < 0 || CLOSING.indexOf(text.charAt(text.length() - 1)) < 0) {
            return null;
        }
        int firstEnd = closingOf(text, 0);
        if (firstEnd < 0 || firstEnd == text.length() - 1) {
            return null;
        }
        int second = firstEnd + 1;
        while (second < text.length() && Character.isWhitespace(text.charAt(second))) {
            second++;
        }
        if (second >= text.length() || OPENING.indexOf(text.charAt(second)) < 0 || closingOf(text, second) != text.length() - 1) {
            return null;
        }
        Paragraph first = whole.part(0, firstEnd + 1, true, false);
        Paragraph after = whole.part(second, text.length(), false, true);
        if (first.profile().mixed() || after.profile().mixed() || first.isChinese() == after.isChinese()
                || !(first.isChinese() || first.isEnglish()) || !(after.isChinese() || after.isEnglish())
                || !longEnough(first.text(), first.isChinese()) || !longEnough(after.text(), after.isChinese())) {
            return null;
        }
        return List.of(first, after);
    }

    private static final String OPENING = "(（";
    private static final String CLOSING = ")）";

    /** Where the bracket opened at {@code open} closes, counting the brackets between; -1 if it never does. */
    private static int closingOf(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENING.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSING.indexOf(c) >= 0 && --depth == 0) {
                return i;
            }
        }
        return -1;
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
}
