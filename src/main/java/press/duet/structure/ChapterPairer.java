package press.duet.structure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Heading;
import press.duet.model.Lang;
import press.duet.model.Pair;
import press.duet.model.Segment;
import press.duet.report.Finding;
import press.duet.report.Place;

/**
 * Pairs the paragraphs of one chapter: alternating paragraphs with their neighbours, blocks (a run in
 * one language, then the run of its translation) with the aligner, a one-language chapter as it is.
 * The shape is decided per section from the lengths of the runs of one language, unless forced.
 * Every pair gets a confidence; doubtful ones and paragraphs without a partner are reported.
 *
 * <pre>{@code
 * List<Block> blocks = new ChapterPairer("book.txt", Lang.ZH_HANS, null, true, findings).pair(chapter);
 * }</pre>
 */
final class ChapterPairer {
    private final String source;
    private final String englishSource;
    private final Lang chinese;
    private final Shape forced;
    private final List<Finding> findings;
    private final Set<Shape> used = EnumSet.noneOf(Shape.class);
    private final boolean bilingual;

    /**
     * @param forced    ALTERNATING or BLOCKS to force that shape, MONOLINGUAL to pair nothing (a book in
     *                  one language with quotations in the other), or null to decide per section
     * @param bilingual whether the text as a whole has both languages: then a section in one language
     *                  only has lost its translation, and each of its paragraphs is reported
     */
    ChapterPairer(String source, Lang chinese, Shape forced, boolean bilingual, List<Finding> findings) {
        this(source, source, chinese, forced, bilingual, findings);
    }

    /**
     * A pairer for two parallel files, so that a finding about an English paragraph names the English
     * file and its line.
     */
    ChapterPairer(String chineseSource, String englishSource, Lang chinese, Shape forced, boolean bilingual,
                  List<Finding> findings) {
        this.source = chineseSource;
        this.englishSource = englishSource;
        this.chinese = chinese;
        this.forced = forced == Shape.ALTERNATING || forced == Shape.BLOCKS || forced == Shape.MONOLINGUAL ? forced : null;
        this.bilingual = bilingual;
        this.findings = findings;
    }

    /** The shapes the sections paired so far turned out to have. */
    Set<Shape> shapesUsed() {
        return used;
    }

