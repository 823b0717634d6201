package press.duet.furniture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import press.duet.text.DisplayColumns;
import press.duet.text.Scripts;

/**
 * A site's watermark in a copied page: a line with an address, a source or the site's name in it that
 * stands three times or more in the text, whole on its own lines, glued after the end of paragraphs
 * ("…的致辞文章源自英文巴士-https://…") or glued before them ("学习啦在线学习网 when they were …").
 * Found before any other furniture, so that a line is read for what it is without its watermark:
 * "香港会议展览中心文章源自…" is a hall line of a speech's head.
 *
 * @param kinds   {@link FurnitureKind#WATERMARK} for a line that is a watermark, whole or in part, else null
 * @param kept    what is left of a line a watermark was glued to, or null when the line is whole or clean
 * @param removed the watermark taken off a line, or null
 */
record Watermarks(FurnitureKind[] kinds, String[] kept, String[] removed) {
    /** A watermark repeats; twice may be a coincidence of a page, three times is a pattern. */
    private static final int REPEATS = 3;
    private static final Pattern SOURCE_WORDS = Pattern.compile(
            "源自|来自|來自|出自|转自|轉自|来源|來源|出处|出處|本文|原文|本站|source|from|via", Pattern.CASE_INSENSITIVE);
    /** A Chinese site calls itself a 网 or a 站: "学习啦在线学习网", "英语学习站". */
    private static final Pattern SITE_NAME = Pattern.compile("(网|網|站|网站|網站)$");
    /** A site's name glued before a paragraph is a few Han characters, one word with no space. */
    private static final int MIN_FRONT_HAN = 4;
    private static final int MAX_FRONT_COLUMNS = 30;
    /** Where a sentence ends, before a watermark glued to it. */
    private static final String SENTENCE_ENDS = "。！？!?…”’」』)）";
    private static final List<String> DOMAINS = List.of(".com", ".cn", ".net", ".org", ".tw", ".hk", ".edu", ".gov");
    /** The letters after the dot of {@link #DOMAINS}: a text with no dot before one of them holds none. */
    private static final String DOMAIN_INITIALS = DOMAINS.stream().map(d -> d.substring(1, 2)).distinct()
            .collect(java.util.stream.Collectors.joining());

    /** The watermarks in these (stripped) lines. */
    static Watermarks find(List<String> lines) {
        int n = lines.size();
        Watermarks found = new Watermarks(new FurnitureKind[n], new String[n], new String[n]);
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> fronts = new HashMap<>();
        String[] frontOf = new String[n];
        for (int i = 0; i < n; i++) {
            String text = lines.get(i);
            if (!text.isEmpty() && DisplayColumns.fit(text, FurnitureLine.MAX_COLUMNS)) {
                counts.merge(text, 1, Integer::sum);
            }
            frontOf[i] = siteFront(text);
            if (frontOf[i] != null) {
                fronts.merge(frontOf[i], 1, Integer::sum);
            }
        }
        List<String> marks = new ArrayList<>();
        counts.forEach((text, count) -> {
            if (count >= REPEATS && (FurnitureLine.hasAddress(text) || SOURCE_WORDS.matcher(text).find())) {
                marks.add(text);
            }
        });
        Map<String, Integer> tails = new HashMap<>();
        String[] tailOf = new String[n];
        for (int i = 0; i < n; i++) {
            String text = lines.get(i);
            if (marks.contains(text)) {
                found.kinds[i] = FurnitureKind.WATERMARK;
                continue;
            }
            tailOf[i] = addressTail(text);
            if (tailOf[i] != null) {
                tails.merge(tailOf[i], 1, Integer::sum);
            }
        }
        for (int i = 0; i < n; i++) {
            if (found.kinds[i] != null) {
                continue;
            }
            String text = lines.get(i);
            String mark = null;
            for (String m : marks) {
                if (text.endsWith(m) && text.length() > m.length()) {
                    mark = m;
                }
            }
            if (mark == null && tailOf[i] != null && tails.get(tailOf[i]) >= 2) {
                mark = tailOf[i];
            }
            if (mark != null) {
                found.cut(i, mark, text.substring(0, text.length() - mark.length()).strip());
            } else if (frontOf[i] != null && fronts.get(frontOf[i]) >= REPEATS) {
                found.cut(i, frontOf[i], text.substring(frontOf[i].length()).strip());
            }
        }
        return found;
    }

