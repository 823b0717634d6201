package press.duet.read;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import press.duet.text.Scripts;

/**
 * How much a decoding looks like real text rather than mojibake, judged from the text alone, so that
 * it can veto any decoding however confident a statistical detector is. Three signs:
 * <ul>
 *   <li>the share of the Han characters that are {@linkplain FrequentCharacters frequent}: real prose
 *       draws most of them from a thousand or so, bytes read in the wrong encoding scatter over the
 *       code table;</li>
 *   <li>impossible characters and pairs: private-use and unassigned code points, controls, the
 *       replacement character, half-width katakana (not the half-width ideographic comma, full stop and
 *       corner brackets before them, which real Traditional texts use), and a Han character touching Hangul, a combining
 *       mark or an accented Latin letter, which no Chinese text writes;</li>
 *   <li>round-trip cleanliness: encoding the text again gives back the very bytes (an encoding with two
 *       byte sequences for one character decodes a file written in another encoding lossily);</li>
 *   <li>the share of the other non-ASCII characters that are {@linkplain #isOrdinary ordinary in prose}
 *       (curly quotes, dashes, CJK punctuation, accented letters): English with a few typographic
 *       quotes in Big5 reads in GB18030 without an impossible character, but its ’ comes out as ˇ and
 *       its “ as ¨ — symbols no English sentence holds between its words. With few Han characters this
 *       is what tells the encodings apart.</li>
 * </ul>
 *
 * <pre>{@code
 * Plausibility p = Plausibility.of(text, bytes, Charset.forName("Big5-HKSCS"));
 * p.isPlausible();  // true for the right encoding
 * }</pre>
 *
 * @param han the Han characters in the text
 * @param frequentShare the share of them that are frequent, or 1 when there are none
 * @param impossible the impossible characters and pairs found
 * @param characters all the characters (code points) in the text
 * @param roundTrips whether encoding the text again gives the same bytes
 * @param nonAscii the characters beyond ASCII
 * @param unusual those of them that are neither Han nor {@linkplain #isOrdinary ordinary in prose}
 */
record Plausibility(int han, double frequentShare, int impossible, int characters, boolean roundTrips,
                    int nonAscii, int unusual) {
    /**
     * Real prose takes at least this share of its Han characters from the frequent ones (0.79 to 0.97
     * on the real texts in the tests, Cantonese the lowest); mojibake draws its characters evenly from
     * a code area, and even the densest (GB2312 level 1, where most frequent characters are) gives 0.30.
     */
    static final double FREQUENT_ENOUGH = 0.5;
    /**
     * Below this many Han characters the frequent share says too little on its own (a word or two of
     * Chinese in an English file): then only impossible characters veto.
     */
    static final int HAN_FOR_STATISTICS = 20;
    /** The typographic marks of English and Chinese prose that {@link #isOrdinary} counts (no-break space first). */
    private static final String ORDINARY_MARKS = "\u00A0°·×–—―‘’“”•…‧‰′″\u3000、。〈〉《》「」『』【】〔〕〖〗"
            + "，．！？：；（）％／～－｜［］｛｝＂＇｡｢｣､◎●○■□★☆▲△";

    static Plausibility of(String text, byte[] bytes, int from, Charset charset) {
        int han = 0;
        int frequent = 0;
        int impossible = 0;
        int characters = 0;
        int nonAscii = 0;
        int unusual = 0;
        int previous = '\n';
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            characters++;
            boolean isHan = Scripts.isHan(cp);
            if (isHan) {
                han++;
                if (FrequentCharacters.isFrequent(cp)) {
                    frequent++;
                }
            }
            if (cp > 0x7F) {
                nonAscii++;
                if (!isHan && !isOrdinary(cp)) {
                    unusual++;
                }
            }
            if (isImpossible(cp) || isImpossiblePair(previous, cp)) {
                impossible++;
            }
            previous = cp;
        }
        double share = han == 0 ? 1 : (double) frequent / han;
        return new Plausibility(han, share, impossible, characters, roundTrips(text, bytes, from, charset), nonAscii,
                unusual);
    }

    /** Whether the decoding may be accepted at all. */
    boolean isPlausible() {
        if (impossible * 100 > Math.max(characters, 1)) {
            return false; // more than one character in a hundred that no text has
        }
        return han < HAN_FOR_STATISTICS || frequentShare >= FREQUENT_ENOUGH;
    }

    /**
     * A score to rank plausible decodings: higher is likelier. The right decoding of a file has no
     * impossible character, so each costs much (one in a hundred costs as much as the whole frequent
     * share); unusual symbols cost their share of the non-ASCII characters (all of them unusual costs
     * as much as all Han characters rare); a lossy round trip costs a little.
     */
    double score() {
        double impossibleShare = characters == 0 ? 0 : (double) impossible / characters;
        return frequentShare - unusualShare() - 100 * impossibleShare - (roundTrips ? 0 : 0.02);
    }

    /** The share of the non-ASCII characters that are unusual in prose, 0 when there are none. */
    double unusualShare() {
        return nonAscii == 0 ? 0 : (double) unusual / nonAscii;
    }

    /**
     * A non-Han character that prose in English or Chinese commonly holds: the typographic quotes,
     * dashes, ellipsis and bullets; the CJK punctuation and brackets and the full-width forms of
     * ASCII punctuation Chinese text uses; Latin letters with diacritics (pinyin, names); the degree
     * and multiplication signs, circled numbers and Roman numerals. Symbols a legacy table puts next
     * to them (ˇ ˉ ¨ 〃 ＊ ＆ ※ §, Greek, Cyrillic, kana, box drawing) are not: a wrong decoding
     * of a few curly quotes yields those.
     */
    static boolean isOrdinary(int cp) {
        if (cp >= 0xC0 && cp <= 0x24F) {
            return Character.isLetter(cp);
        }
        if (cp >= 0x2460 && cp <= 0x2473 || cp >= 0x2160 && cp <= 0x217F) {
            return true; // ① … ⑳, Ⅰ Ⅱ …
        }
        return ORDINARY_MARKS.indexOf(cp) >= 0;
    }

    private static boolean isImpossible(int cp) {
        if (cp == '\n' || cp == '\r' || cp == '\t' || cp == '\f') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.SURROGATE || cp == 0xFFFD || cp >= 0xFF65 && cp <= 0xFF9F;
    }

    private static boolean isImpossiblePair(int previous, int cp) {
        boolean hanFirst = Scripts.isHan(previous);
        boolean hanSecond = Scripts.isHan(cp);
        if (!hanFirst && !hanSecond) {
            return false;
        }
        int other = hanFirst ? cp : previous;
        if (hanFirst && Character.getType(cp) == Character.NON_SPACING_MARK) {
            return true;
        }
        return Character.UnicodeScript.of(other) == Character.UnicodeScript.HANGUL
                || other >= 0xC0 && other <= 0x24F && Character.isLetter(other);
    }

    private static boolean roundTrips(String text, byte[] bytes, int from, Charset charset) {
        try {
            var encoded = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] again = new byte[encoded.remaining()];
            encoded.get(again);
            return Arrays.equals(again, 0, again.length, bytes, from, bytes.length);
        } catch (CharacterCodingException | UnsupportedOperationException e) {
            return false;
        }
    }
}
