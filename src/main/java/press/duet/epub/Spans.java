package press.duet.epub;

import press.duet.model.BilingualText;
import press.duet.model.Segment;

/** Writes the two sides of a bilingual text as language-tagged spans, the first language first. */
final class Spans {
    private Spans() {
    }

    static String of(BilingualText text, boolean chineseFirst) {
        Segment first = text.first(chineseFirst);
        Segment second = first == text.zh() ? text.en() : text.zh();
        StringBuilder out = new StringBuilder();
        out.append(span(first, "first"));
        if (second != null) {
            out.append(span(second, "second"));
        }
        return out.toString();
    }

    static String span(Segment segment, String role) {
        String tag = segment.lang().tag();
        return "<span class=\"" + role + "\" lang=\"" + tag + "\" xml:lang=\"" + tag + "\">"
                + Xml.escape(segment.text()) + "</span>";
    }
}
