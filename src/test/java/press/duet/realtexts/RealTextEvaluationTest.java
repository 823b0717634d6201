package press.duet.realtexts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Duet's accuracy on the committed real-text corpus (src/test/resources/realtexts: texts nobody on
 * the team wrote, with gold pairs written by reading them). Prints the Markdown report and writes it
 * to target/real-texts-report.md; with {@code -Dduet.realtexts.private=DIR} the private cache of
 * copyrighted pages is scored too, reported apart.
 *
 * <p>The floors below are the figures main achieved when they were set: a regression guard, not the
 * goal. The targets (98 % of pairs, no text below 90 %, no furniture published, 95 % of
 * metadata) are printed next to the achieved figures. Raise a floor when a change beats it; a text
 * added to the corpus may need a floor moved in either direction, in the same commit.
 */
class RealTextEvaluationTest {
    /**
     * 196 since junk10's head notes: clinton-2011-holbrooke-lecture's English head (title, "Remarks", the
     * speaker, hall, place and date) no longer stands as one merged paragraph that took the Chinese
     * introduction as its partner, and the aligner now joins that one-sided introduction and the
     * Chinese title into a 2–1 bead with the English speech (a pairing decision, left to pair10).
     * 220 since pair10's merge (session 8): dialogue in quotes is no longer a title line, a headline
     * is never glued to its neighbour's prose, and salutations and two passages on one line are cut.
     * 224 since pair10b: in alternating text a wide bead pays for each cut (constitution-1982-51education's
     * English-only clauses no longer glued to their article's first clause, 3 → 7 of 8). 243 with
     * align10 (chapters bound the aligner; a translator's chapter arguments stand alone: zhongyong 13 →
     * 29 of 29, mencius-1a-5-6 1 → 8 of 11). 248 set by the lead at session 8's merges, the merged figure.
     * 251 with session 9's meta11: heads read apart from the body (obama-2010's release title lines under
     * its introduction, 51education's headline no longer glued to its first English article, blinken's
     * head run into its one-line body).
     * 251 with pair11 (session 9): two bracketed notes side by side and a heading beside its translation
     * are cut apart (constitution-2018-pkulaw 1 → 3 of 3); a headline never translates prose
     * (constitution-1982-51education 7 → 8 of 8). 253 set by the lead at session 9's merges: the merged
     * figure on the 35 public texts (held11's two one-line texts add 4 gold pairs, none right). 300 with
     * session 11's seven held-out creativecommons.tw posts (72 gold pairs, 47 right: a Chinese block and
     * its English block under an English title line are merged as one chapter, a stray line allowed).
     * 305 when two br in a row part a page's paragraphs (the Facebook post: 0 → 5 of 5); 315 when the
     * two blocks' sections are aligned section by section (preserving-information: 0 → 10 of 12); 316
     * when white space between two links is a space (terms-of-service: "Service (ToS)", 9 → 10 of 10);
     * 322 when long sentences of one language parted by single br are paragraphs (epub 19 → 23 of 25,
     * preserving-information 10 → 12 of 12); 325 when a line ending in a colon is such a sentence
     * (epub 25 of 25) and a full stop after a paragraph's last link is a sentence outside its links, so
     * that the paragraph is no list of links (phet 5 → 6 of 6). The seven posts: 72 of 72. 327 in session 12
     * when a Chinese verse beside several of a translator's prose paragraphs is cut by them (daodejing-6-9
     * 9 → 11 of 12); 328 with three interleaved paragraphs side by side facing one (mencius-1a-1-4 17 → 18).
     * 332 in session 13 when a text that lost its line breaks is read as its lines (lyle-2008 and
     * xiaomilidoc-1: 0 → 2 of 2 each); 334 when an editor's lead-in pairs only with a lead-in (holbrooke 0 → 2); 335 when a section's bare number is no title (mencius-1a-1-4 18 → 19).
     * 345: session 13's held-out texts (held13): five new texts add 18 gold pairs, 10 of them right. 350
     * when a glued line under a site's greeting and breadcrumb is restored too, a gloss in brackets stays in
     * its sentence, a salutation's colon is no quotation and the head goes on below an editor's
     * introduction (locke-777doc 0 → 4 of 5, clinton-2009-biganzidoc 2 → 3 of 3); 351 when a head of two
     * title blocks (a title and its date in each language) is no office's release (locke 4 → 5 of 5).
     */
    private static final int FLOOR_PAIRS_RIGHT = 351;
    /**
     * 37 since 2026-12-02: daodejing-legge-6-9 (held out) publishes two of its title-page lines, and
     * four short furniture lines that used to be glued inside a merged pair (where lines under six
     * characters are not counted) now stand alone since a title is no longer glued to prose. 40 since
     * the pairing of real10a: obama-2010-entrepreneurship's three place and date lines under its
     * Chinese title, published before as well, glued to one another in a pair (where two of them are
     * too short to count), now stand alone, one-sided, since the section is read as alternating. 33 with
     * both session-6 branches: real10b's furniture rules took it to 30, real10a's pairing adds those three.
     * 37 with epub13's one-way wide beads: clinton-2011-holbrooke-lecture's four untranslated Chinese
     * heading lines, swallowed into one wide bead with real10a's rule alone (uncounted there, but still
     * published), stand alone again as at the session's start (12 of 17 then and now), and one more of
     * its pairs is right. 15 with junk10's rules: the notes of a speech's head (office, genre, speaker,
     * hall, place, time; date lines below the first prose) in holbrooke, sed-opening, locke and
     * obama-2010; a licence line that is no edge of the prose and a translator's credit (shijing).
     * Then held10's held-out royce-2018-ait-dedication, whose two AIT pages publish six of their seven
     * reference lines (photo caption, official-text numbers, delivery notes, headline, date): new texts.
     * All four set by the lead at session 7's merges to the merged figures (33 public texts: 215 pairs
     * right, 19 furniture lines, 46 metadata checks, 61 of 64 variants). Session 8's meta10b: 48
     * metadata checks (royce's title given twice and the date below it) and 64 of 64 variants (royce's
     * English in Big5, CP950 and Big5-HKSCS no longer read as GB18030). junk10b's classes of pasted
     * furniture: 14; 12 on session 8's merged main (set by the lead to the merged figure). 16 with
     * held11's two held-out public texts (session 9), each a page given as one glued line, each of
     * which publishes two of its furniture lines (lyle-2008-wuhan-july4-welcome: the speaker and date
     * lines of its title blocks; daodejing-legge-xiaomilidoc-1: its author and translator lines): new
     * texts, main's figure with them. Session 9's meta11 (on the 33 texts before held11's two): 58 of 58 metadata checks (release titles under an introduction, a title broken over lines,
     * a run-on head, a preface's 《》 name, a cited edition's translator, page controls and labelled columns
     * off a headline, a converter's pinyin readings) and 4 furniture lines (locke's date line, blinken's
     * head lines and 51education's notice bar no longer published). All four set by the lead at session
     * 9's merges to the merged figures on the 35 public texts: 8 furniture lines, 58 of 64 metadata
     * checks, 68 of 68 variants. Session 11's seven creativecommons.tw posts (new, held-out texts): 11
     * furniture lines (the Facebook post's sign-off, date and rule lines) and 78 of 85 metadata checks
     * (dates and author fields in a post's header, beside the article's text, now read); 8 once a
     * sign-off (an office's name over a date line, under a block of one language) is furniture and a
     * rule of dashes drawn in text is a section break; 79 metadata checks when the first chapter's
     * heading gives a one-language title its other side (the EPUB post's English title). 6 in session 12:
     * the scorer no longer counts a title page's line listed as junk when it is the book's title
     * (daodejing-6-9's two title lines, scored by the title check). 2 and 85 of 85 in session 13: the two
     * one-line texts' head lines are read as head lines (titles, bylines, dates, an editor's note), and
     * lyle's gold title leaves out its bracketed label, as the corpus's README now says. 1 when a blog's badges
     * (VIDEO: …, (UPDATED w/VIDEO)) come off a title (obama-2013's English title). Session 13's held-out
     * texts (held13, five new texts keyed before Duet ran on them): 16 furniture lines, 86 of 99 metadata
     * checks, 77 of 77 variants; 12 and 87 once locke's and clinton-2009's glued heads are cut into their
     * lines (their dates found); 88 when locke's two title blocks give its speaker; 9 and 90 when the text's
     * own bilingual head under an editor's introduction outranks the page's headline (camp-2010's title,
     * date and two date lines); 91 with a consul general and a courtesy title in a speech's title (camp's speaker).
     */
    private static final int CEILING_JUNK_PUBLISHED = 9;
    private static final int FLOOR_METADATA_RIGHT = 91;
    private static final int FLOOR_VARIANTS_IDENTICAL = 77;

