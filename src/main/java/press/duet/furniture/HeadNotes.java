package press.duet.furniture;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.duet.text.DisplayColumns;
import press.duet.text.Scripts;

/**
 * The notes of a speech's or a statement's head, as offices print them and pages copy them: short
 * lines around the title and a date line, just above the first paragraphs of the body, that name
 * the office ("Office of the Spokesperson", "美国国务部"), the genre ("Remarks"), the speaker
 * ("Secretary Colin L. Powell", "国务卿希拉里•罗德姆•克林顿"), the hall ("Thomas Jefferson Room",
 * "本杰明•富兰克林厅"), the place ("Washington, DC", "华盛顿哥伦比亚特区") and the time ("(8:15 p.m.
 * EST)"). They are metadata, never paragraphs.
 *
 * <p>The head is known by its shape, never by a word alone: a run of three or more short lines
 * without a sentence, one of them a date line, directly above one of the text's first two paragraphs
 * of prose. In it a line is a note only when its own shape says what it is (a place, a hall, an
 * office, a speaker, a genre, a time, a date) or when it stands between two notes; the line of each
 * language with the most letters is the title and always stays. A place glued before the title of
 * the other language ("Washington, D.C.在第三轮…") is taken off it.
 */
final class HeadNotes {
    /** A line of a head is short; the title may be as wide as any furniture line. */
    private static final int MAX_NOTE_COLUMNS = 60;
    /** Three short lines with a date among them make a head; two may be a heading and its date. */
    private static final int MIN_HEAD_LINES = 3;
    /** The head stands above the first or the second paragraph (a page's introduction may come first). */
    private static final int BODIES = 2;
    private static final Pattern SENTENCE_MARKS = Pattern.compile("[。！？!?；;]");
    private static final String NAME = "[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|[A-Z]\\.))*";
    private static final Pattern PLACE_EN = Pattern.compile(NAME + ",\\s*(?:" + NAME + "|(?:[A-Z]\\.){1,3}|[A-Z]{2})");
    private static final Pattern PLACE_ZH = Pattern.compile(
            "[\\p{IsHan}·•∙]{2,12}(?:特区|特區|市|省|州|县|縣|区|區)|\\p{IsHan}{2,6}[,，、]\\p{IsHan}{2,6}");
    private static final Pattern HALL_EN = Pattern.compile("(?:[A-Z][\\w.'’-]*\\s+){1,5}(?:Room|Hall|Auditorium|Building|Center|Centre"
            + "|Theater|Theatre|Hotel|Palace|House|Library|Ballroom|Chamber|Plaza|Residence|Embassy|Consulate|Museum|Stadium)"
            + "|(?:[A-Z][a-z]+\\s+)?(?:Department|Ministry|Office|Bureau|Embassy|Consulate)\\s+of\\s+(?:the\\s+)?" + NAME
            + "(?:\\s+(?:of|and|for)\\s+(?:the\\s+)?" + NAME + ")*");
    private static final Pattern HALL_ZH = Pattern.compile("[\\p{IsHan}·•∙]{1,20}(?:厅|廳|礼堂|禮堂|大厦|大廈|中心|会堂|會堂|宾馆|賓館"
            + "|饭店|飯店|酒店|官邸|大楼|大樓|会议室|會議室|办公室|辦公室|部|署)");
    private static final String OFFICE_TITLES = "Secretary|Deputy Secretary|Under Secretary|Assistant Secretary|President|Vice President"
            + "|Ambassador|Premier|Prime Minister|Minister|Senator|Governor|Mayor|Chairman|Chairwoman|Director|Spokesperson|Spokesman";
    private static final Pattern SPEAKER_EN = Pattern.compile("(?:U\\.S\\.\\s+)?(?:" + OFFICE_TITLES + ")(?:\\s+of\\s+(?:the\\s+)?"
            + NAME + ")*(?:\\s+" + NAME + ")?");
    private static final Pattern SPEAKER_ZH = Pattern.compile("\\p{IsHan}{0,8}(?:国务卿|國務卿|总统|總統|大使|总理|總理|部长|部長|主席"
            + "|秘书长|秘書長|发言人|發言人)\\s*(?:\\p{IsHan}{2,4}|\\p{IsHan}{1,8}(?:[•·∙]\\p{IsHan}{1,8})+)");
    private static final Pattern GENRE = Pattern.compile("(?:Remarks|Video|Transcript|Statement|Press Statement|Fact Sheet|Speech"
            + "|Interview|Readout|Testimony|Press Release|Media Note|讲话|講話|致辞|致辭|演讲|演講|视频|視頻)", Pattern.CASE_INSENSITIVE);
    /** A video's or a post's label before its caption: "Video: Secretary Clinton's …". */
    private static final Pattern MEDIA_LABEL = Pattern.compile("(?:video|视频|視頻)\\s*[:：].+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile(
            "[(（]?\\d{1,2}[:：.]\\d{2}\\s*(?:a\\.m\\.|p\\.m\\.|am|pm)?\\s*(?:[A-Z]{2,4})?[)）]?", Pattern.CASE_INSENSITIVE);
    /** A reading in parentheses after a character, as some pages print them: "華盛頓哥倫比亞特區(qū)". */
    private static final Pattern READING = Pattern.compile("[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]");
    /** The English name in parentheses after a Chinese one: "纽约州纽约市(New York, New York)". */
    private static final Pattern GLOSS = Pattern.compile("(?<=\\p{IsHan})\\s*[(（][A-Za-z][A-Za-z.,' -]{1,40}[)）]$");
    /** A time with its zone in Chinese: "东部夏令时间上午10:10", "北京时间下午3:30". */
    private static final Pattern TIME_ZH = Pattern.compile(
            "\\p{IsHan}{0,8}(?:时间|時間)?(?:上午|下午|晚上|中午|早上|凌晨)?\\s*\\d{1,2}[:：]\\d{2}");
    /** A place in Latin letters glued before a Chinese title: "Washington, D.C.在第三轮…". */
    private static final Pattern PLACE_BEFORE_HAN = Pattern.compile("(" + PLACE_EN.pattern() + "\\.?)\\s*(?=\\p{IsHan})");

