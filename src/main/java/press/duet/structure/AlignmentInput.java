package press.duet.structure;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * The work an alignment does once per paragraph (lengths, anchors, the English in lower case),
 * done once and shared by every alignment of the same two sequences: alternating text is aligned
 * in both leading orders.
 */
final class AlignmentInput {
    final List<String> zh;
    final List<String> en;
    /** The paragraphs' lengths added up: paragraphs k … l - 1 of a side are {@code sum[l] - sum[k]} long. */
    final int[] zhSum;
    final int[] enSum;
    final Anchors[] zhAnchors;
    final Anchors[] enAnchors;
    /** How many of the paragraphs before each read as a title ({@link #readsAsTitle}), added up as the lengths are. */
    final int[] zhTitles;
    final int[] enTitles;
    /**
     * The paragraphs of each side that read as a headline ({@link #readsAsTitle}) or stand apart as a
     * heading, and those that are prose of two sentences or more ({@link #holdsSentences}): the one never
     * translates the other.
     */
    final BitSet zhHeadlines = new BitSet();
    final BitSet enHeadlines = new BitSet();
    final BitSet zhProse = new BitSet();
    final BitSet enProse = new BitSet();
    /** The paragraphs of each side that end by announcing the text after them ({@link LeadIn}): they translate only each other. */
    final BitSet zhLeadIns = new BitSet();
    final BitSet enLeadIns = new BitSet();
    /** How many chapters start at the paragraphs before each, added up likewise. */
    final int[] zhStarts;
    final int[] enStarts;
    /** How many English paragraphs that translate nothing stand before each, added up likewise. */
    final int[] enNotes;
    /** The headings of each side that say nothing but their number ({@link Bounds}). */
    final BitSet zhNumbers;
    final BitSet enNumbers;
    private final String[] enLower;

    /**
     * What the two sequences' chapters tell the aligner: the paragraphs that open a chapter (a bead
     * never takes paragraphs on both sides of one), the paragraphs that stand apart as titles do (a
     * section heading), the English paragraphs that translate nothing (a translator's argument of a
     * chapter, {@link ChapterArguments}) and the headings that say nothing but their number (Chapter 5.,
     * 第五章), which face only a paragraph with that number, by their indices.
     */
    record Bounds(BitSet zhStarts, BitSet enStarts, BitSet zhApart, BitSet enApart, BitSet enNotes,
                  BitSet zhNumbers, BitSet enNumbers) {
        static final Bounds NONE = new Bounds(new BitSet(), new BitSet(), new BitSet(), new BitSet(), new BitSet(),
                new BitSet(), new BitSet());
    }

    AlignmentInput(List<String> chinese, List<String> english) {
        this(chinese, english, Bounds.NONE);
    }

    AlignmentInput(List<String> chinese, List<String> english, Bounds bounds) {
        zh = List.copyOf(chinese);
        en = List.copyOf(english);
        zhSum = prefixLengths(zh);
        enSum = prefixLengths(en);
        zhAnchors = anchors(zh);
        enAnchors = anchors(en);
        zhTitles = prefixTitles(zh, bounds.zhApart(), zhHeadlines, zhProse, zhLeadIns);
        BitSet enApart = (BitSet) bounds.enApart().clone();
        enApart.or(bounds.enNotes());
        enTitles = prefixTitles(en, enApart, enHeadlines, enProse, enLeadIns);
        zhStarts = prefixCount(zh.size(), bounds.zhStarts());
        enStarts = prefixCount(en.size(), bounds.enStarts());
        enNotes = prefixCount(en.size(), bounds.enNotes());
        zhNumbers = bounds.zhNumbers();
        enNumbers = bounds.enNumbers();
        enLower = new String[en.size()];
    }

    /** Whether paragraphs start … start + count - 1 of a side ({@code starts} its prefix count of chapter starts) run into another chapter. */
    static boolean crossesChapter(int[] starts, int start, int count) {
        return count > 1 && starts[start + count] > starts[start + 1];
    }

    private static int[] prefixCount(int size, BitSet marked) {
        int[] sums = new int[size + 1];
        for (int i = 0; i < size; i++) {
            sums[i + 1] = sums[i] + (marked.get(i) ? 1 : 0);
        }
        return sums;
    }

    /** Whether paragraphs start … start + count - 1 of a side ({@code titles} is its prefix count) hold a title. */
    static boolean holdsTitle(int[] titles, int start, int count) {
        return titles[start + count] > titles[start];
    }

