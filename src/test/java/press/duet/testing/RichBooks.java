package press.duet.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Figure;
import press.duet.model.Image;
import press.duet.model.Inline;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Note;
import press.duet.model.Pair;
import press.duet.model.Para;
import press.duet.model.SectionBreak;
import press.duet.model.Segment;
import press.duet.model.SourceLine;
import press.duet.model.Table;

/**
 * A book with every rich inline and block kind, built from the model directly (no reader): emphasis
 * and strong in both languages, code, links, notes, super- and subscripts, strike, ruby, a span, lists,
 * a quotation, verse, code, figures in PNG, JPEG and GIF, one without an image, one in WebP, a table
 * and a section break, over two chapters so that note numbers restart.
 */
public final class RichBooks {
    public static final String ENGLISH_EMPHASIS = "Quiet Night Thought";
    public static final String ENGLISH_STRONG = "Li Bai";
    public static final String CHINESE_STRONG = "李白";
    public static final String CHINESE_EMPHASIS = "静夜思";
    public static final String POEM_LINK = "https://example.org/poems/quiet-night";
    public static final String MAIL_LINK = "mailto:editor@example.org";
    public static final String CHINESE_LINK = "https://example.cn/libai";
    public static final String CHINESE_NOTE = "李白生于公元七〇一年。";
    public static final String ENGLISH_NOTE = "Li Bai was born in 701.";
    public static final String SECOND_CHAPTER_NOTE = "The moon is a common image in Tang poetry.";
    public static final String PNG_CAPTION_ZH = "月下的小山";
    public static final String PNG_CAPTION_EN = "Hills under the moon";
    public static final String JPEG_CAPTION_EN = "A river at dawn";
    public static final String GIF_CAPTION_EN = "A small lantern";
    public static final String MISSING_ALT = "A map of the Tang empire";
    public static final String WEBP_ALT = "A photo of the poet's statue";

    private RichBooks() {
    }

    private static Inline text(String value) {
        return new Inline.Text(value);
    }

    private static Inline styled(Inline.Style style, String value) {
        return new Inline.Styled(style, List.of(text(value)));
    }

    private static Para para(Inline... content) {
        return new Para(Para.Form.PARAGRAPH, List.of(content), SourceLine.NONE);
    }

    private static Pair pair(Para zh, Para en) {
        return new Pair(new Segment(Lang.ZH_HANS, List.of(zh)), new Segment(Lang.EN, List.of(en)));
    }

    private static Pair pair(List<Para> zh, List<Para> en) {
        return new Pair(new Segment(Lang.ZH_HANS, zh), new Segment(Lang.EN, en));
    }

    private static BilingualText both(String zh, String en) {
        return new BilingualText(new Segment(Lang.ZH_HANS, zh), new Segment(Lang.EN, en));
    }

    public static Book book() {
        return new Book(new Metadata(both("月光诗选", "Moonlight Poems"), List.of("编者"), null, null, null,
                Lang.ZH_HANS, Lang.ZH_HANS), List.of(firstChapter(), secondChapter()));
    }

