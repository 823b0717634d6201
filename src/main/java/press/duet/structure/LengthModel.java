package press.duet.structure;

import java.util.Arrays;
import java.util.List;
import press.duet.text.LanguageIdentifier;

/**
 * How long an English translation of a Chinese text tends to be: the ratio of their lengths and how
 * much a paragraph strays from it, both estimated from the text at hand, as in Gale and Church's
 * length-based alignment (1993), where the length difference of true translations is close to
 * normally distributed with a variance that grows with the length.
 *
 * <pre>{@code
 * LengthModel model = LengthModel.estimate(chinese, english);
 * double p = model.confidence(model.length("夜幕降临以后"), model.length("After dark"));
 * }</pre>
 *
 * @param ratio    English characters per Chinese character (non-space characters on both sides)
 * @param variance the variance of the length difference per English character of expected length
 */
record LengthModel(double ratio, double variance) {
    /** Gale and Church measured 6.8 for English–German; a first guess until the text has taught us. */
    static final double DEFAULT_VARIANCE = 6.8;
    /** English text runs to about three characters for each Chinese one; used when a side is empty. */
    static final double DEFAULT_RATIO = 3.0;

    /**
     * No English translation is shorter than half the characters of its Chinese (about a word for
     * every three or four characters): where the totals say less, part of the Chinese has no
     * translation (a copy that stops after the English salutation), the totals teach nothing, and
     * would teach the aligner to glue whole runs of Chinese paragraphs to one English one: the usual
     * ratio stands in.
     */
    static final double LEAST_RATIO = 1.5;

    /** The model whose ratio is the two sides' total lengths (the default below {@link #LEAST_RATIO}), with the default variance. */
    static LengthModel estimate(List<String> chinese, List<String> english) {
        long zh = 0;
        long en = 0;
        for (String text : chinese) {
            zh += length(text);
        }
        for (String text : english) {
            en += length(text);
        }
        double ratio = zh == 0 || en == 0 ? DEFAULT_RATIO : (double) en / zh;
        return new LengthModel(ratio < LEAST_RATIO ? DEFAULT_RATIO : ratio, DEFAULT_VARIANCE);
    }

    /** The model refitted on pairs believed right: the ratio of their totals and their spread about it. */
    LengthModel refit(List<int[]> pairs) {
        if (pairs.size() < 8) {
            return this;
        }
        double zh = 0;
        double en = 0;
        for (int[] pair : pairs) {
            zh += pair[0];
            en += pair[1];
        }
        double newRatio = zh == 0 ? ratio : en / zh;
        double sum = 0;
        for (int[] pair : pairs) {
            double expected = Math.max(1, pair[0] * newRatio);
            double diff = pair[1] - expected;
            sum += diff * diff / expected;
        }
        // Bounds keep one odd text from making the model blind (huge) or brittle (tiny).
        double newVariance = Math.min(60, Math.max(1.5, sum / pairs.size()));
        return new LengthModel(newRatio, newVariance);
    }

    /**
     * This model's ratio with the spread {@code pairs} show about it, between this model's variance and
     * {@code most}: for the lengths of paragraphs that do not translate each other, whose spread is
     * never taken to be narrower than that of translations. With fewer than eight pairs the spread is
     * {@code unlearnt} (within the same bounds).
     */
    LengthModel widenedTo(List<int[]> pairs, double most, double unlearnt) {
        if (pairs.size() < 8) {
            // Too few to learn from: the spread is {@code unlearnt}.
            return new LengthModel(ratio, Math.min(most, Math.max(variance, unlearnt)));
        }
        double sum = 0;
        for (int[] pair : pairs) {
            double expected = Math.max(1, pair[0] * ratio);
            double scale = Math.max(1, (expected + pair[1]) / 2);
            double diff = pair[1] - expected;
            sum += diff * diff / scale;
        }
        return new LengthModel(ratio, Math.min(most, Math.max(variance, sum / pairs.size())));
    }

    /**
     * The ratio a few pairs believed right show, robust to an odd one: the median of their ratios when
     * there are five or more, else the default, since two or three pairs (one of them perhaps wrong)
     * teach nothing reliable.
     */
    static double medianRatio(List<int[]> pairs) {
        double[] ratios = new double[pairs.size()];
        int count = 0;
        for (int[] pair : pairs) {
            if (pair[0] > 0) {
                ratios[count++] = (double) pair[1] / pair[0];
            }
        }
        if (count < 5) {
            return DEFAULT_RATIO;
        }
        Arrays.sort(ratios, 0, count);
        int mid = count / 2;
        return count % 2 == 1 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2;
    }

