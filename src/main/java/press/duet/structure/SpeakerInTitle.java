package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.duet.model.Segment;

/**
 * The speaker a speech's title names, who is the text's author: "Remarks by Ambassador Locke at …",
 * "Keynote Speech by H.E. Ambassador Liu Xiaoming at …", "驻英国大使刘晓明在…的主旨演讲", "奥巴马总统在联合国大会发表讲话".
 * The office before or after the name is left out; a title that names an office and no person ("Remarks by
 * the President at …") names no one.
 *
 * <pre>{@code
 * SpeakerInTitle.name("Remarks by Ambassador Locke at Residence Press Gathering"); // Optional[Locke]
 * }</pre>
 */
final class SpeakerInTitle {
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(?:remarks|speech|address|statement|toast|lecture|testimony|briefing|interview|message)\\b[^:：]{0,40}?\\bby\\s+"
                    + "(.{2,80}?)\\s+(?:at|on|to|before|in|during|for|upon|with|after|following)\\s+\\S",
            Pattern.CASE_INSENSITIVE);
    /** The speaker last in the title, after the office: "Remarks by U.S. Ambassador to China, Gary Locke". */
    private static final Pattern ENGLISH_LAST = Pattern.compile(
            "\\b(?:remarks|speech|address|statement|toast|lecture|testimony|briefing|interview|message)\\b[^:：]{0,40}?\\bby\\s+[^,，]{2,60}[,，]\\s*"
                    + "((?:[A-Z][\\p{L}'’\\-]*\\.?\\s*){2,4})$", Pattern.CASE_INSENSITIVE);
    /** Words of an office or a courtesy before an English name: "H.E. Ambassador", "U.S. Secretary of State". */
    private static final Set<String> OFFICE_WORDS = Set.of("the", "h.e.", "his", "her", "excellency", "ambassador", "secretary", "of",
            "state", "president", "vice", "premier", "prime", "minister", "foreign", "chairman", "general", "mr.", "mrs.", "ms.", "dr.",
            "u.s.", "us", "un", "chinese", "american", "deputy", "assistant", "under", "governor", "mayor", "senator", "special",
            "envoy", "representative", "counselor", "chief", "executive", "consul", "spokesperson", "spokesman", "director",
            "honorable", "hon.", "madam", "madame", "sir", "lord", "lady");
    private static final String OFFICES = "驻华大使|駐華大使|总领事|總領事|领事|領事|大使|副总统|副總統|总统|總統|国家主席|國家主席|主席|副总理|副總理|总理|總理|国务卿|國務卿"
            + "|部长|部長|外长|外長|秘书长|秘書長|市长|市長|州长|州長|首相|特使|委员长|委員長|行政长官|行政長官|议员|議員|发言人|發言人";
    private static final String SPEECHES = "讲话|講話|演讲|演講|致辞|致词|致詞|发言|發言|讲演|講演|演说|演說|答记者问|答記者問|贺词|賀詞|祝酒词|祝酒詞";
    /** A courtesy title after the name: "总领事康碧翠女士在…". */
    private static final String HONORIFIC = "(?:女士|先生|阁下|閣下|博士)?";
    /** When the speech was given, between the speaker and the place: "今日(六月二十八日)傍晚". */
    private static final String WHEN = "(?:今日|今天|昨日|昨天|今晚|昨晚|日前|近日)?(?:[(（][^()（）]{1,12}[)）])?(?:上午|下午|傍晚|晚上|早上|中午)?";
    /** The speaker's name in Latin letters in brackets after the Chinese one: "克林顿(Hillary Rodham Clinton)". */
    private static final String LATIN_BESIDE = "(?:\\s*[(（]([A-Z][A-Za-z .'’\\-]{1,40})[)）])?";
    /** A press conference the speaker holds, whose answers are the text: "主持例行记者会", "主持召开新闻发布会". */
    private static final String HOSTS = "主持(?:召开|召開)?[^。！？]{0,12}?(?:记者会|記者會|发布会|發布會|吹风会|吹風會)";
    private static final Pattern CHINESE_OFFICE_FIRST = Pattern.compile(
            "(?:" + OFFICES + ")([\\p{IsHan}·・•]{2,8}?)" + HONORIFIC + LATIN_BESIDE + WHEN + "(?:(?:在|于|於|出席|会见|會見|向)[^。！？]{0,60}?(?:"
                    + SPEECHES + ")|" + HOSTS + ")");
    /** A title that opens with the speaker's name and no office: "宋美龄在美国国会演说全文". */
    private static final Pattern CHINESE_BARE_NAME_FIRST = Pattern.compile(
            "^[—\\-–\\s]*(\\p{IsHan}{2,3}?)(?:在|于|於)[^。！？]{0,40}?(?:" + SPEECHES + ")");
    /** The first paragraph that introduces the speech below it: "以下为…致辞全文：", "1月14日，…发表讲话". */
    private static final Pattern INTRODUCTION = Pattern.compile("^(?:以下[为為是]|下面[是为為]|(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日\\s*[,，])");
    private static final Pattern CHINESE_NAME_FIRST = Pattern.compile(
            "^[—\\-–\\s]*([\\p{IsHan}·・•]{2,4}?)(?:" + OFFICES + ")(?:在|于|於|出席)[^。！？]{0,60}?(?:" + SPEECHES + ")");
    /** A transcript's first speaker label with an office: "奥巴马总统：", "国务卿克林顿:". */
    private static final Pattern CHINESE_LABEL = Pattern.compile(
            "^(?:(?:" + OFFICES + ")([\\p{IsHan}·・•]{2,8}?)|([\\p{IsHan}·・•]{2,8}?)(?:" + OFFICES + "))\\s*[:：]");
    /** "PRESIDENT OBAMA:", "SECRETARY CLINTON:", "AMBASSADOR LOCKE:" (not "THE PRESIDENT:", which names no one). */
    private static final Pattern ENGLISH_LABEL = Pattern.compile("^((?:[A-Z][A-Z.\\-]*\\s+){1,4})([A-Z][A-Z'’\\-]+)\\s*:");
    /** A name ends with no character of an institution or a country: "美国总统：" names no one. */
    private static final Pattern INSTITUTION_END = Pattern.compile("[国國部院省市州会會府厅廳局处處方]$");
    /** A country's short name at the end: 美国, 英國, 中国 … (two characters, the second 国). */
    private static final Pattern COUNTRY_END = Pattern.compile("\\p{IsHan}[国國]$");
    /** Characters no name holds: the words around an office and an occasion. */
    private static final Pattern NOT_A_NAME = Pattern.compile("[的在于於馆館会會上]");

    private SpeakerInTitle() {
    }

    /**
     * The speaker named by the lines under the title that name the speech, else by the title lines; one
     * person in both languages when a Chinese and an English name are found: "刘晓明 (Liu Xiaoming)".
     */
    static Optional<String> of(List<String> fromLines, Segment chinese, Segment english) {
        List<String> names = new ArrayList<>(fromLines);
        if (names.isEmpty()) {
            (chinese == null ? Optional.<String>empty() : name(chinese.text())).ifPresent(names::add);
            (english == null ? Optional.<String>empty() : name(english.text())).ifPresent(names::add);
        }
        if (names.size() == 2 && isHan(names.get(0)) != isHan(names.get(1))) {
            String zh = isHan(names.get(0)) ? names.get(0) : names.get(1);
            String en = isHan(names.get(0)) ? names.get(1) : names.get(0);
            return Optional.of(zh + " (" + en + ")");
        }
        return names.stream().findFirst();
    }

    /**
     * A transliterated name (its parts joined by a middle dot) with the country of the occasion run on
     * ("玛丽·罗伊斯美国在台协会…": the 在 is the institute's): the name ends before the country's 国.
     * A Chinese given name may end with 国 (李建国); a transliteration's last part never holds a country.
     */
    private static String withoutCountryAfter(String name) {
        int dot = Math.max(name.lastIndexOf('·'), Math.max(name.lastIndexOf('•'), name.lastIndexOf('・')));
        return dot > 0 && name.length() - dot > 3 && COUNTRY_END.matcher(name).find() ? name.substring(0, name.length() - 2) : name;
    }

    private static boolean isHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The speaker one title line names; a converter's pinyin readings ("總統(tǒng)") do not hide an office. */
    static Optional<String> name(String line) {
        String title = ConverterReadings.without(line);
        Matcher zh = CHINESE_OFFICE_FIRST.matcher(title);
        if (zh.find() && !NOT_A_NAME.matcher(zh.group(1)).find()) {
            String name = withoutCountryAfter(zh.group(1));
            return Optional.of(zh.group(2) == null ? name : name + " (" + zh.group(2).strip() + ")");
        }
        Matcher first = CHINESE_NAME_FIRST.matcher(title);
        if (first.find() && !NOT_A_NAME.matcher(first.group(1)).find()) {
            return Optional.of(first.group(1));
        }
        Matcher bare = CHINESE_BARE_NAME_FIRST.matcher(title);
        if (bare.find() && ChineseSurnames.opensCommonly(bare.group(1)) && !NOT_A_NAME.matcher(bare.group(1)).find()) {
            return Optional.of(bare.group(1));
        }
        int dash = title.indexOf("——");
        if (dash > 0) {
            // A title whose subtitle names the speech: "应运而生——林秋大使在招待会上的致辞".
            Optional<String> inSubtitle = name(title.substring(dash));
            if (inSubtitle.isPresent()) {
                return inSubtitle;
            }
        }
        Matcher en = ENGLISH.matcher(title);
        Optional<String> named = en.find() ? englishName(en.group(1)) : Optional.empty();
        if (named.isPresent()) {
            return named;
        }
        Matcher last = ENGLISH_LAST.matcher(title);
        return last.find() ? englishName(last.group(1)) : Optional.empty();
    }

    /**
     * The speaker that a paragraph introducing the speech below names, as a release or a news page opens
     * one: "以下为行政长官林秋今日(六月二十八日)傍晚在欢迎晚宴上致辞全文：" → 林秋.
     */
    static Optional<String> fromIntroduction(String paragraph) {
        if (!INTRODUCTION.matcher(paragraph).find()) {
            return Optional.empty();
        }
        String sentence = paragraph.split("[。！？]", 2)[0];
        Matcher zh = CHINESE_OFFICE_FIRST.matcher(sentence);
        if (zh.find() && !NOT_A_NAME.matcher(zh.group(1)).find()) {
            return Optional.of(zh.group(2) == null ? zh.group(1) : zh.group(1) + " (" + zh.group(2).strip() + ")");
        }
        return Optional.empty();
    }

    /**
     * The speaker a transcript's first paragraph names in its label, with an office so that it is the
     * speech's speaker and not a voice of a dialogue: "奥巴马总统：主席先生…" → 奥巴马, "SECRETARY
     * CLINTON: Thank you." → Clinton.
     */
    static Optional<String> fromLabel(String paragraph) {
        Matcher zh = CHINESE_LABEL.matcher(paragraph);
        if (zh.find()) {
            String name = zh.group(1) != null ? zh.group(1) : zh.group(2);
            return NOT_A_NAME.matcher(name).find() || INSTITUTION_END.matcher(name).find() ? Optional.empty() : Optional.of(name);
        }
        Matcher en = ENGLISH_LABEL.matcher(paragraph);
        if (!en.find()) {
            return Optional.empty();
        }
        for (String word : en.group(1).strip().split("\\s+")) {
            if (!OFFICE_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return Optional.empty();
            }
        }
        String name = en.group(2);
        if (OFFICE_WORDS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT));
    }

    /** The capitalised words after the last word of an office: "H.E. Ambassador Liu Xiaoming" → "Liu Xiaoming". */
    private static Optional<String> englishName(String words) {
        String[] tokens = words.strip().split("\\s+");
        List<String> name = new ArrayList<>();
        for (String given : tokens) {
            String token = given.replaceAll("[,，;；:：]+$", "");
            if (token.isEmpty()) {
                continue;
            }
            if (OFFICE_WORDS.contains(token.toLowerCase(java.util.Locale.ROOT))) {
                name.clear();
            } else if (Character.isUpperCase(token.charAt(0))) {
                name.add(token);
            } else {
                return Optional.empty();
            }
        }
        return name.isEmpty() || name.size() > 4 ? Optional.empty() : Optional.of(String.join(" ", name));
    }
}
