package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.duet.model.Inline;
import press.duet.furniture.FurnitureKind;
import press.duet.read.Draft;
import press.duet.read.DraftBlock;
import press.duet.report.Dropped;
import press.duet.report.Place;
import press.duet.text.LanguageIdentifier;
import press.duet.text.LanguageRun;
import press.duet.text.Scripts;

/**
 * A bilingual text that lost all its line breaks, as a document-sharing site gives the text of an
 * uploaded DOC or PDF: the whole file is one line, its title, byline and date lines, an editor's note,
 * a chapter number and the paragraphs in both languages run together ("1《道德经》汉英对照 (Legge 译本)老子
 * 著James Legge 英译(注:…)一章道,可道,…众妙之门。The Tao that can be…"). An editor puts the line breaks
 * back where the lines met: where the language changes (a name of the other language inside a run stays
 * in it), and, among the head's lines, after a page number, a labelled title, a byline's "著" or "译",
 * around an editor's bracketed note, after a chapter's number and between a speech's title and the
 * signed date line under it. The lines then go through the structure stage as any file's lines do.
 *
 * <pre>{@code
 * List<String> lines = LostLineBreaks.lines("春天来了，花开了。Spring has come and the flowers are out.");
 * }</pre>
 */
final class LostLineBreaks {
    /** How many lines beside the glued one a text that lost its line breaks may have: a site's greeting, a breadcrumb. */
    private static final int MOST_OTHER_LINES = 6;
    /** A passage in each language at least this long: the line holds paragraphs and their translations, not a headline. */
    private static final int LEAST_HAN_OF_PASSAGE = 20;
    private static final int LEAST_LETTERS_OF_PASSAGE = 60;
    /** A run shorter than this inside the other language is a name or term in it ("James Legge" in a Chinese byline). */
    private static final int LEAST_HAN_OF_RUN = 4;
    private static final int LEAST_LETTERS_OF_RUN = 15;
    /** A longer run is a name when it is two to four capitalised words of at most this many letters: "William Fletcher". */
    private static final int MOST_LETTERS_OF_NAME = 30;
    private static final Pattern CAPITALISED_NAME = Pattern.compile("[A-Z][a-z'’\\-]*\\.?(?:\\s+[A-Z][a-z'’\\-]*\\.?){1,3}");
    /** Counters and units a number before Chinese text measures: "2008年", "十三届": the number is the Chinese run's. */
    private static final String CHINESE_UNITS = "年月日号號时時分秒点點届屆次章节節回卷篇个個万萬亿億元岁歲位名";
    /** A page number at the very start, before the title. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\d{1,4}(?=[《\\p{IsHan}]|$)");
    /** A title that ends with its bilingual label, perhaps with a bracketed note: "《道德经》汉英对照 (Legge 译本)". */
    private static final Pattern LABELLED_TITLE = Pattern.compile(
            "^.{2,60}?[(（【\\[]?(?:中英文对照|中英文對照|中英对照|中英對照|汉英对照|漢英對照|英汉对照|英漢對照|中英双语|中英雙語|双语对照|雙語對照)"
                    + "[)）】\\]]?(?:\\s*[(（][^()（）]{1,30}[)）])?");
    /** A byline that a role word ends: "老子 著", "James Legge 英译". */
    private static final Pattern SUFFIXED_BYLINE = Pattern.compile(
            "^[^()（）《》，。,.:：!?！？；;]{1,20}?\\s*(?:编著|編著|原著|著|撰|英译|英譯|汉译|漢譯|中译|中譯|翻译|翻譯|编译|編譯|译|譯)");
    /** An editor's note in brackets: "(注:英文翻译不能完全表达古文原意…)". */
    private static final Pattern BRACKETED_NOTE = Pattern.compile(
            "^[(（](?:注|註|编者注|編者注|编者按|編者按|按|说明|說明)\\s*[:：][^()（）]{1,300}[)）]");
    /** A chapter's number before its text: "一章", "第一章". */
    private static final Pattern CHAPTER_NUMBER = Pattern.compile("^(?:第)?[一二三四五六七八九十百零〇]{1,5}[章回篇]");
    /**
     * A speech's title and the signed date line under it, run together: "在…所致的欢迎词" + "美国驻武汉领事馆总领事白小琳2008年7月4日".
     * The title ends with the word for its kind of speech; the signature line ends with the date.
     */
    private static final Pattern SPEECH_TITLE_BEFORE_SIGNED_DATE = Pattern.compile(
            "^.{2,60}?(?:欢迎词|歡迎詞|祝酒词|祝酒詞|贺词|賀詞|致辞|致辭|讲话|講話|演讲|演講|演说|演說|发言|發言|声明|聲明)"
                    + "(?=[^，。,.!?！？]{2,40}\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日$)");
    /** A date that ends a head's line, the signature's or the byline's: "…白小琳2008年7月4日", "…WendyLyleJuly4th,2008". */
    private static final Pattern DATE_AT_END = Pattern.compile(
            "(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日"
                    + "|(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s*\\d{1,2}(?:st|nd|rd|th)?,\\s*\\d{4})$");
    /** In English that lost its spaces, the byline's "by" after the title: "…ReceptionbyUSConsulGeneral…". */
    private static final Pattern SPACELESS_BY = Pattern.compile("^.{8,200}?[a-z](?=by[A-Z])");
    /**
     * Marks beside which a change of language is a quotation, not a lost line end: quotation marks (a colon
     * alone is no sign: a salutation ends with one before its translation, "…同学们:Thank you…").
     */
    private static final String QUOTING = "“”‘’「」『』\"'";
    private static final String OPENING_BRACKETS = "(（[【";
    private static final String CLOSING_BRACKETS = ")）]】";
    /** A sentence's end; a full stop after a capital ends an initial or an abbreviation ("U.S.-China"), not a sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]|(?<![A-Z])[.](?!\\w)|[a-z][.](?=[A-Z])");

    private LostLineBreaks() {
    }

    /** The draft with its lines put back, and the page number found at its start, left out. */
    record Restored(Draft draft, List<Dropped> pageNumbers) {
    }

