package press.duet.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.duet.font.FontSet;
import press.duet.style.Theme;
import press.duet.testing.Books;
import press.duet.testing.JustifiedLines;
import press.duet.testing.JustifiedLines.EnglishLine;
import press.duet.text.Hyphenator;

/**
 * Hyphenation in the PDF, checked on real classics (Legge's and Giles's translations, which nobody on
 * the team wrote) set side by side on A5: every hyphen a line ends in stands at a point the TeX
 * patterns allow, no more than two hyphenated lines follow each other, and fewer lines go loose.
 */
class HyphenationPdfTest {
    /** Real classics in Traditional Chinese with an English translation from before 1927. */
    static final List<String> CLASSICS = List.of("analects-legge-book1/analects.txt", "analects-legge-book2/book2.txt",
            "analects-legge-book17/book17.txt", "mencius-legge-1a-1-4/mengzi001.txt", "suntzu-giles-1-2");

    @TempDir
    Path folder;

    @Test
    void everyHyphenStandsAtAPatternPointAndNoMoreThanTwoFollowEachOther() throws Exception {
        Patterns patterns = Patterns.read();
        int hyphens = 0;
        for (String classic : CLASSICS) {
            List<EnglishLine> lines = JustifiedLines.english(build(classic, Paper.A5, true, "hyphenated.pdf"));
            int inARow = 0;
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i).text().strip();
                boolean hyphenated = text.endsWith("-") && i + 1 < lines.size() && endsInLetterHyphen(text);
                if (!hyphenated) {
                    inARow = 0;
                    continue;
                }
                inARow++;
                assertTrue(inARow <= 2, classic + ": three hyphenated lines in a row, ending with " + text);
                String before = lastLetters(text.substring(0, text.length() - 1));
                String after = firstLetters(lines.get(i + 1).text().strip());
                String word = before + after;
                if (source(classic).contains(before + "-" + after) || source(classic).contains(before + "-\n")) {
                    continue; // the text's own hyphen
                }
                assertTrue(patterns.allows(word.toLowerCase(), before.length()),
                        classic + ": " + before + "-" + after + " is not a hyphenation point of the TeX patterns");
                hyphens++;
            }
        }
        assertTrue(hyphens >= 10, "only " + hyphens + " hyphens in the classics on A5: hyphenation did not happen");
    }

    /**
     * The last English line of every page ends in a whole word, and no paragraph's last line holds
     * only the rest of a word hyphenated on the line before (the paragraph's last word never breaks).
     */
    @Test
    void noPageEndsInAHyphenAndNoParagraphEndsWithAWordsRest() throws Exception {
        int pages = 0;
        int hyphens = 0;
        for (Paper paper : List.of(Paper.A4, Paper.A5)) {
            for (String classic : CLASSICS) {
                String source = source(classic);
                List<EnglishLine> lines = JustifiedLines.english(build(classic, paper, true, "ends.pdf"));
                for (int i = 0; i < lines.size(); i++) {
                    EnglishLine line = lines.get(i);
                    String text = line.text().strip();
                    boolean lastOnPage = i + 1 == lines.size() || lines.get(i + 1).page() != line.page();
                    pages += lastOnPage ? 1 : 0;
                    if (!endsInLetterHyphen(text) || i + 1 == lines.size()) {
                        continue;
                    }
                    String before = lastLetters(text.substring(0, text.length() - 1));
                    String rest = lines.get(i + 1).text().strip();
                    if (source.contains(before + "-" + firstLetters(rest)) || source.contains(before + "-\n")) {
                        continue; // the text's own hyphen
                    }
                    hyphens++;
                    assertTrue(!lastOnPage, classic + " on " + paper + ": page " + line.page() + " ends in " + text);
                    boolean restIsAWholeLine = !lines.get(i + 1).justified() && !rest.contains(" ")
                            && Character.isLetter(rest.charAt(0));
                    assertTrue(!restIsAWholeLine, classic + " on " + paper + ": a paragraph ends with the rest of "
                            + before + "-, " + rest);
                }
            }
        }
        assertTrue(pages >= 20 && hyphens >= 20, pages + " pages and " + hyphens + " hyphens checked: too few to tell");
    }

    /**
     * A book built to provoke hyphens at page ends: short Chinese, English of long words in the narrow
     * column of A5, paragraphs of every length so that many a page ends two or three lines into one.
     */
    @Test
    void noPageOfABookOfLongWordsEndsInAHyphen() throws Exception {
        String[] words = {"administration", "responsibility", "characteristically", "understanding", "benevolence",
            "righteousness", "the", "of", "and", "representatives", "propriety", "sincerity", "government"};
        java.util.Random random = new java.util.Random(5);
        StringBuilder text = new StringBuilder("长词之书\n\nA Book of Long Words\n\n第1章 长词\n\nChapter 1 Long Words\n\n");
        for (int pair = 0; pair < 120; pair++) {
            text.append("仁者爱人，以德治国。\n\n");
            int length = 4 + random.nextInt(random.nextInt(4) == 0 ? 60 : 14);
            for (int w = 0; w < length; w++) {
                text.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            text.append(".\n\n");
        }
        Path target = folder.resolve("long-words.pdf");
        PdfOptions options = PdfOptions.builder().modified(Instant.parse("2025-03-08T00:00:00Z")).paper(Paper.A5)
                .layout(press.duet.style.Layout.SIDE_BY_SIDE).build();
        assertEquals(List.of(), new PdfWriter().write(Books.of(text.toString()), Theme.named("default"), FontSet.bundled(),
                options, target));
        List<EnglishLine> lines = JustifiedLines.english(target);
        int pages = 0;
        int hyphens = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            boolean hyphenated = endsInLetterHyphen(lines.get(i).text().strip());
            hyphens += hyphenated ? 1 : 0;
            if (lines.get(i + 1).page() != lines.get(i).page()) {
                pages++;
                assertTrue(!hyphenated, "page " + lines.get(i).page() + " ends in " + lines.get(i).text());
            }
        }
        assertTrue(pages >= 15 && hyphens >= 30, pages + " pages and " + hyphens + " hyphens: too few to tell");
    }

    @Test
    void hyphenationLeavesFewerLooseLinesThanNone() throws Exception {
        for (Paper paper : List.of(Paper.A4, Paper.A5)) {
            List<EnglishLine> with = new ArrayList<>();
            List<EnglishLine> without = new ArrayList<>();
            for (String classic : CLASSICS) {
                with.addAll(JustifiedLines.english(build(classic, paper, true, "with.pdf")));
                without.addAll(JustifiedLines.english(build(classic, paper, false, "without.pdf")));
            }
            double hyphenated = JustifiedLines.looseShare(with, 0.5f);
            double plain = JustifiedLines.looseShare(without, 0.5f);
            System.out.printf("loose lines on %s: %.1f %% hyphenated, %.1f %% without (%d and %d justified lines)%n",
                    paper, 100 * hyphenated, 100 * plain, with.stream().filter(EnglishLine::justified).count(),
                    without.stream().filter(EnglishLine::justified).count());
            assertTrue(hyphenated < plain, paper + ": " + hyphenated + " loose with hyphens, " + plain + " without");
        }
    }

    @Test
    void hyphenateNoneDrawsNoHyphenTheTextLacks() throws Exception {
        for (EnglishLine line : JustifiedLines.english(build(CLASSICS.get(0), Paper.A5, false, "none.pdf"))) {
            String text = line.text().strip();
            if (endsInLetterHyphen(text)) {
                String source = read(CLASSICS.get(0));
                String stem = lastLetters(text.substring(0, text.length() - 1)) + "-";
                assertTrue(source.contains(stem), "a hyphen the text does not have: " + text);
            }
        }
    }

    private static String source(String classic) throws IOException {
        return read(classic);
    }

    private Path build(String classic, Paper paper, boolean hyphenate, String name) throws IOException {
        Path target = folder.resolve(paper + "-" + name);
        PdfOptions options = PdfOptions.builder().modified(Instant.parse("2025-03-08T00:00:00Z")).paper(paper)
                .hyphenate(hyphenate).build();
        List<String> warnings = new PdfWriter().write(Books.of(read(classic)), Theme.named("default"), FontSet.bundled(),
                options, target);
        assertEquals(List.of(), warnings);
        return target;
    }

    /** A classic's input text; a folder name alone means its one input file. */
    static String read(String classic) throws IOException {
        String resource = "/realtexts/" + classic;
        if (!classic.contains("/")) {
            Path folder = Path.of("src/test/resources/realtexts", classic);
            try (var files = Files.list(folder)) {
                String file = files.map(f -> f.getFileName().toString())
                        .filter(f -> f.endsWith(".txt") && !f.equals("junk.txt")).findFirst().orElseThrow();
                resource = "/realtexts/" + classic + "/" + file;
            }
        }
        try (InputStream in = HyphenationPdfTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean endsInLetterHyphen(String text) {
        return text.length() > 2 && text.endsWith("-") && Character.isLetter(text.charAt(text.length() - 2));
    }

    private static String lastLetters(String text) {
        int start = text.length();
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start);
    }

    private static String firstLetters(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    /**
     * The TeX patterns applied the plain way, independent of {@link Hyphenator}'s lookup: every pattern
     * is searched for at every place of the dotted word.
     */
    private record Patterns(List<String> letters, List<int[]> votes, List<String> exceptions) {
        static Patterns read() throws IOException {
            List<String> letters = new ArrayList<>();
            List<int[]> votes = new ArrayList<>();
            List<String> exceptions = new ArrayList<>();
            String text;
            try (InputStream in = Hyphenator.class.getResourceAsStream(Hyphenator.PATTERNS)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("-")) {
                    exceptions.add(line.substring(1));
                    continue;
                }
                String word = line.replaceAll("[0-9]", "");
                int[] v = new int[word.length() + 1];
                int at = 0;
                for (char c : line.toCharArray()) {
                    if (Character.isDigit(c)) {
                        v[at] = c - '0';
                    } else {
                        at++;
                    }
                }
                letters.add(word);
                votes.add(v);
            }
            return new Patterns(letters, votes, exceptions);
        }

        boolean allows(String word, int point) {
            for (String exception : exceptions) {
                if (exception.replace("-", "").equals(word)) {
                    return hyphenBefore(exception, point) && point >= 2 && word.length() - point >= 3;
                }
            }
            String dotted = "." + word + ".";
            int vote = 0;
            for (int p = 0; p < letters.size(); p++) {
                String pattern = letters.get(p);
                for (int at = dotted.indexOf(pattern); at >= 0; at = dotted.indexOf(pattern, at + 1)) {
                    // The gap before the word's letter `point` is the gap before dotted's character point + 1.
                    int k = point + 1 - at;
                    if (k >= 0 && k < votes.get(p).length) {
                        vote = Math.max(vote, votes.get(p)[k]);
                    }
                }
            }
            return vote % 2 == 1 && point >= 2 && word.length() - point >= 3;
        }

        private static boolean hyphenBefore(String exception, int point) {
            int letters = 0;
            for (char c : exception.toCharArray()) {
                if (c == '-') {
                    if (letters == point) {
                        return true;
                    }
                } else {
                    letters++;
                }
            }
            return false;
        }
    }
}
