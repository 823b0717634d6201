package press.duet.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import press.duet.model.Block;
import press.duet.model.Lang;
import press.duet.model.Pair;
import press.duet.model.Segment;
import press.duet.report.Finding;
import press.duet.report.Place;

/**
 * Pairs paragraphs that alternate between the languages (zh, en, zh, en … or en first) by taking the
 * text apart into its Chinese and its English stream and aligning the two with the {@link Aligner},
 * the same dynamic programme as two parallel files, with a strong preference for neighbours
 * ({@link Interleaving}). A stray line in either language (page furniture, an untranslated
 * paragraph) is a 1-0 or 0-1 bead and costs one unpaired line, never a shift; a translation split
 * over two paragraphs is a 1-2 or 2-1 bead. The leading language is whichever order explains the
 * text at less cost, not the first line. A paragraph without letters (a row of stars) stands alone,
 * unreported, where it was; a paragraph without its partner stays as a pair with one side absent,
 * and is reported.
 */
final class AlternatingPairer {
    /** How far apart in their streams two paragraphs stand to be taken as strangers (never translations). */
    private static final int STRANGERS = 5;
    /** Fewer strangers than this teach nothing about their lengths or their words. */
    private static final int FEW_STRANGERS = 8;
    /** The widest spread the background lengths may have: wider teaches the aligner nothing more. */
    private static final double MOST_BACKGROUND_VARIANCE = 10_000;

    private final String source;
    private final Lang chinese;
    private final List<Finding> findings;

    AlternatingPairer(String source, Lang chinese, List<Finding> findings) {
        this.source = source;
        this.chinese = chinese;
        this.findings = findings;
    }

