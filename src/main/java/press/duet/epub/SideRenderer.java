package press.duet.epub;

import java.util.List;
import press.duet.edition.Edition;
import press.duet.model.Lang;
import press.duet.model.Para;
import press.duet.model.Segment;
import press.duet.text.Scripts;

/**
 * Writes one side of a pair (or of a caption) as one element tagged with its language, so that the
 * side-by-side layout has one item per side: a {@code p} when the side is one paragraph or one verse,
 * else a {@code div} holding each of its paragraphs in its form — {@code p}, {@code blockquote},
 * a list ({@code ol} or {@code ul}, the source's marker shown in a {@code span.marker}) or {@code pre}.
 *
 * <pre>{@code
 * new SideRenderer(xhtml, inlines).write(side, "first", null);
 * }</pre>
 */
final class SideRenderer {
    private final Xhtml xhtml;
    private final InlineRenderer inlines;

    SideRenderer(Xhtml xhtml, InlineRenderer inlines) {
        this.xhtml = xhtml;
        this.inlines = inlines;
    }

    /**
     * @param role  the side's class, "first" or "second" (or null)
     * @param extra a further class for the side's element, or null
     */
    void write(Segment side, String role, String extra) {
        String tag = side.lang().tag();
        List<Para> paras = side.paras();
        if (paras.size() == 1 && flows(paras.get(0))) {
            Para para = paras.get(0);
            xhtml.start("p", "class", classes(role, extra, verseClass(para)), "lang", tag);
            inlines.write(para, side.lang());
            xhtml.end("p");
            return;
        }
        xhtml.start("div", "class", classes(role, extra, null), "lang", tag);
        for (int i = 0; i < paras.size(); ) {
            i = writeRun(side, paras, i);
        }
        xhtml.end("div");
    }

    /** Whether a paragraph is set as one {@code p}. */
    private static boolean flows(Para para) {
        return para.form().kind() == Para.Kind.PARAGRAPH || para.form().kind() == Para.Kind.VERSE;
    }

    /** Writes the paragraphs from {@code start} that share one container; returns where the next run starts. */
    private int writeRun(Segment side, List<Para> paras, int start) {
        Para para = paras.get(start);
        xhtml.newline();
        switch (para.form().kind()) {
            case PARAGRAPH, VERSE -> {
                xhtml.start("p", "class", verseClass(para));
                inlines.write(para, side.lang());
                xhtml.end("p");
                return start + 1;
            }
            case CODE -> {
                xhtml.start("pre").start("code");
                inlines.write(para, side.lang());
                xhtml.end("code").end("pre");
                return start + 1;
            }
            case QUOTATION -> {
                int depth = para.form().depth();
                for (int d = 0; d < depth; d++) {
                    xhtml.start("blockquote");
                }
                int end = start;
                while (end < paras.size() && paras.get(end).form().equals(para.form())) {
                    xhtml.start("p");
                    inlines.write(paras.get(end), side.lang());
                    xhtml.end("p");
                    end++;
                }
                for (int d = 0; d < depth; d++) {
                    xhtml.end("blockquote");
                }
                return end;
            }
            case LIST_ITEM -> {
                String list = numbered(para.form().marker()) ? "ol" : "ul";
                xhtml.start(list, "class", "list");
                int end = start;
                while (end < paras.size() && paras.get(end).form().kind() == Para.Kind.LIST_ITEM) {
                    writeItem(side, paras.get(end));
                    end++;
                }
                xhtml.end(list);
                return end;
            }
        }
        throw new AssertionError(para.form());
    }

    /** A list item with its marker as the source gives it ("2.", "一、", "•"), indented by its depth. */
    private void writeItem(Segment side, Para item) {
        xhtml.start("li", "class", "depth-" + Math.min(item.form().depth(), 6));
        String marker = item.form().marker();
        xhtml.start("span", "class", "marker").text(marker).end("span");
        if (!Scripts.isCjk(marker.codePointBefore(marker.length()))) {
            xhtml.text(" "); // "一、" carries its own space; "1." and "•" are followed by one
        }
        inlines.write(item, side.lang());
        xhtml.end("li");
    }

    /**
     * A side's class, by language order rather than position: "first" for the edition's first (or only)
     * language, "second" for the other, so a paragraph whose partner is missing keeps its column.
     */
    static String role(Edition edition, Lang lang) {
        return !edition.bilingual() || lang.isChinese() == edition.chineseFirst() ? "first" : "second";
    }

    /** A marker with a number or letter in it ("3.", "b)", "三、") numbers its list; a bullet does not. */
    static boolean numbered(String marker) {
        return marker.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String verseClass(Para para) {
        return para.form().kind() == Para.Kind.VERSE ? "verse" : null;
    }

    private static String classes(String... names) {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            if (name != null) {
                out.append(out.length() == 0 ? "" : " ").append(name);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }
}
