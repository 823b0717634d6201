package press.duet.testing;

import java.util.ArrayList;
import java.util.List;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Inline;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Note;
import press.duet.model.Pair;
import press.duet.model.Para;
import press.duet.model.Segment;
import press.duet.model.SourceLine;

/**
 * Books built to provoke footnote placement: many pairs whose two sides each carry a note, so that
 * references fall at every height of the page and near its foot, and a note too long for the page it
 * starts on. Each reference follows a token of its own (〔春〕 in Chinese, [amber] in English) and each
 * note starts with the same token, so a test finds both in the drawn glyphs.
 */
public final class NoteBooks {
    /** One Han character per pair: the Chinese token. */
    public static final String CHINESE_TOKENS = "春夏秋冬东南西北金木水火土日月星山川风云雷电花草树鸟鱼虫龙虎";
    /** One word per pair: the English token. */
    public static final List<String> ENGLISH_TOKENS = List.of("amber", "basil", "cedar", "daisy", "ember", "fjord",
            "grove", "heron", "iris", "juniper", "kestrel", "lotus", "maple", "nettle", "olive", "poppy", "quartz",
            "raven", "sorrel", "thyme", "umber", "violet", "willow", "yarrow", "zinnia", "acorn", "birch", "clover",
            "dune", "elm");
    private static final String CHINESE_FILLER = "山中的小路弯弯曲曲，走了很久才看见一座旧庙，庙前有两棵很老的柏树。";
    private static final String ENGLISH_FILLER = "The path through the hills wound on for a long time before an old"
            + " temple came into view, with two ancient cypresses before its gate.";

    private NoteBooks() {
    }

    /** The Chinese token of pair {@code k} (from 0) as drawn before its reference. */
    public static String chineseToken(int k) {
        return "〔" + CHINESE_TOKENS.charAt(k) + "〕";
    }

    /** The opening of pair {@code k}'s Chinese note. */
    public static String chineseNote(int k) {
        return "注" + CHINESE_TOKENS.charAt(k) + "：";
    }

    public static String englishToken(int k) {
        return "[" + ENGLISH_TOKENS.get(k) + "]";
    }

    public static String englishNote(int k) {
        return "On " + ENGLISH_TOKENS.get(k) + ":";
    }

    /**
     * One chapter of {@code pairs} pairs (at most 30) whose sides run from one to four sentences, each
     * with a reference after its token in the middle and a note of one to three lines; pair
     * {@code longNote} (or none, for -1) carries a note of {@code longLines} sentences on each side.
     */
    public static Book book(int pairs, int longNote, int longLines) {
        List<Block> blocks = new ArrayList<>();
        for (int k = 0; k < pairs; k++) {
            int sentences = 1 + k % 4;
            int noteLength = k == longNote ? longLines : 1 + k % 3;
            Note zh = new Note("z" + k, List.of(Para.plain(chineseNote(k) + CHINESE_FILLER.repeat(noteLength))));
            Note en = new Note("e" + k, List.of(Para.plain(englishNote(k) + " " + repeat(ENGLISH_FILLER, noteLength))));
            blocks.add(new Pair(
                    new Segment(Lang.ZH_HANS, List.of(para(CHINESE_FILLER.repeat(sentences) + chineseToken(k), zh,
                            CHINESE_FILLER))),
                    new Segment(Lang.EN, List.of(para(repeat(ENGLISH_FILLER, sentences) + " " + englishToken(k), en,
                            " " + ENGLISH_FILLER)))));
        }
        BilingualText title = new BilingualText(new Segment(Lang.ZH_HANS, "第一章 山路"),
                new Segment(Lang.EN, "Chapter 1 The Hill Path"));
        BilingualText bookTitle = new BilingualText(new Segment(Lang.ZH_HANS, "注释之书"),
                new Segment(Lang.EN, "A Book of Notes"));
        return new Book(new Metadata(bookTitle, List.of(), null, null, null, Lang.ZH_HANS, Lang.ZH_HANS),
                List.of(new Chapter(title, blocks)));
    }

    private static Para para(String before, Note note, String after) {
        return new Para(Para.Form.PARAGRAPH, List.of(new Inline.Text(before), new Inline.NoteRef(note),
                new Inline.Text(after)), SourceLine.NONE);
    }

    private static String repeat(String sentence, int times) {
        return String.join(" ", java.util.Collections.nCopies(times, sentence));
    }
}
