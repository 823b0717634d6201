package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import press.duet.model.Chapter;
import press.duet.model.Pair;
import press.duet.model.Para;
import press.duet.read.Readers;
import press.duet.read.TextDecoder;
import press.duet.text.Numerals;

/**
 * Two real editions of one book, which nobody on the team wrote: the 論語 (GBK, 學而第一 … with each
 * saying numbered [b.c]) and Legge's Analects as Project Gutenberg has it (BOOK b, CHAP. c). Every
 * book of the one is matched with the same book of the other, and the paragraphs inside are paired
 * within their saying. The Chinese gives each saying as one paragraph and Legge often as several
 * verses, so the editions do not correspond paragraph by paragraph: a pair is right when every
 * paragraph on both its sides belongs to the same saying, and a verse the aligner leaves alone is
 * counted as a paragraph not placed with its saying.
 */
class RealEditionsTest {
    private static final Pattern CHINESE_SAYING = Pattern.compile("^\\[(\\d+)\\.(\\d+)\\]");
    private static final Pattern ENGLISH_BOOK = Pattern.compile("^BOOK ([IVXLC]+)\\.");
    private static final Pattern ENGLISH_SAYING = Pattern.compile("^\\s*(?:CHAPTER|CHAP\\.) ([IVXLC]+)\\.");

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(RealEditionsTest.class.getResource("/editions/analects/" + name).toURI());
    }

    /** The saying ("b.c") each line of an edition belongs to, by line number (1-based); null before the first. */
    private static String[] sayings(Path file, boolean chinese) throws IOException {
        String text = TextDecoder.decode(Files.readAllBytes(file), null, file.toString()).text();
        String[] lines = text.split("\n", -1);
        String[] sayings = new String[lines.length + 1];
        String current = null;
        int book = 0;
        for (int i = 0; i < lines.length; i++) {
            if (chinese) {
                Matcher m = CHINESE_SAYING.matcher(lines[i]);
                current = m.find() ? m.group(1) + "." + m.group(2) : current;
            } else {
                Matcher b = ENGLISH_BOOK.matcher(lines[i]);
                if (b.find()) {
                    book = Numerals.roman(b.group(1));
                    current = null;
                }
                Matcher c = ENGLISH_SAYING.matcher(lines[i]);
                current = c.find() ? book + "." + Numerals.roman(c.group(1)) : current;
            }
            sayings[i + 1] = current;
        }
        return sayings;
    }

    private static String sayingOf(List<Para> paras, String[] sayings) {
        String saying = null;
        for (Para para : paras) {
            String own = sayings[para.source().line()];
            if (own == null || saying != null && !saying.equals(own)) {
                return null;
            }
            saying = own;
        }
        return saying;
    }

    /** The measured figures: complete pairs right, and paragraphs of sayings placed with their saying. */
    record Score(int pairs, int rightPairs, int paragraphs, int rightParagraphs) {
        double pairShare() {
            return rightPairs / (double) pairs;
        }

        double paragraphShare() {
            return rightParagraphs / (double) paragraphs;
        }
    }

    static Score score(Structured result, String[] zhSayings, String[] enSayings) {
        int pairs = 0;
        int rightPairs = 0;
        int paragraphs = 0;
        int rightParagraphs = 0;
        for (Chapter chapter : result.book().chapters()) {
            for (Pair pair : StructurerTest.pairs(chapter)) {
                List<Para> zh = pair.zh() == null ? List.of() : pair.zh().paras();
                List<Para> en = pair.en() == null ? List.of() : pair.en().paras();
                int inSayings = (int) (zh.stream().filter(p -> zhSayings[p.source().line()] != null).count()
                        + en.stream().filter(p -> enSayings[p.source().line()] != null).count());
                paragraphs += inSayings;
                if (zh.isEmpty() || en.isEmpty()) {
                    continue;
                }
                pairs++;
                String zhSaying = sayingOf(zh, zhSayings);
                if (zhSaying != null && zhSaying.equals(sayingOf(en, enSayings))) {
                    rightPairs++;
                    rightParagraphs += inSayings;
                }
            }
        }
        return new Score(pairs, rightPairs, paragraphs, rightParagraphs);
    }

    @Test
    void matchesEveryBookOfTheTwoEditionsAndPairsTheSayingsInside() throws Exception {
        Path zhFile = resource("論語.txt");
        Path enFile = resource("analects-legge.txt");
        Structured result = Structurer.structure(List.of(Readers.read(zhFile, null, null), Readers.read(enFile, null, null)));

        List<String> wrong = new ArrayList<>();
        int books = 0;
        for (ChapterMatch match : result.chapterMatches()) {
            if (!match.paired()) {
                // Only the digitiser's note and the translator's front matter stand alone, never a book.
                assertTrue(match.zhTitles().stream().allMatch(t -> number(t) < 0)
                        && match.enTitles().stream().allMatch(t -> number(t) < 0), match.toString());
                continue;
            }
            books++;
            if (match.zhTitles().size() != 1 || match.enTitles().size() != 1
                    || number(match.zhTitles().get(0)) != number(match.enTitles().get(0)) || number(match.zhTitles().get(0)) < 0) {
                wrong.add(match.toString());
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(20, books);

        Score score = score(result, sayings(zhFile, true), sayings(enFile, false));
        System.out.printf(Locale.ROOT, "Two real editions (論語 / Legge): %d books matched; %d of %d complete pairs right (%.1f %%);"
                        + " %d of %d paragraphs of sayings placed with their saying (%.1f %%)%n", books, score.rightPairs(),
                score.pairs(), 100 * score.pairShare(), score.rightParagraphs(), score.paragraphs(), 100 * score.paragraphShare());
        assertTrue(score.pairShare() >= 0.97, score.toString());
        assertTrue(score.paragraphShare() >= 0.95, score.toString());
    }

    /** The number a book's heading carries (學而第一 1, BOOK II. WEI CHANG. 2), -1 for none. */
    private static int number(String title) {
        ChapterHeadings.Reading reading = ChapterHeadings.read(title);
        if (reading != null && reading.number() >= 0) {
            return reading.number();
        }
        int named = ChapterHeadings.namedNumberWithoutOrdinal(title);
        return named;
    }
}