    /**
     * The draft with its glued line cut into the lines it lost, each a block of its own on that line of the
     * file with its markup cut at the same places, and the page number that opened it left out unless
     * {@code keepFurniture}. The glued line is a text's only long line: it holds more than all the other
     * lines together, which are a few at most (a site's greeting and breadcrumb above it). The draft is as
     * it is when it has no such line or the line holds no passage in each language.
     */
    static Restored restore(Draft draft, boolean keepFurniture) {
        Restored asItIs = new Restored(draft, List.of());
        int[] glued = gluedLine(draft.blocks());
        if (glued == null) {
            return asItIs;
        }
        DraftBlock block = draft.blocks().get(glued[0]);
        int at = glued[1];
        String line = block.lines().get(at);
        List<int[]> spans = new ArrayList<>(spans(line));
        if (spans.size() < 2) {
            return asItIs;
        }
        int lineNumber = block.line() + at;
        List<Dropped> pageNumbers = new ArrayList<>();
        String first = line.substring(spans.get(0)[0], spans.get(0)[1]);
        if (!keepFurniture && PAGE_NUMBER.matcher(first).matches()) {
            pageNumbers.add(new Dropped(new Place(draft.source(), lineNumber), first, FurnitureKind.LINE_NUMBER.reason()));
            spans.remove(0);
        }
        List<List<Inline>> richLines = block.richLines();
        Marks marks = block.rich() == null ? Marks.NONE : Marks.of(richLines.get(at));
        List<DraftBlock> blocks = new ArrayList<>(draft.blocks().subList(0, glued[0]));
        if (at > 0) {
            blocks.add(block.withLines(block.line(), block.lines().subList(0, at), richLines.subList(0, at)));
        }
        for (int k = 0; k < spans.size(); k++) {
            int[] span = spans.get(k);
            String piece = line.substring(span[0], span[1]);
            DraftBlock.Rich rich = block.rich() == null ? null : DraftBlock.Rich.orNone(
                    List.of(marks.slice(span[0], span[1], k == 0, k == spans.size() - 1).inlines(piece)), block.rich().form());
            blocks.add(new DraftBlock(lineNumber, List.of(piece), DraftBlock.Kind.LINES, 0, rich, null));
        }
        int size = block.lines().size();
        if (at + 1 < size) {
            blocks.add(block.withLines(lineNumber + 1, block.lines().subList(at + 1, size), richLines.subList(at + 1, size)));
        }
        blocks.addAll(draft.blocks().subList(glued[0] + 1, draft.blocks().size()));
        return new Restored(draft.withBlocks(blocks), pageNumbers);
    }