    @Test
    void scoresTheCommittedCorpusAtLeastAsWellAsWhenTheFloorsWereSet() throws IOException, URISyntaxException {
        Path corpus = Path.of(getClass().getResource("/realtexts").toURI());
        Path work = Path.of("target", "real-texts-work");
        List<TextScore> scores = new ArrayList<>(RealTextEvaluation.run(corpus, "public", work));
        String privateCache = System.getProperty("duet.realtexts.private");
        if (privateCache != null && Files.isDirectory(Path.of(privateCache))) {
            scores.addAll(RealTextEvaluation.run(Path.of(privateCache), "private", work));
        }
        String report = RealTextReport.markdown(scores, RealTextsCommand.classesOfDuet());
        System.out.println(report);
        Files.writeString(Path.of("target", "real-texts-report.md"), report, StandardCharsets.UTF_8);

        Totals committed = Totals.of(scores.stream().filter(s -> s.part().equals("public")).toList());
        assertTrue(committed.texts() >= 8, "the committed corpus holds at least eight texts");
        assertTrue(committed.right() >= FLOOR_PAIRS_RIGHT, "pairs exactly right: " + committed.right()
                + ", floor " + FLOOR_PAIRS_RIGHT);
        assertTrue(committed.junkPublished() <= CEILING_JUNK_PUBLISHED, "furniture lines published: "
                + committed.junkPublished() + ", ceiling " + CEILING_JUNK_PUBLISHED);
        assertTrue(committed.metadataRight() >= FLOOR_METADATA_RIGHT, "metadata checks right: "
                + committed.metadataRight() + ", floor " + FLOOR_METADATA_RIGHT);
        assertTrue(committed.variantsIdentical() >= FLOOR_VARIANTS_IDENTICAL, "encoding variants identical: "
                + committed.variantsIdentical() + ", floor " + FLOOR_VARIANTS_IDENTICAL);
    }
}
