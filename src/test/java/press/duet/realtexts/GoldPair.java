package press.duet.realtexts;

import press.duet.model.BilingualText;
import press.duet.model.Segment;

/**
 * One unit of a book as the evaluation compares it: the plain text (see {@link PlainText}) of its
 * Chinese and its English side, "" for a side that is absent. A gold pair, a published pair, a chapter
 * title and a heading are all units.
 */
record GoldPair(String zh, String en) {
    GoldPair {
        zh = PlainText.of(zh);
        en = PlainText.of(en);
    }

    static GoldPair of(BilingualText text) {
        return new GoldPair(side(text.zh()), side(text.en()));
    }

    static GoldPair of(Segment zh, Segment en) {
        return new GoldPair(side(zh), side(en));
    }

    private static String side(Segment segment) {
        return segment == null ? "" : segment.text();
    }

    boolean isOneSided() {
        return zh.isEmpty() || en.isEmpty();
    }

    @Override
    public String toString() {
        return zh + " ⇔ " + en;
    }
}
