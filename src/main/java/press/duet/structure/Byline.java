package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.duet.text.Scripts;

/**
 * Reads who wrote and who translated a text from its byline, in the forms Chinese and English pages
 * and books print: "作者：林秋", "◎林秋", "文/林秋", "译者：王明", "王明 译", "鲁迅 著 杨宪益 译", "By Lin Qiu",
 * "Translated by James Legge", "tr. Lionel Giles", "Sun Tzu, translated by Lionel Giles (1910)". A name may
 * be given in both languages ("林秋 Lin Qiu", "林秋（Lin Qiu）"), which makes one name, "林秋 (Lin Qiu)".
 *
 * <p>A byline names people and is nothing else: no sentence punctuation, a few words, each English
 * name's words capitalised, each Chinese name a few characters; so "By the river we sat." is no byline.
 */
final class Byline {
    private static final String AUTHOR_LABEL = "作者|撰文|文|记者|記者|原作|原著|by|author|authors|written by|words by|text by|story by";
    private static final String TRANSLATOR_LABEL = "译者|譯者|翻译|翻譯|译文|譯文|译|譯|translator|translators|translated by|translation by"
            + "|english translation|chinese translation|英文翻译|英文翻譯|英译|英譯"
            + "|translated from the chinese by|translated into english by|english translation by|english version by|tr\\.|trans\\.";
    private static final Pattern AUTHOR = Pattern.compile(
            "^(?:◎\\s*(?:(?:" + AUTHOR_LABEL + ")\\s*[/／:：|｜]?\\s*)?|(?:" + AUTHOR_LABEL + ")\\s*(?:[:：/／|｜]\\s*|\\s+))(.{1,80})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRANSLATOR = Pattern.compile(
            "^(?:" + TRANSLATOR_LABEL + ")\\s*(?:[:：/／|｜]\\s*|\\s+)(.{1,80})$", Pattern.CASE_INSENSITIVE);
    /**
     * A translator's labelled credit that may sign with a pen name ("译者/谶龙", "翻译&编辑：丹妮"): translators
     * of Chinese sites sign so more often than with a surname, and the label, not the name, says it is a
     * credit; the editor's role may share the label. A label with no stroke or colon ("翻译 丹妮") is left to
     * the surname check, as is the author's field, where a column's name ("作者：英语课") stands as often.
     */
    private static final Pattern PEN_NAMED_TRANSLATOR = Pattern.compile(
            "^(?:译者|譯者|翻译|翻譯|编译|編譯)(?:\\s*[&＆、/／]\\s*(?:编辑|編輯|责编|責編|校对|校對|审校|審校))?\\s*[:：/／]\\s*(\\p{IsHan}{2,4})$");
    private static final Pattern CHINESE_ROLES = Pattern.compile("^(.{1,30}?)\\s*(?:著|撰|文)\\s*(?:[,，;；/／]\\s*)?(.{1,30}?)\\s*(?:译|譯|翻译|翻譯)$");
    /**
     * "王明 译", "王明/译", "（王明譯）": the name and the role apart, or the two in brackets, so that a title
     * such as "诗经新译" is no translator's name.
     */
    private static final Pattern TRANSLATED_SUFFIX = Pattern.compile(
            "^(.{1,30}?)(?:\\s+|\\s*[/／]\\s*)(?:英译|英譯|汉译|漢譯|中译|中譯|译|譯|翻译|翻譯|编译|編譯|譯述|译述)$|^[(（]([^()（）]{1,30}?)\\s*(?:译|譯)[)）]$");
    private static final Pattern AUTHOR_SUFFIX = Pattern.compile("^(.{1,30}?)(?:\\s+|\\s*[/／]\\s*)(?:著|撰|原著)$");
    private static final Pattern BOTH = Pattern.compile(
            "^(?:by\\s+)?(.{1,60}?)\\s*[,，;；.]?\\s+(?:" + TRANSLATOR_LABEL + ")\\s+(.{1,60}?)(?:\\s*[,，]?\\s*[(（\\[]?\\d{4}[)）\\]]?)?\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD = Pattern.compile(
            "(?:^|\\s)[【\\[]?(" + AUTHOR_LABEL + "|" + TRANSLATOR_LABEL + ")[】\\]]?\\s*[:：]\\s*([^\\s|｜:：]+(?:\\s+[A-Z][a-z]+){0,3})",
            Pattern.CASE_INSENSITIVE);
    /**
     * The byline of a speech or a release: an office and the name, "Secretary of State John Kerry",
     * "Secretary Colin L. Powell", "美国国务卿克林顿", "国务卿约翰·克里".
     */
    private static final String EN_OFFICES = "Secretary of State|Secretary|Vice President|President|Ambassador|Premier|Prime Minister"
            + "|Minister|Senator|Governor|Mayor|Chairman|Chancellor|Chief Executive|Secretary-General|Spokesperson|Spokesman";
    private static final String ZH_OFFICES = "驻华大使|駐華大使|总领事|總領事|领事|領事|国务卿|國務卿|副总统|副總統|总统|總統|大使|总理|總理|外长|外長|部长|部長|市长|市長"
            + "|州长|州長|参议员|參議員|主席|行政长官|行政長官|秘书长|秘書長|发言人|發言人";
    /** A transliterated name: Han characters with middle dots, perhaps a Latin initial between them ("安东尼·J·布林肯"). */
    private static final String ZH_NAME = "[\\p{IsHan}][\\p{IsHan}·・•A-Z]{1,15}";
    private static final Pattern OFFICE = Pattern.compile(
            "^(?:U\\.\\s?S\\.\\s?)?(?:" + EN_OFFICES + ")\\s+([A-Z].{1,40})$"
                    + "|^(?:美国|美國|中国|中國|国务院|國務院|香港特别行政区|香港特別行政區|澳门特别行政区|澳門特別行政區"
                    // A mission or an office before the post: "美国驻武汉领事馆总领事白小琳".
                    + "|\\p{IsHan}{2,12}?(?:大使馆|大使館|领事馆|領事館|总领馆|總領館|办公室|辦公室|政府))?(?:" + ZH_OFFICES + ")"
                    + "\\s*(" + ZH_NAME + ")$");
    /**
     * The name before the office: "Antony J. Blinken, Secretary of State", "Li Ming, Premier of the State
     * Council", "安东尼·J·布林肯国务卿", "温家宝总理" (a name, not an institution: "美国总统" names no one).
     */
    private static final Pattern NAME_OFFICE = Pattern.compile(
            "^([A-Z][\\p{L}'’.\\- ]{1,40}),\\s+(?:the\\s+)?(?:U\\.\\s?S\\.\\s?)?(?:" + EN_OFFICES + ")(?:\\s+of\\s+(?:the\\s+)?[A-Z][\\p{L} .'’\\-]{1,60})?$"
                    + "|^(" + ZH_NAME + "?)(?<![国國部院省市州会會府厅廳局处處])\\s*(?:" + ZH_OFFICES + ")$");
    /** A courtesy title before a name in a byline: "Mr", "Mrs.", "Dr". */
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Madam|Sir)\\.?\\s+(?=[A-Z])");
    /** What a page prints where it knows no author: "作者：未知", "佚名". */
    private static final Pattern UNKNOWN = Pattern.compile("未知|佚名|不详|不詳|匿名|无名|無名|网络|網絡|網路|本站|编辑部|編輯部");
    private static final Pattern LEAD = Pattern.compile("^[-–—•●·▪■]\\s*");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|，|、|;|；|\\s+and\\s+|\\s*&\\s*|和|与|與|/|／)\\s*");
    private static final Pattern LATIN_NAME = Pattern.compile(
            "(?:(?:[A-Z][\\p{L}'’\\-.]*\\.?|[A-Z]\\.|van|von|de|da|di|du|la|le|del|der|den|ter|bin|al|of)\\s*){1,9}");
    /** A given name and a surname in Latin letters, at least: "James Legge", "Lionel Giles". */
    private static final Pattern FULL_LATIN_NAME = Pattern.compile("[A-Z][a-z'’\\-]+(?:\\s+(?:[A-Z]\\.\\s*)*[A-Z][a-z'’\\-]+)+");
    /** A classical master's name, the surname (or one character of it) and 子: "老子", "孟子", "韩非子". */
    private static final Pattern MASTER = Pattern.compile("\\p{IsHan}{1,2}子");
    private static final Pattern BILINGUAL = Pattern.compile(
            "^(\\p{IsHan}[\\p{IsHan}·・]{0,7})\\s*[(（]?\\s*([A-Za-z][A-Za-z .'’\\-]{1,40}?)\\s*[)）]?$"
                    + "|^([A-Za-z][A-Za-z .'’\\-]{1,40}?)\\s*[(（]?\\s*(\\p{IsHan}[\\p{IsHan}·・]{0,7})\\s*[)）]?$");

    /** "… by James Legge" on an e-text's title page, its lines read as one. */
    private static final Pattern TITLE_PAGE_BY = Pattern.compile("\\bby\\s+((?:[A-Z][a-z]+\\.?\\s+|[A-Z]\\.\\s*){0,3}[A-Z][a-z]+)(?![\\p{L}])");
    private static final Pattern TRANSLATION = Pattern.compile("translat", Pattern.CASE_INSENSITIVE);
    /**
     * An edition cited in a source note: its title in quotation marks or 《》, then its maker and its year,
     * "from \"The Chinese Classics, volume 1\", James Legge, 1861", "《孟子今译》，林秋，1988".
     */
    private static final Pattern CITED_EDITION = Pattern.compile(
            "(?:[“\"][^“”\"]{2,80}[”\"]|《[^《》]{1,40}》)\\s*[,，]\\s*([^,，;；()（）\"“”]{2,40}?)\\s*(?:[,，]\\s*)?[(（]?(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");

    /**
     * The people a byline names, by role.
     *
     * @param signers the authors signed with a mark and no word of their role ("◎林秋"), whose role the
     *                text's languages may tell better (see {@link BookMetadata})
     */
    record Credits(List<String> authors, List<String> translators, List<String> signers) {
        static final Credits NONE = new Credits(List.of(), List.of());

        Credits {
            authors = List.copyOf(authors);
            translators = List.copyOf(translators);
            signers = List.copyOf(signers);
        }

        Credits(List<String> authors, List<String> translators) {
            this(authors, translators, List.of());
        }

        boolean isEmpty() {
            return authors.isEmpty() && translators.isEmpty();
        }
    }

    private Byline() {
    }

    /** The credits of a line that is a byline and nothing else. */
    static Optional<Credits> of(String line) {
        // A bullet or a dash before a byline is the page's: "- By Terry Reed", "●大使 林秋".
        String text = LEAD.matcher(line.strip()).replaceFirst("");
        if (text.length() > 100 || text.chars().anyMatch(c -> "。！？!?；;…“”\"".indexOf(c) >= 0)) {
            return Optional.empty();
        }
        Matcher m = CHINESE_ROLES.matcher(text);
        if (m.matches()) {
            return credits(m.group(1), m.group(2));
        }
        m = BOTH.matcher(text);
        if (m.matches()) {
            Optional<Credits> both = credits(m.group(1), m.group(2));
            if (both.isPresent()) {
                return both;
            }
        }
        Matcher penName = PEN_NAMED_TRANSLATOR.matcher(text);
        Optional<Credits> penNamed = penName.matches() && !UNKNOWN.matcher(penName.group(1)).find()
                ? Optional.of(new Credits(List.of(), List.of(penName.group(1)))) : Optional.empty();
        m = TRANSLATOR.matcher(text);
        if (m.matches()) {
            return credits(null, m.group(1)).or(() -> penNamed);
        }
        if (penNamed.isPresent()) {
            return penNamed;
        }
        m = AUTHOR.matcher(text);
        if (m.matches() && (text.startsWith("◎") || !m.group(1).matches("(?i)(" + TRANSLATOR_LABEL + ").*"))) {
            Optional<Credits> signed = credits(m.group(1), null);
            boolean roleless = text.startsWith("◎") && text.substring(1).strip().equals(m.group(1).strip());
            if (signed.isPresent() || !text.regionMatches(true, 0, "by ", 0, 3)) {
                return roleless ? signed.map(c -> new Credits(c.authors(), List.of(), c.authors())) : signed;
            }
            // "by Mr Donald Tsang, the Chief Executive of HKSAR": the name and the office after "by".
            text = HONORIFIC.matcher(m.group(1).strip()).replaceFirst("");
        }
        m = OFFICE.matcher(text);
        if (m.matches()) {
            return credits(m.group(1) != null ? m.group(1) : m.group(2), null);
        }
        m = NAME_OFFICE.matcher(text);
        if (m.matches()) {
            return credits(m.group(1) != null ? m.group(1) : m.group(2), null);
        }
        m = TRANSLATED_SUFFIX.matcher(text);
        if (m.matches()) {
            String names = m.group(1) != null ? m.group(1) : m.group(2);
            // A translator of the Chinese classics signs in Latin letters too: "James Legge 英译".
            return hasHan(names) || FULL_LATIN_NAME.matcher(names.strip()).matches() ? credits(null, names) : Optional.empty();
        }
        m = AUTHOR_SUFFIX.matcher(text);
        if (m.matches() && hasHan(m.group(1))) {
            return credits(m.group(1), null);
        }
        return Optional.empty();
    }

    /** A line that is a Chinese name alone: two or three characters, a common surname first ("李白", "杜甫", "欧阳修"). */
    static boolean isBareName(String line) {
        String text = line.strip();
        if (!text.codePoints().allMatch(Scripts::isHan)) {
            return false;
        }
        if (ChineseSurnames.opensWithCompound(text)) {
            return text.length() >= 3 && text.length() <= 4;
        }
        return text.length() >= 2 && text.length() <= 3 && ChineseSurnames.opensCommonly(text);
    }

    /**
     * A name given in both languages on two lines, "贾宝泉" and "Jia Baoquan": a Chinese name of two to four
     * characters and a romanised one of two or three capitalised words, as "贾宝泉 (Jia Baoquan)".
     */
    static Optional<String> bilingualName(String chinese, String english) {
        String zh = chinese.strip();
        String en = english.strip();
        if (zh.length() < 2 || zh.length() > 4 || !zh.codePoints().allMatch(Scripts::isHan)) {
            return Optional.empty();
        }
        if (!en.matches("[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2}")) {
            return Optional.empty();
        }
        for (String word : en.toLowerCase(java.util.Locale.ROOT).split("[ -]")) {
            if (!press.duet.text.Pinyin.isWord(word)) {
                return Optional.empty();
            }
        }
        return Optional.of(zh + " (" + en + ")");
    }

    /**
     * The credits of an e-text's title page, its lines read as one: "with a translation, critical and
     * exegetical notes … by / James Legge" names the translator; "by" with no translation before it, the author.
     */
    static Credits titlePage(List<String> lines) {
        String text = String.join(" ", lines).replaceAll("\\s+", " ");
        Matcher m = TITLE_PAGE_BY.matcher(text);
        if (!m.find()) {
            return Credits.NONE;
        }
        String name = m.group(1).strip();
        return TRANSLATION.matcher(text.substring(0, m.start())).find()
                ? new Credits(List.of(), List.of(name)) : new Credits(List.of(name), List.of());
    }

    /**
     * The maker of the edition a source note cites ("Source: … from \"The Chinese Classics\", James Legge,
     * 1861"): a name with no word of its role, which the text's languages tell (see {@link BookMetadata}).
     */
    static Optional<String> citedMaker(String line) {
        Matcher m = CITED_EDITION.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        return names(m.group(1)).filter(found -> found.size() == 1).map(found -> found.get(0));
    }

    /** The credits given by label in a line of page information: "来源：新华网 作者：林秋 编辑：王明 译者：李华". */
    static Credits fields(String line) {
        List<String> authors = new ArrayList<>();
        List<String> translators = new ArrayList<>();
        Matcher m = FIELD.matcher(line);
        while (m.find()) {
            boolean translator = m.group(1).matches("(?i)" + TRANSLATOR_LABEL);
            names(m.group(2)).ifPresent(names -> (translator ? translators : authors).addAll(names));
        }
        return new Credits(authors, translators);
    }

    private static Optional<Credits> credits(String authors, String translators) {
        Optional<List<String>> a = authors == null ? Optional.of(List.of()) : names(authors);
        Optional<List<String>> t = translators == null ? Optional.of(List.of()) : names(translators);
        if (a.isEmpty() || t.isEmpty() || a.get().isEmpty() && t.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Credits(a.get(), t.get()));
    }

    /** The names in a list of them, or empty when any part is no name. */
    private static Optional<List<String>> names(String list) {
        String text = list.strip().replaceFirst("[.。]$", "");
        if (text.isEmpty() || text.length() > 60) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        Matcher both = BILINGUAL.matcher(text);
        if (both.matches()) {
            String han = both.group(1) != null ? both.group(1) : both.group(4);
            String latin = both.group(1) != null ? both.group(2) : both.group(3);
            if (LATIN_NAME.matcher(latin.strip()).matches()) {
                return Optional.of(List.of(han + " (" + latin.strip() + ")"));
            }
        }
        for (String name : SPLIT.split(text)) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            if (!isName(n)) {
                return Optional.empty();
            }
            names.add(n);
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    private static boolean isName(String name) {
        if (hasHan(name)) {
            // A transliterated foreign name is longer and may keep a Latin initial: "希拉里•罗德姆•克林顿", "安东尼·J·布林肯".
            boolean dotted = name.chars().anyMatch(c -> c == '·' || c == '・' || c == '•');
            // A Chinese name is a surname and a given name, four characters at most ("欧阳修文"); more is a phrase.
            // A Chinese name opens with a surname; a site's or a column's name in the author's field ("英语课") does not.
            return name.length() >= 2 && name.length() <= (dotted ? 16 : 4) && name.chars().noneMatch(Character::isWhitespace)
                    && !UNKNOWN.matcher(name).matches() && (dotted || ChineseSurnames.opens(name) || MASTER.matcher(name).matches())
                    && name.codePoints().allMatch(c -> Scripts.isHan(c) || c == '·' || c == '・' || c == '•'
                    || dotted && c >= 'A' && c <= 'Z');
        }
        return LATIN_NAME.matcher(name).matches() && name.length() <= 60
                && !name.matches("(?i)unknown|anonymous|staff|admin|editor|editors|anon\\.?");
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(Scripts::isHan);
    }
}