    /**
     * A headline or heading rather than prose: one line, short (at most {@value #TITLE_HAN} Han
     * characters or {@value #TITLE_WORDS} words), without a stop or a clause's mark at its end or a
     * clause's mark or an opening quote inside (a sentence broken across lines), an English
     * one opening with a capital ("China's Zero-COVID Policy Under Scrutiny", "我的自我介紹"). A
     * translator renders a title as a title: it is never a part of a paragraph's translation.
     */
    static boolean readsAsTitle(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.indexOf('\n') >= 0) {
            return false;
        }
        int end = t.length();
        while (end > 0 && "”’\"'）)」』】".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0 || "。！？.!?…;；,，:：、—-".indexOf(t.charAt(end - 1)) >= 0 || CLAUSE_INSIDE.matcher(t).find()) {
            return false;
        }
        long han = t.codePoints().filter(press.duet.text.Scripts::isHan).count();
        if (han > 0) {
            return han <= TITLE_HAN;
        }
        int first = 0;
        while (first < t.length() && !Character.isLetter(t.charAt(first))) {
            first++;
        }
        return first < t.length() && Character.isUpperCase(t.charAt(first)) && t.split("\\s+").length <= TITLE_WORDS;
    }

    /**
     * One turn of a dialogue or of questions and answers: a line that opens with its speaker's label
     * and a colon ("Q: Why …", "A: It was …", "B: Still, …", "Huahua: …", "问：…", "答：…"). A
     * translator renders a turn as a turn, so, like a title, it is never one of several paragraphs on
     * one side of a bead: a question left untranslated stands alone instead of being glued to the
     * next translated paragraph. A Chinese name before a colon is not taken: in the classics it is the
     * speaker with his verb (子曰：, 孟子對曰：), whose sayings a translator may give in several
     * paragraphs, and a note or a field (注：, 来源：) is no turn either.
     */
    static boolean opensTurn(String text) {
        // A turn's label ends in a colon: a paragraph without one (most) is no turn.
        if (text.indexOf(':') < 0 && text.indexOf('：') < 0) {
            return false;
        }
        return TURN.matcher(text).lookingAt();
    }

    private static final java.util.regex.Pattern TURN = java.util.regex.Pattern.compile(
            "\\s*(?:[A-Z]|[A-Z][a-z]+(?: [A-Z][a-z]+)?|[问答問])\\s?[:：]");

    /** A clause's mark or an opening quote inside: a sentence broken across lines, not a title. */
    private static final java.util.regex.Pattern CLAUSE_INSIDE = java.util.regex.Pattern.compile("[，；：。,;:“「『]|\\s['\"‘]");
    private static final int TITLE_HAN = 30;
    private static final int TITLE_WORDS = 15;

    private static int[] prefixTitles(List<String> texts, BitSet apart, BitSet headlines, BitSet prose, BitSet leadIns) {
        int[] sums = new int[texts.size() + 1];
        for (int i = 0; i < texts.size(); i++) {
            boolean headline = apart.get(i) || readsAsTitle(texts.get(i));
            headlines.set(i, headline);
            prose.set(i, !headline && holdsSentences(texts.get(i)));
            leadIns.set(i, !headline && LeadIn.announcesWhatFollows(texts.get(i)));
            sums[i + 1] = sums[i] + (headline || opensTurn(texts.get(i)) || leadIns.get(i) ? 1 : 0);
        }
        return sums;
    }

    /**
     * Prose of two sentences or more: a sentence ends inside the paragraph, with words after it (。！？
     * before more text; a full stop, question or exclamation mark before a space and a capital, but not
     * after a lone capital or a title such as Mr., which ends an initial or an abbreviation).
     */
    static boolean holdsSentences(String text) {
        int last = text.length() - 1;
        while (last >= 0 && !Character.isLetterOrDigit(text.charAt(last))) {
            last--;
        }
        for (int i = 1; i < last; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                return true;
            }
            if ((c == '.' || c == '!' || c == '?') && i + 2 <= last && text.charAt(i + 1) == ' '
                    && Character.isUpperCase(text.charAt(i + 2)) && !(c == '.' && endsAbbreviation(text, i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the full stop at {@code dot} ends an initial (J.) or a short title (Mr., Dr., St., Mrs.). */
    private static boolean endsAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        int letters = dot - start;
        return letters == 0 || letters <= 3 && Character.isUpperCase(text.charAt(start))
                && (letters == 1 || ABBREVIATIONS.contains(text.substring(start, dot)));
    }

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Sr", "Jr", "No", "Vol", "Co");

    private static Anchors[] anchors(List<String> texts) {
        Anchors[] anchors = new Anchors[texts.size()];
        for (int i = 0; i < anchors.length; i++) {
            anchors[i] = Anchors.of(texts.get(i));
        }
        return anchors;
    }

    /** English paragraph j in lower case, made when first asked for: only Latin names in Chinese text ask. */
    String lower(int j) {
        if (enLower[j] == null) {
            enLower[j] = en.get(j).toLowerCase(Locale.ROOT);
        }
        return enLower[j];
    }

    private static int[] prefixLengths(List<String> texts) {
        int[] sums = new int[texts.size() + 1];
        for (int i = 0; i < texts.size(); i++) {
            sums[i + 1] = sums[i] + LengthModel.length(texts.get(i));
        }
        return sums;
    }
}