    private static Chapter firstChapter() {
        List<Block> blocks = new ArrayList<>();
        Note chineseNote = new Note("1", List.of(Para.plain(CHINESE_NOTE)));
        Note englishNote = new Note("1", List.of(Para.plain(ENGLISH_NOTE)));
        blocks.add(pair(
                para(text("《"), styled(Inline.Style.EMPHASIS, CHINESE_EMPHASIS), text("》，"), text("是"),
                        styled(Inline.Style.STRONG, CHINESE_STRONG), new Inline.NoteRef(chineseNote),
                        text("最有名的诗之一，见"),
                        new Inline.Link(CHINESE_LINK, List.of(text("这里"))), text("。")),
                para(styled(Inline.Style.EMPHASIS, ENGLISH_EMPHASIS), text(" is one of the best-known poems of "),
                        styled(Inline.Style.STRONG, ENGLISH_STRONG), new Inline.NoteRef(englishNote),
                        text("; read it "), new Inline.Link(POEM_LINK, List.of(text("online"))),
                        text(" or write to "), new Inline.Link(MAIL_LINK, List.of(text("the editor"))), text("."))));
        blocks.add(pair(
                para(text("水的分子式是H"), styled(Inline.Style.SUBSCRIPT, "2"), text("O，面积用m"),
                        styled(Inline.Style.SUPERSCRIPT, "2"), text("计，"), new Inline.Ruby("明月", "míngyuè"),
                        text("照人，"), styled(Inline.Style.STRIKETHROUGH, "旧说"), text("新说。")),
                para(text("Water is H"), styled(Inline.Style.SUBSCRIPT, "2"), text("O; call "),
                        new Inline.Code("moon.rise()"), text(" and see "),
                        new Inline.Span(Lang.ZH_HANS, List.of(text("“明月”"))), text(", not "),
                        styled(Inline.Style.STRIKETHROUGH, "the sun"), text("."))));
        blocks.add(new Figure(image("hills.png", "image/png", "png", 600, 400), "Three hills", both(PNG_CAPTION_ZH,
                PNG_CAPTION_EN), new SourceLine("poems.md", 12)));
        blocks.add(pair(
                List.of(new Para(Para.Form.listItem("1.", 1), List.of(text("床前明月光")), SourceLine.NONE),
                        new Para(Para.Form.listItem("2.", 1), List.of(text("疑是地上霜")), SourceLine.NONE),
                        new Para(Para.Form.listItem("•", 2), List.of(text("举头望明月")), SourceLine.NONE)),
                List.of(new Para(Para.Form.listItem("1.", 1), List.of(text("Moonlight before my bed")), SourceLine.NONE),
                        new Para(Para.Form.listItem("2.", 1), List.of(text("Frost upon the ground, it seems")),
                                SourceLine.NONE),
                        new Para(Para.Form.listItem("•", 2), List.of(text("I raise my head to the moon")),
                                SourceLine.NONE))));
        blocks.add(pair(new Para(Para.Form.quotation(1), List.of(text("举头望明月，低头思故乡。——李白")), SourceLine.NONE),
                new Para(Para.Form.quotation(1), List.of(text("I raise my head to the bright moon, and lower it to"
                        + " think of home. — Li Bai")), SourceLine.NONE)));
        blocks.add(new SectionBreak());
        blocks.add(pair(new Para(Para.Form.VERSE, press.duet.model.Para.plain("床前明月光，\n疑是地上霜。").content(),
                        SourceLine.NONE),
                new Para(Para.Form.VERSE, press.duet.model.Para.plain("Before my bed the moonlight lies so bright and"
                        + " clear that it could be frost,\nfrost upon the ground.").content(), SourceLine.NONE)));
        blocks.add(pair(new Para(Para.Form.CODE, List.of(text("for line in poem:\n    print(line)")), SourceLine.NONE),
                new Para(Para.Form.CODE, List.of(text("for line in poem:\n    print(line)")), SourceLine.NONE)));
        blocks.add(new Figure(image("river.jpg", "image/jpeg", "jpeg", 900, 300), "A river", both("黎明的河", JPEG_CAPTION_EN),
                new SourceLine("poems.md", 30)));
        blocks.add(new Figure(image("lantern.gif", "image/gif", "gif", 120, 160), "A lantern",
                new BilingualText(null, new Segment(Lang.EN, GIF_CAPTION_EN)), new SourceLine("poems.md", 34)));
        blocks.add(new Figure(null, MISSING_ALT, both("唐朝地图", "Map of the Tang"), new SourceLine("poems.md", 38)));
        blocks.add(new Figure(new Image("statue.webp", "image/webp", 40, 30, new byte[] {'R', 'I', 'F', 'F', 0, 0, 0, 0}),
                WEBP_ALT, null, new SourceLine("poems.md", 42)));
        blocks.add(new Table(List.of(
                new Table.Row(List.of(Para.plain("汉字"), Para.plain("Pinyin"), Para.plain("Meaning"))),
                new Table.Row(List.of(Para.plain("月"), Para.plain("yuè"), Para.plain("moon"))),
                new Table.Row(List.of(Para.plain("霜"), Para.plain("shuāng"), Para.plain("frost")))), 1));
        blocks.add(new Pair(new Segment(Lang.ZH_HANS, List.of(Para.plain("第一段。"), Para.plain("第二段。"))),
                new Segment(Lang.EN, List.of(Para.plain("First paragraph."), Para.plain("Second paragraph.")))));
        return new Chapter(both("第一章 静夜", "Chapter 1 A Quiet Night"), blocks);
    }

    private static Chapter secondChapter() {
        Note note = new Note("a", List.of(Para.plain(SECOND_CHAPTER_NOTE)));
        return new Chapter(both("第二章 明月", "Chapter 2 The Moon"), List.of(pair(
                para(text("明月出天山。")),
                para(text("The bright moon rises over the Tian Shan"), new Inline.NoteRef(note), text(".")))));
    }

    /** A generated picture of a size, encoded by the JDK in a format. */
    static Image image(String name, String mediaType, String format, int width, int height) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(new Color(30, 40, 80));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(240, 230, 160));
        g.fillOval(width / 2, height / 6, width / 6, width / 6);
        g.setColor(new Color(60, 110, 70));
        g.fillRect(0, height * 2 / 3, width, height / 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(picture, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Image(name, mediaType, width, height, out.toByteArray());
    }
}
