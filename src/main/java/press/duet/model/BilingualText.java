package press.duet.model;

import java.util.Optional;

/** A short text, such as a title, in Chinese, English or both; either side may be absent (null). */
public record BilingualText(Segment zh, Segment en) {
    public BilingualText {
        if (zh == null && en == null) {
            throw new IllegalArgumentException("a bilingual text needs at least one side");
        }
        if (zh != null && !zh.lang().isChinese()) {
            throw new IllegalArgumentException("the Chinese side is " + zh.lang());
        }
        if (en != null && en.lang() != Lang.EN) {
            throw new IllegalArgumentException("the English side is " + en.lang());
        }
    }

    public Optional<Segment> chinese() {
        return Optional.ofNullable(zh);
    }

    public Optional<Segment> english() {
        return Optional.ofNullable(en);
    }

    /** Both sides joined with a separator, Chinese first; one side alone when the other is absent. */
    public String joined(String separator) {
        if (zh == null) {
            return en.text();
        }
        if (en == null) {
            return zh.text();
        }
        return zh.text() + separator + en.text();
    }

    /** The side in the given order of preference, falling back to the other. */
    public Segment first(boolean chineseFirst) {
        if (chineseFirst) {
            return zh != null ? zh : en;
        }
        return en != null ? en : zh;
    }
}