    private void cut(int i, String mark, String rest) {
        kinds[i] = FurnitureKind.WATERMARK;
        removed[i] = mark;
        kept[i] = rest.isEmpty() ? null : rest;
    }

    /** Whether the line is a watermark and nothing else. */
    boolean whole(int i) {
        return kinds[i] != null && kept[i] == null;
    }

    /**
     * The site's name that opens a line before a space and more text ("学习啦在线学习网 when …"), or
     * null: four Han characters or more, one word, ending as a Chinese site's name ends. The first
     * character decides most lines: an English paragraph opens with a Latin letter.
     */
    private static String siteFront(String text) {
        if (text.isEmpty() || !Scripts.isHan(text.codePointAt(0))) {
            return null;
        }
        int space = text.indexOf(' ');
        if (space < 0 || space + 1 >= text.length() || !DisplayColumns.fit(text.substring(0, space), MAX_FRONT_COLUMNS)) {
            return null;
        }
        String front = text.substring(0, space);
        if (front.codePoints().filter(Scripts::isHan).count() < MIN_FRONT_HAN || !SITE_NAME.matcher(front).find()
                && !FurnitureLine.hasAddress(front) || FurnitureLine.sentenceLike(front)) {
            return null;
        }
        return front;
    }

    /**
     * What follows the last sentence end of a text when it holds a web address, or null. Most lines of
     * a book hold no address, so a plain search for the marks of one comes first; the sentence end
     * is found by walking back from the address, not by a pattern over the whole line.
     */
    private static String addressTail(String text) {
        int address = addressStart(text);
        if (address <= 0) {
            return null;
        }
        int end = -1;
        for (int i = address - 1; i >= 0 && end < 0; i--) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                end = i + 1;
            }
        }
        if (end <= 0) {
            return null;
        }
        String tail = text.substring(end).strip();
        return !tail.isEmpty() && DisplayColumns.fit(tail, 120) && FurnitureLine.hasAddress(tail) ? tail : null;
    }

    /** Where the first web address of the text begins ("https://", "www." or a domain's name), or -1. */
    private static int addressStart(String text) {
        if (text.indexOf('.') < 0) {
            // Every address has a dot; a Chinese paragraph seldom has one.
            return -1;
        }
        int at = text.indexOf("://");
        if (at >= 0) {
            while (at > 0 && Character.isLetter(text.charAt(at - 1))) {
                at--;
            }
            return at;
        }
        at = text.indexOf("www.");
        if (at >= 0) {
            return at;
        }
        if (!hasDotBeforeDomainInitial(text)) {
            return -1; // prose's full stops stand before a space or the end, never before a domain's first letter
        }
        for (String domain : DOMAINS) {
            int dot = text.indexOf(domain);
            if (dot > 0 && Character.isLetterOrDigit(text.charAt(dot - 1))) {
                int start = dot;
                while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '-'
                        || text.charAt(start - 1) == '.')) {
                    start--;
                }
                return start;
            }
        }
        return -1;
    }

    /** Whether some dot of the text stands before a letter that a domain of {@link #DOMAINS} starts with. */
    private static boolean hasDotBeforeDomainInitial(String text) {
        for (int dot = text.indexOf('.'); dot >= 0 && dot + 1 < text.length(); dot = text.indexOf('.', dot + 1)) {
            if (DOMAIN_INITIALS.indexOf(text.charAt(dot + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