    /**
     * The length that counts, as {@link LanguageIdentifier.Profile#length()} tells it: the characters
     * other than white space, counted here without the rest of the profile when the text can hold no
     * web or e-mail address (which the profile leaves out).
     */
    static int length(String text) {
        if (text.indexOf('@') >= 0 || text.indexOf("://") >= 0 || text.indexOf("www.") >= 0) {
            return LanguageIdentifier.profile(text).length();
        }
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7F || c > '\u3000' && c < '\uD800') {
                visible++; // printable ASCII, or CJK and the rest of the BMP up to the surrogates: no white space there
            } else if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                // One code point, however many chars: a surrogate pair is counted at its first half.
                visible += Character.isWhitespace(text.codePointAt(i)) ? 0 : 1;
            }
        }
        return visible;
    }

    /** How many standard deviations the English length lies from what the Chinese length predicts. */
    double deviation(int zhLength, int enLength) {
        double expected = zhLength * ratio;
        // The mean of both sides' expectations keeps the measure symmetric when one side is padded.
        double scale = Math.max(1, (expected + enLength) / 2);
        return (enLength - expected) / Math.sqrt(scale * variance);
    }

    /**
     * The two-sided probability of a deviation at least this large between true translations. The
     * spread grows with the length as Gale and Church model it, but never falls below a tenth of the
     * expected length: a long paragraph that is 5 % longer in translation than the ratio predicts is an
     * ordinary translation, not a doubtful one, however many characters those 5 % are.
     */
    double confidence(int zhLength, int enLength) {
        double expected = zhLength * ratio;
        double scale = Math.max(1, (expected + enLength) / 2);
        double spread = Math.sqrt(scale * variance + Math.pow(RELATIVE_SPREAD * scale, 2));
        return 2 * (1 - normal(Math.abs(enLength - expected) / spread));
    }

    /** The least spread of a translation's length, as a share of its expected length. */
    private static final double RELATIVE_SPREAD = 0.1;

    /** Steps per standard deviation in {@link #SURPRISE}. */
    private static final int STEPS = 64;
    /**
     * -ln(2(1 - Φ(d))) for d = 0, 1/64, 2/64 … 10: the aligner asks for it millions of times on a long
     * text, and a table lookup costs far less than the exponential and logarithm it stands for.
     */
    private static final double[] SURPRISE = new double[10 * STEPS + 1];

    static {
        for (int i = 0; i < SURPRISE.length; i++) {
            double d = (double) i / STEPS;
            SURPRISE[i] = -Math.log(Math.max(1e-300, 2 * (1 - normal(d))));
        }
    }

    /** -ln of {@link #confidence}, never above -ln(floor): how surprising the two lengths are together. */
    double surprise(int zhLength, int enLength, double floor) {
        return surpriseAtMost(zhLength, enLength, -Math.log(floor));
    }

    /** As {@link #surprise(int, int, double)} with the cap given as -ln(floor) itself: the aligner asks millions of times. */
    double surpriseAtMost(int zhLength, int enLength, double most) {
        double d = Math.abs(deviation(zhLength, enLength)) * STEPS;
        int i = (int) d;
        double value = i + 1 < SURPRISE.length
                ? SURPRISE[i] + (SURPRISE[i + 1] - SURPRISE[i]) * (d - i)
                : SURPRISE[SURPRISE.length - 1];
        return Math.min(value, most);
    }

    /**
     * How much less likely two lengths are under this model than under {@code background} (a model
     * of the same ratio for paragraphs that do not translate each other), as a difference of the
     * normal densities' -ln, each capped at -ln(floor) for the heavy tails of real translations.
     * Negative when the lengths look like a translation; near 0 for any pair when lengths do not
     * track their translations at all (then the two models' spreads are alike). The tail probability
     * of {@link #surprise} cannot be compared so: a wider spread always makes it smaller. What does
     * not depend on the lengths is worked out once here: the aligner asks for millions of pairs.
     */
    Contrast against(LengthModel background, double floor) {
        return new Contrast(this, background, 0.5 * Math.log(variance / background.variance), -Math.log(floor));
    }

    /**
     * A model against a background model, as {@link #against} makes it.
     *
     * @param offset the -ln of the ratio of the two densities' normalising factors
     * @param most   the cap on each side's -ln
     */
    record Contrast(LengthModel model, LengthModel background, double offset, double most) {
        /** The cost of the two lengths: negative when they look like a translation. */
        double surprise(int zhLength, int enLength) {
            return surprise(zhLength, enLength, 0);
        }

        /**
         * As {@link #surprise(int, int)} with the translation model's cap raised by {@code extra}: a
         * bead gluing many paragraphs together must not find its lengths excused by the cap.
         */
        double surprise(int zhLength, int enLength, double extra) {
            double own = model.deviation(zhLength, enLength);
            double other = background.deviation(zhLength, enLength);
            return offset + Math.min(own * own / 2, most + extra) - Math.min(other * other / 2, most);
        }
    }

    /** The standard normal distribution function (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
    static double normal(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        double erf = 1 - poly * Math.exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }
}