    private HeadNotes() {
    }

    /**
     * Marks the notes of a head above one of the first paragraphs of prose.
     *
     * @param dateLine whether a line is a date line (a date with at most a place, a time and a weekday)
     * @param metadata which lines the caller reads as the article's byline or date line: above the first
     *                 prose they stay for it
     */
    static void mark(List<String> lines, FurnitureKind[] kinds, String[] kept, String[] removed, Predicate<String> dateLine,
                     Predicate<String> metadata) {
        int bodies = 0;
        int firstProse = -1;
        for (int b = 0; b < lines.size() && bodies < BODIES; b++) {
            if (kinds[b] != null || !Furniture.isProse(lines.get(b))) {
                continue;
            }
            bodies++;
            firstProse = firstProse < 0 ? b : firstProse;
            List<Integer> head = headAbove(lines, kinds, b);
            if (head.size() >= MIN_HEAD_LINES && head.stream().anyMatch(i -> dateLine.test(lines.get(i)))) {
                markHead(lines, kinds, kept, removed, head, dateLine, metadata, firstProse);
            }
        }
    }

    /** The short lines without a sentence just above line b, top first; blank lines and furniture between them. */
    private static List<Integer> headAbove(List<String> lines, FurnitureKind[] kinds, int b) {
        List<Integer> head = new ArrayList<>();
        for (int i = b - 1; i >= 0; i--) {
            String text = lines.get(i);
            if (text.isBlank() || kinds[i] != null) {
                continue;
            }
            if (!DisplayColumns.fit(text, FurnitureLine.MAX_COLUMNS) || SENTENCE_MARKS.matcher(text).find()
                    || FurnitureLine.endsSentence(text) || Furniture.isProse(text)) {
                break;
            }
            head.add(0, i);
        }
        return head;
    }