    /** The block and line of the text's glued line, or null when it has none (see {@link #restore}). */
    private static int[] gluedLine(List<DraftBlock> blocks) {
        int total = 0;
        int lines = 0;
        int[] longest = null;
        int longestLength = 0;
        for (int b = 0; b < blocks.size(); b++) {
            DraftBlock block = blocks.get(b);
            if (block.kind() != DraftBlock.Kind.LINES && block.kind() != DraftBlock.Kind.PARAGRAPH) {
                return null;
            }
            for (int i = 0; i < block.lines().size(); i++) {
                int length = block.lines().get(i).length();
                total += length;
                lines++;
                if (length > longestLength) {
                    longestLength = length;
                    longest = new int[] {b, i};
                }
            }
        }
        boolean alone = lines - 1 <= MOST_OTHER_LINES && longestLength > total - longestLength;
        return alone ? longest : null;
    }

    /** The line cut where its lost lines met, or the line alone when it holds no passage in each language. */
    static List<String> lines(String line) {
        return spans(line).stream().map(span -> line.substring(span[0], span[1])).toList();
    }

    /** Where each of the line's lost lines begins and ends, without the white space around it. */
    private static List<int[]> spans(String line) {
        List<LanguageRun> runs = joinedAtQuotations(line, LanguageRuns.absorbNames(line,
                withNumbersInPlace(line, LanguageIdentifier.runs(line)), LostLineBreaks::isName));
        if (!holdsPassagesInBothLanguages(line, runs)) {
            return List.of(new int[] {0, line.length()});
        }
        List<Integer> cuts = new ArrayList<>();
        boolean inHead = true;
        for (LanguageRun run : runs) {
            cuts.add(run.start());
            if (inHead) {
                int rest = cutHeadLines(line, run, cuts.size() == 1, cuts);
                // The head goes on below an editor's introduction that announces the text ("…以下是讲话的全文。").
                inHead = !SENTENCE_END.matcher(line).region(rest, run.end()).find()
                        || LeadIn.announcesWhatFollows(line.substring(rest, run.end()));
            }
        }
        cuts.add(line.length());
        List<int[]> spans = new ArrayList<>();
        for (int k = 0; k + 1 < cuts.size(); k++) {
            int start = skipSpace(line, cuts.get(k), cuts.get(k + 1));
            int end = lastVisible(line, start, cuts.get(k + 1));
            if (end > start) {
                spans.add(new int[] {start, end});
            }
        }
        return spans;
    }

    /**
     * The head's lines cut from the front of a run, one after another while one of the head's forms
     * opens what is left, each cut added to {@code cuts}; returns where the rest begins.
     */
    private static int cutHeadLines(String line, LanguageRun run, boolean atStart, List<Integer> cuts) {
        boolean chinese = run.lang().isChinese();
        int rest = skipSpace(line, run.start(), run.end());
        boolean first = atStart;
        while (rest < run.end()) {
            Matcher m = chinese ? headLineOf(line, rest, run.end(), first) : SPACELESS_BY.matcher(line).region(rest, run.end());
            boolean spaced = !chinese && line.substring(rest, run.end()).strip().contains(" ");
            if (m == null || spaced || !m.lookingAt() || skipSpace(line, m.end(), run.end()) == run.end()) {
                break;
            }
            cuts.add(m.end());
            rest = skipSpace(line, m.end(), run.end());
            first = false;
        }
        // A head's line that ends with a date (a signature's, a byline's) had the date on a line of its own.
        Matcher date = DATE_AT_END.matcher(line).region(rest, lastVisible(line, rest, run.end()));
        if (date.find() && date.start() > rest && !SENTENCE_END.matcher(line).region(rest, date.start()).find()) {
            cuts.add(date.start());
        }
        return rest;
    }