    List<Block> pair(ChapterText chapter) {
        List<Block> blocks = new ArrayList<>();
        List<Paragraph> section = new ArrayList<>();
        List<Paragraph> paragraphs = chapter.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (!p.isMarkedHeading()) {
                section.add(p);
                continue;
            }
            blocks.addAll(pairSection(section));
            section = new ArrayList<>();
            Paragraph next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : null;
            boolean translated = next != null && next.level() == p.level() && next.lang().isPresent()
                    && p.lang().isPresent() && next.isChinese() != p.isChinese();
            BilingualText text = PlacedBlocks.located(ChapterSplitter.title(p, translated ? next : null, chinese), source, p.line());
            blocks.add(new Heading(p.level(), text));
            i += translated ? 1 : 0;
        }
        blocks.addAll(pairSection(section));
        return blocks;
    }

    private List<Block> pairSection(List<Paragraph> paragraphs) {
        if (paragraphs.isEmpty()) {
            return List.of();
        }
        long chineseCount = paragraphs.stream().filter(Paragraph::isChinese).count();
        long englishCount = paragraphs.stream().filter(Paragraph::isEnglish).count();
        if (chineseCount == 0 || englishCount == 0 || forced == Shape.MONOLINGUAL) {
            used.add(Shape.MONOLINGUAL);
            boolean chineseSide = chineseCount > englishCount;
            return paragraphs.stream().<Block>map(p -> alone(p, bilingual && p.lang().isPresent(), chineseSide)).toList();
        }
        Shape shape = forced != null ? forced : detect(paragraphs);
        used.add(shape);
        List<Block> blocks = shape == Shape.BLOCKS ? pairBlocks(paragraphs) : pairAlternating(paragraphs);
        return blocks;
    }

    /**
     * Alternating text has mostly runs of one paragraph per language (a missing translation makes a run
     * of two now and then); blocks have long runs, and in both languages. Alternating, then, is a
     * section where half its paragraphs stand alone between the other language's; or where more than
     * half its runs are single paragraphs (a page's head of title, introduction and place lines runs
     * long, but the speech after it alternates line by line); or where every paragraph of one language
     * stands alone and there are several of them (one alone is a terse original before its
     * translation's paragraphs: a block), as an essay in Chinese only followed by practice sentences in
     * alternation, or English headings and stories each followed by one Chinese paragraph. There run is
     * not translated by run: the stream aligner ({@link AlternatingPairer}) pairs the lone paragraphs
     * with their neighbours, leaves the rest alone or takes a translation of several paragraphs as one
     * bead.
     */
    static Shape detect(List<Paragraph> paragraphs) {
        List<List<Paragraph>> runs = runs(paragraphs);
        int inSingles = 0;
        int total = 0;
        boolean[] longRun = new boolean[2];
        for (List<Paragraph> run : runs) {
            total += run.size();
            inSingles += run.size() == 1 ? 1 : 0;
            if (run.size() > 1) {
                longRun[run.stream().anyMatch(Paragraph::isChinese) ? 0 : 1] = true;
            }
        }
        boolean oneLanguageAlone = runs.size() > 2 && (!longRun[0] || !longRun[1]);
        boolean mostRunsSingle = inSingles * 2 > runs.size();
        return inSingles * 2 >= total || mostRunsSingle || oneLanguageAlone ? Shape.ALTERNATING : Shape.BLOCKS;
    }

    /** Maximal runs of one language; a paragraph with no letters joins the run it stands in. */
    private static List<List<Paragraph>> runs(List<Paragraph> paragraphs) {
        List<List<Paragraph>> runs = new ArrayList<>();
        List<Paragraph> current = new ArrayList<>();
        Boolean currentChinese = null;
        for (Paragraph p : paragraphs) {
            Boolean chinese = p.lang().isEmpty() ? currentChinese : Boolean.valueOf(p.isChinese());
            if (currentChinese != null && chinese != null && !chinese.equals(currentChinese)) {
                runs.add(current);
                current = new ArrayList<>();
            }
            current.add(p);
            currentChinese = chinese;
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }

    private List<Block> pairAlternating(List<Paragraph> paragraphs) {
        Lang leading = AlternatingPairer.leadingLanguage(paragraphs);
        List<Block> blocks = new AlternatingPairer(source, chinese, findings).pair(paragraphs, leading);
        for (Block block : blocks) {
            if (block instanceof Pair pair && pair.isComplete()) {
                reportIfDoubtful(pair, pair.zh().paras().get(0).source().line());
            }
        }
        return blocks;
    }

    /**
     * Aligns each run of one language with the run of the other language that translates it, the
     * runs paired as {@link BlockRuns} decides; a run that translates neither neighbour stands alone.
     */
    private List<Block> pairBlocks(List<Paragraph> paragraphs) {
        List<List<Paragraph>> runs = runs(paragraphs);
        boolean[] pairedWithNext = BlockRuns.pairedWithNext(runs);
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < runs.size()) {
            List<Paragraph> first = runs.get(i);
            List<Paragraph> second = pairedWithNext[i] ? runs.get(i + 1) : null;
            if (second == null) {
                boolean chineseRun = first.stream().anyMatch(Paragraph::isChinese);
                first.forEach(p -> blocks.add(alone(p, p.lang().isPresent(), chineseRun)));
                i++;
                continue;
            }
            boolean chineseFirst = first.stream().anyMatch(Paragraph::isChinese);
            blocks.addAll(align(chineseFirst ? first : second, chineseFirst ? second : first));
            i += 2;
        }
        return blocks;
    }

    /** Aligns a Chinese and an English sequence of paragraphs into pairs, reporting what it doubts. */
    List<Block> align(List<Paragraph> zh, List<Paragraph> en) {
        return alignBeads(zh, en).stream().map(Aligned::pair).map(Block.class::cast).toList();
    }

    /** A bead of the aligner and the pair made of it. */
    record Aligned(Aligner.Bead bead, Pair pair) {
    }

    /** As {@link #align}, keeping each pair's bead, so that callers know which paragraphs it holds. */
    List<Aligned> alignBeads(List<Paragraph> zh, List<Paragraph> en) {
        return alignBeads(zh, en, AlignmentInput.Bounds.NONE);
    }

    /** As {@link #alignBeads(List, List)}, within what the chapters say ({@link ChapterBounds}). */
    List<Aligned> alignBeads(List<Paragraph> zh, List<Paragraph> en, AlignmentInput.Bounds bounds) {
        List<Aligner.Bead> beads = Aligner.align(zh.stream().map(Paragraph::alignerText).toList(),
                en.stream().map(Paragraph::text).toList(), bounds);
        List<Aligned> aligned = new ArrayList<>();
        for (Aligner.Bead bead : beads) {
            if (bead.zhCount() == 0) {
                aligned.add(new Aligned(bead, alone(en.get(bead.enStart()), true, false)));
            } else if (bead.enCount() == 0) {
                aligned.add(new Aligned(bead, alone(zh.get(bead.zhStart()), true, true)));
            } else {
                List<Paragraph> enSide = en.subList(bead.enStart(), bead.enStart() + bead.enCount());
                List<VerseByParagraphs.Part> byVerse = VerseByParagraphs.split(bead, zh.get(bead.zhStart()), enSide);
                if (byVerse != null) {
                    byVerse.forEach(part -> aligned.add(withPair(part.bead(), List.of(part.zh()), part.en())));
                    continue;
                }
                aligned.add(withPair(bead, zh.subList(bead.zhStart(), bead.zhStart() + bead.zhCount()), enSide));
            }
        }
        return aligned;
    }

    private Aligned withPair(Aligner.Bead bead, List<Paragraph> zhSide, List<Paragraph> enSide) {
        Pair pair = new Pair(Paragraph.side(chinese, zhSide, source), Paragraph.side(Lang.EN, enSide, englishSource),
                bead.confidence());
        reportIfDoubtful(pair, zhSide.get(0).line());
        return new Aligned(bead, pair);
    }

    /** Two paragraphs that face each other whatever the aligner would say (two matched numbers), with this confidence. */
    Pair paired(Paragraph zh, Paragraph en, double confidence) {
        return new Pair(Paragraph.side(chinese, zh, source), Paragraph.side(Lang.EN, en, englishSource), confidence);
    }

    /**
     * A paragraph without a partner, as a one-sided pair.
     *
     * @param chineseSide the side for a paragraph with no letters at all (a row of stars, a number):
     *                    the language of the paragraphs around it
     */
    private Pair alone(Paragraph p, boolean report, boolean chineseSide) {
        boolean chineseText = p.lang().isPresent() ? p.isChinese() : chineseSide;
        if (report) {
            findings.add(new Finding(new Place(chineseText ? source : englishSource, p.line()), "paragraph has no "
                    + (chineseText ? "English" : "Chinese") + " partner: " + AlternatingPairer.excerpt(p.text())));
        }
        return chineseText ? new Pair(Paragraph.side(chinese, p, source), null)
                : new Pair(null, Paragraph.side(Lang.EN, p, englishSource));
    }

    private static boolean isDoubtful(Pair pair) {
        return pair.confidence() < Structured.LOW_CONFIDENCE;
    }

    private void reportIfDoubtful(Pair pair, int line) {
        if (isDoubtful(pair)) {
            findings.add(new Finding(new Place(source, line), String.format(Locale.ROOT,
                    "doubtful alignment (confidence %.2f): %s ⇄ %s", pair.confidence(),
                    AlternatingPairer.excerpt(pair.zh().text()), AlternatingPairer.excerpt(pair.en().text()))));
        }
    }
}