    private static void markHead(List<String> lines, FurnitureKind[] kinds, String[] kept, String[] removed, List<Integer> head,
                                 Predicate<String> dateLine, Predicate<String> metadata, int firstProse) {
        int zhTitle = mostLetters(lines, head, true, dateLine);
        int enTitle = mostLetters(lines, head, false, dateLine);
        FurnitureKind[] notes = new FurnitureKind[head.size()];
        for (int k = 0; k < head.size(); k++) {
            int i = head.get(k);
            if (i != zhTitle && i != enTitle) {
                // Above the first prose a date line or a byline is the caller's to read, with the head it opens.
                boolean callers = i < firstProse && metadata.test(lines.get(i).strip());
                notes[k] = callers ? null : dateLine.test(lines.get(i)) ? FurnitureKind.PAGE_INFO
                        : note(lines.get(i)) ? FurnitureKind.HEAD_NOTE : null;
            }
        }
        for (int k = 1; k + 1 < head.size(); k++) {
            int i = head.get(k);
            // A name between two notes is the speaker's: "Remarks / Hillary Rodham Clinton / Secretary of State".
            if (notes[k] == null && notes[k - 1] != null && notes[k + 1] != null && i != zhTitle && i != enTitle
                    && DisplayColumns.fit(lines.get(i), MAX_NOTE_COLUMNS)) {
                notes[k] = FurnitureKind.HEAD_NOTE;
            }
        }
        for (int k = 0; k < head.size(); k++) {
            kinds[head.get(k)] = notes[k] != null ? notes[k] : kinds[head.get(k)];
        }
        for (int i : new int[] {zhTitle, enTitle}) {
            Matcher place = i < 0 ? null : PLACE_BEFORE_HAN.matcher(lines.get(i).strip());
            if (place != null && place.lookingAt()) {
                kinds[i] = FurnitureKind.HEAD_NOTE;
                removed[i] = place.group(1);
                kept[i] = lines.get(i).strip().substring(place.end()).strip();
            }
        }
    }

    /** Whether a short line's shape says it is a place, a hall, an office, a speaker, a genre or a time. */
    private static boolean note(String line) {
        String text = GLOSS.matcher(READING.matcher(line.strip()).replaceAll("")).replaceAll("").strip();
        if (MEDIA_LABEL.matcher(text).matches()) {
            return true;
        }
        if (!DisplayColumns.fit(text, MAX_NOTE_COLUMNS)) {
            return false;
        }
        return PLACE_EN.matcher(text).matches() || PLACE_ZH.matcher(text).matches() || HALL_EN.matcher(text).matches()
                || HALL_ZH.matcher(text).matches() || SPEAKER_EN.matcher(text).matches() || SPEAKER_ZH.matcher(text).matches()
                || GENRE.matcher(text).matches() || TIME.matcher(text).matches() || TIME_ZH.matcher(text).matches();
    }

    /**
     * The head's line with the most letters of the language (Han characters or Latin letters) that is
     * no date line and not repeated (a site's headline is), or -1.
     */
    private static int mostLetters(List<String> lines, List<Integer> head, boolean chinese, Predicate<String> dateLine) {
        int best = -1;
        long most = 0;
        for (int i : head) {
            if (head.stream().filter(k -> lines.get(k).equals(lines.get(i))).count() > 1) {
                continue;
            }
            // A Chinese name with its English in parentheses is a Chinese line: "纽约州纽约市(New York, New York)".
            String text = GLOSS.matcher(lines.get(i).strip()).replaceAll("");
            long han = text.codePoints().filter(Scripts::isHan).count();
            long latin = text.codePoints().filter(Scripts::isLatinLetter).count();
            long letters = chinese ? han : latin;
            boolean inLanguage = chinese ? han > 0 && han * 2 >= latin : latin > 0 && latin > han * 2;
            if (inLanguage && letters > most && !dateLine.test(lines.get(i))) {
                best = i;
                most = letters;
            }
        }
        return best;
    }
}