    private static int skipSpace(String line, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lastVisible(String line, int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(line.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The head form that opens a Chinese run's rest, or null: its matcher has matched at {@code from}. */
    private static Matcher headLineOf(String line, int from, int to, boolean atStart) {
        List<Pattern> forms = atStart
                ? List.of(PAGE_NUMBER, BRACKETED_NOTE, LABELLED_TITLE, SPEECH_TITLE_BEFORE_SIGNED_DATE, CHAPTER_NUMBER, SUFFIXED_BYLINE)
                : List.of(BRACKETED_NOTE, LABELLED_TITLE, SPEECH_TITLE_BEFORE_SIGNED_DATE, CHAPTER_NUMBER, SUFFIXED_BYLINE);
        for (Pattern form : forms) {
            Matcher m = form.matcher(line).region(from, lastVisible(line, from, to));
            if (m.lookingAt()) {
                return m;
            }
        }
        return null;
    }

    /**
     * The runs with each change of language at a quotation mark or inside brackets undone: a passage quoted in
     * the other language ("他在信中写道：“We shall…” 这句话…") stands inside its sentence, and no line ended there.
     */
    private static List<LanguageRun> joinedAtQuotations(String text, List<LanguageRun> runs) {
        List<LanguageRun> out = new ArrayList<>();
        boolean inGloss = false;
        for (LanguageRun run : runs) {
            String piece = run.of(text).strip();
            LanguageRun last = out.isEmpty() ? null : out.get(out.size() - 1);
            String before = last == null ? "" : last.of(text).strip();
            if (before.isEmpty() || piece.isEmpty()) {
                out.add(run);
                continue;
            }
            char end = before.charAt(before.length() - 1);
            // A gloss in brackets, "美中战略与经济对话(U.S.-China Strategic and Economic Dialogue)的…", is inside its
            // sentence too: the runs around it, the gloss and the sentence's rest after its closing bracket are one.
            boolean glossCloses = inGloss && CLOSING_BRACKETS.indexOf(end) >= 0;
            inGloss = OPENING_BRACKETS.indexOf(end) >= 0;
            boolean quoted = QUOTING.indexOf(end) >= 0 || QUOTING.indexOf(piece.charAt(0)) >= 0
                    || inGloss || glossCloses || CLOSING_BRACKETS.indexOf(piece.charAt(0)) >= 0;
            if (quoted) {
                out.set(out.size() - 1, new LanguageRun(last.lang(), last.start(), run.end()));
            } else {
                out.add(run);
            }
        }
        return out;
    }

    private static boolean holdsPassagesInBothLanguages(String line, List<LanguageRun> runs) {
        boolean chinese = false;
        boolean english = false;
        for (LanguageRun run : runs) {
            String text = run.of(line);
            if (run.lang().isChinese()) {
                chinese |= text.codePoints().filter(Scripts::isHan).count() >= LEAST_HAN_OF_PASSAGE;
            } else {
                english |= text.codePoints().filter(Scripts::isLatinLetter).count() >= LEAST_LETTERS_OF_PASSAGE;
            }
        }
        return runs.size() >= 2 && chinese && english;
    }

    private static boolean isName(LanguageRun run, String text) {
        String part = run.of(text);
        String visible = part.strip();
        if (visible.isEmpty() || "!?！？。".indexOf(visible.charAt(visible.length() - 1)) >= 0) {
            return false; // a name ends no sentence: "Dajiahao!" before 大家好! is Locke's greeting
        }
        if (run.lang().isChinese()) {
            return part.codePoints().filter(Scripts::isHan).count() < LEAST_HAN_OF_RUN;
        }
        long letters = part.codePoints().filter(Scripts::isLatinLetter).count();
        return letters < LEAST_LETTERS_OF_RUN || letters <= MOST_LETTERS_OF_NAME && CAPITALISED_NAME.matcher(part.strip()).matches();
    }

    /**
     * The runs with the digits and marks that open a Chinese run given back to the English run before it,
     * unless they count something in Chinese: "July4th," + "2008" is the English date, "2008年" is Chinese.
     */
    private static List<LanguageRun> withNumbersInPlace(String text, List<LanguageRun> runs) {
        List<LanguageRun> out = new ArrayList<>(runs);
        for (int i = 1; i < out.size(); i++) {
            LanguageRun before = out.get(i - 1);
            LanguageRun run = out.get(i);
            if (!run.lang().isChinese() || before.lang().isChinese()) {
                continue;
            }
            int k = run.start();
            while (k < run.end() && !Scripts.isHan(text.codePointAt(k)) && !Character.isLetter(text.codePointAt(k))) {
                k += Character.charCount(text.codePointAt(k));
            }
            if (k >= run.end()) {
                continue;
            }
            int cut = k;
            if (CHINESE_UNITS.indexOf(text.charAt(k)) >= 0) {
                // The number the unit counts stays Chinese, with a bracket or space that opens it:
                // "March 11, 2018) " goes back to the English, "(1982年" stays.
                while (cut > run.start() && Character.isDigit(text.charAt(cut - 1))) {
                    cut--;
                }
                while (cut > run.start() && (Character.isWhitespace(text.charAt(cut - 1)) || "(（[【".indexOf(text.charAt(cut - 1)) >= 0)) {
                    cut--;
                }
            }
            if (cut > run.start() && text.substring(run.start(), cut).strip().length() > 0) {
                out.set(i - 1, new LanguageRun(before.lang(), before.start(), cut));
                out.set(i, new LanguageRun(run.lang(), cut, run.end()));
            }
        }
        return out;
    }
}