    /** Which language leads: the one that more often comes right before the other; on a tie the first paragraph's. */
    static Lang leadingLanguage(List<Paragraph> paragraphs) {
        int zhThenEn = 0;
        int enThenZh = 0;
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            Paragraph a = paragraphs.get(i);
            Paragraph b = paragraphs.get(i + 1);
            if (a.isChinese() && b.isEnglish()) {
                zhThenEn++;
            } else if (a.isEnglish() && b.isChinese()) {
                enThenZh++;
            }
        }
        if (enThenZh != zhThenEn) {
            return enThenZh > zhThenEn ? Lang.EN : Lang.ZH_HANS;
        }
        for (Paragraph p : paragraphs) {
            if (p.isEnglish()) {
                return Lang.EN;
            }
            if (p.isChinese()) {
                return Lang.ZH_HANS;
            }
        }
        return Lang.ZH_HANS;
    }

    /** The two streams of a text: which paragraphs are Chinese, which English, and their places among those with letters. */
    private record Streams(List<Paragraph> zh, List<Paragraph> en, int[] zhAt, int[] enAt, int[] zhLength, int[] enLength,
                           LexicalEvidence lexical, AlignmentInput prepared) {
        static Streams of(List<Paragraph> paragraphs) {
            List<Paragraph> zh = new ArrayList<>();
            List<Paragraph> en = new ArrayList<>();
            int[] zhAt = new int[paragraphs.size()];
            int[] enAt = new int[paragraphs.size()];
            int place = 0;
            for (Paragraph p : paragraphs) {
                if (p.lang().isEmpty()) {
                    continue;
                }
                if (p.isChinese()) {
                    zhAt[zh.size()] = place++;
                    zh.add(p);
                } else {
                    enAt[en.size()] = place++;
                    en.add(p);
                }
            }
            List<String> zhText = zh.stream().map(Paragraph::alignerText).toList();
            List<String> enText = text(en);
            return new Streams(zh, en, Arrays.copyOf(zhAt, zh.size()), Arrays.copyOf(enAt, en.size()), lengths(zh),
                    lengths(en), LexicalEvidence.of(zhText, enText), new AlignmentInput(zhText, enText));
        }

        private static int[] lengths(List<Paragraph> paragraphs) {
            int[] lengths = new int[paragraphs.size()];
            for (int i = 0; i < lengths.length; i++) {
                lengths[i] = paragraphs.get(i).profile().length();
            }
            return lengths;
        }
    }

    /**
     * Pairs the paragraphs. Both leading orders are aligned and the cheaper one kept: shifted pairs
     * are not translations, so their lengths, anchors and shared words explain the text worse, while
     * the true order pays only for its real stray lines. On an exact tie {@code leading} decides.
     */
    List<Block> pair(List<Paragraph> paragraphs, Lang leading) {
        Streams streams = Streams.of(paragraphs);
        List<Aligner.Bead> beads = List.of();
        if (!streams.zh().isEmpty() && !streams.en().isEmpty()) {
            Aligner.prepareStreams(streams.prepared(), streams.lexical());
            Aligner.Alignment given = align(streams, leading.isChinese());
            Aligner.Alignment other = align(streams, !leading.isChinese());
            beads = other.cost() < given.cost() ? other.beads() : given.beads();
        }
        return blocks(paragraphs, streams, beads);
    }

    private static Aligner.Alignment align(Streams streams, boolean chineseLeads) {
        List<int[]> neighbours = Interleaving.neighbours(streams.zhAt(), streams.enAt(), chineseLeads);
        List<int[]> strangers = Interleaving.strangers(neighbours, streams.en().size(), STRANGERS, STRANGERS);
        if (strangers.size() < FEW_STRANGERS) {
            // A short text: every paragraph two or more places off is a stranger.
            strangers = Interleaving.strangers(neighbours, streams.en().size(), 2, STRANGERS);
        }
        List<int[]> lengths = Interleaving.lengths(neighbours, streams.zhLength(), streams.enLength());
        double ratio = LengthModel.medianRatio(lengths);
        LengthModel fitted = new LengthModel(ratio, LengthModel.DEFAULT_VARIANCE).refit(lengths);
        LengthModel model = new LengthModel(ratio, Math.max(LengthModel.DEFAULT_VARIANCE, fitted.variance()));
        // Unrelated lengths differ by about their own size, so their variance per character is about
        // the length itself: the English paragraphs' mean length stands in when there are too few strangers.
        double meanEnglish = Arrays.stream(streams.enLength()).average().orElse(1);
        LengthModel background = model.widenedTo(Interleaving.lengths(strangers, streams.zhLength(), streams.enLength()),
                MOST_BACKGROUND_VARIANCE, meanEnglish);
        Interleaving interleaving = new Interleaving(streams.zhAt(), streams.enAt(), chineseLeads, background);
        return Aligner.alignStreams(streams.prepared(), interleaving, model,
                streams.lexical().calibrated(neighbours, strangers));
    }

    private static List<String> text(List<Paragraph> paragraphs) {
        String[] texts = new String[paragraphs.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = paragraphs.get(i).text();
        }
        return Arrays.asList(texts);
    }

    /** A block and the place in the section of its first paragraph, to put the blocks back in reading order. */
    private record Placed(int index, Block block, Finding lonely) {
    }

    /** The pairs and lone paragraphs of the beads, in reading order; the lone ones are reported. */
    private List<Block> blocks(List<Paragraph> paragraphs, Streams streams, List<Aligner.Bead> beads) {
        List<Placed> placed = new ArrayList<>();
        java.util.Map<Paragraph, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            index.put(p, i);
            if (p.lang().isEmpty()) {
                // A paragraph with no letters takes the side of the paragraph before it.
                boolean chineseSide = i == 0 || paragraphs.get(i - 1).isChinese();
                placed.add(new Placed(i, alone(p, chineseSide), null));
            }
        }
        if (beads.isEmpty()) {
            for (Paragraph p : streams.zh().isEmpty() ? streams.en() : streams.zh()) {
                placed.add(new Placed(index.get(p), alone(p, p.isChinese()), null));
            }
        }
        for (Aligner.Bead bead : beads) {
            List<Paragraph> zh = streams.zh().subList(bead.zhStart(), bead.zhStart() + bead.zhCount());
            List<Paragraph> en = streams.en().subList(bead.enStart(), bead.enStart() + bead.enCount());
            Paragraph first = zh.isEmpty() ? en.get(0) : en.isEmpty() ? zh.get(0)
                    : index.get(zh.get(0)) < index.get(en.get(0)) ? zh.get(0) : en.get(0);
            if (zh.isEmpty() || en.isEmpty()) {
                Finding lonely = new Finding(new Place(source, first.line()), "paragraph has no "
                        + (first.isChinese() ? "English" : "Chinese") + " partner: " + excerpt(first.text()));
                placed.add(new Placed(index.get(first), alone(first, first.isChinese()), lonely));
            } else {
                Pair pair = new Pair(Paragraph.side(chinese, zh, source), Paragraph.side(Lang.EN, en, source), bead.confidence());
                placed.add(new Placed(index.get(first), pair, null));
            }
        }
        placed.sort(Comparator.comparingInt(Placed::index));
        List<Block> blocks = new ArrayList<>(placed.size());
        for (Placed p : placed) {
            blocks.add(p.block());
            if (p.lonely() != null) {
                findings.add(p.lonely());
            }
        }
        return blocks;
    }

    private Pair alone(Paragraph p, boolean chineseSide) {
        return chineseSide ? new Pair(Paragraph.side(chinese, p, source), null) : new Pair(null, Paragraph.side(Lang.EN, p, source));
    }

    static String excerpt(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
