package press.duet.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import press.duet.model.BilingualText;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Figure;
import press.duet.model.Heading;
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
 * A book built straight from the model holding every inline and block kind, in both languages: for
 * the writers' tests, which need not wait for a reader that makes each kind.
 */
public final class EveryKindBook {
    private EveryKindBook() {
    }

    public static Inline text(String value) {
        return new Inline.Text(value);
    }

    public static Inline styled(Inline.Style style, String value) {
        return new Inline.Styled(style, List.of(new Inline.Text(value)));
    }

    public static Inline note(String label, String text) {
        return new Inline.NoteRef(new Note(label, List.of(Para.plain(text))));
    }

    public static Para para(Inline... content) {
        return new Para(Para.Form.PARAGRAPH, List.of(content), SourceLine.NONE);
    }

    public static Para para(Para.Form form, Inline... content) {
        return new Para(form, List.of(content), SourceLine.NONE);
    }

    public static Pair pair(Para zh, Para en) {
        return new Pair(new Segment(Lang.ZH_HANS, List.of(zh)), new Segment(Lang.EN, List.of(en)));
    }

    public static BilingualText both(String zh, String en) {
        return new BilingualText(new Segment(Lang.ZH_HANS, zh), new Segment(Lang.EN, en));
    }

    /** Two chapters: every inline kind, each paragraph form, notes in both languages, five image types, a table. */
    public static Book everyKind() {
        Inline.Style em = Inline.Style.EMPHASIS;
        Inline.Style strong = Inline.Style.STRONG;
        Pair inlines = pair(
                para(text("李明读了"), styled(em, "静夜思"), text("，"), styled(strong, "记住"), text("了"),
                        new Inline.Ruby("月", "yuè"), text("字。水是H"), styled(Inline.Style.SUBSCRIPT, "2"),
                        text("O，面积是米"), styled(Inline.Style.SUPERSCRIPT, "2"), text("。"),
                        styled(Inline.Style.STRIKETHROUGH, "旧说法"), text("见"),
                        new Inline.Link("https://example.org/poem", List.of(text("网页"))), text("，代码"),
                        new Inline.Code("print()"), text("，作者"),
                        new Inline.Span(Lang.EN, List.of(text("Li Bai"))), text("。"), note("1", "李白，唐代诗人。")),
                para(text("Li Ming read "), styled(em, "Quiet Night Thoughts"), text(" and "), styled(strong, "learned"),
                        text(" the character "), new Inline.Span(Lang.ZH_HANS, List.of(text("月"))), text("."),
                        new Inline.LineBreak(), text("Water is H"), styled(Inline.Style.SUBSCRIPT, "2"),
                        text("O. Write to "), new Inline.Link("mailto:editor@example.org", List.of(text("the editor"))),
                        text(", see "), new Inline.Link("#elsewhere", List.of(text("elsewhere"))), text("."),
                        note("1", "Li Bai, a poet of the Tang dynasty.")));
        Pair verse = pair(
                para(Para.Form.VERSE, text("床前明月光，"), new Inline.LineBreak(), text("疑是地上霜。")),
                para(Para.Form.VERSE, text("Before my bed the moonlight lies so bright and pale and still upon the floor,"),
                        new Inline.LineBreak(), text("I wonder if it is frost upon the ground.")));
        Pair quotation = pair(para(Para.Form.quotation(1), text("学而时习之，不亦说乎？")),
                para(Para.Form.quotation(1), text("Is it not a pleasure to learn and practise what is learned?")));
        Pair firstItem = pair(para(Para.Form.listItem("一、", 1), text("读中文。")),
                para(Para.Form.listItem("1.", 1), text("Read the Chinese.")));
        Pair nestedItem = pair(para(Para.Form.listItem("•", 2), text("慢慢读。")),
                para(Para.Form.listItem("•", 2), text("Read slowly.")));
        Pair code = pair(para(Para.Form.CODE, text("打印(\"你好\")"), new Inline.LineBreak(), text("结束")),
                para(Para.Form.CODE, text("print(\"hello\")"), new Inline.LineBreak(), text("end")));
        Pair twoParagraphs = new Pair(new Segment(Lang.ZH_HANS, List.of(para(text("第一段。")), para(text("第二段。")))),
                new Segment(Lang.EN, List.of(para(text("One paragraph for both.")))));
        Pair englishOnly = new Pair(null, new Segment(Lang.EN, List.of(para(text("Only in English"), note("2", "A note of its own.")))));
        Table table = new Table(List.of(
                new Table.Row(List.of(Para.plain("中文"), Para.plain("English"))),
                new Table.Row(List.of(Para.plain("月"), para(styled(em, "moon")))),
                new Table.Row(List.of(Para.plain("霜"), Para.plain("frost")))), 1);
        List<Block> first = List.of(inlines, verse, quotation,
                new Heading(1, both("学习方法", "How to Study")), firstItem, nestedItem, code, twoParagraphs,
                new Figure(png(), "一轮明月 over the roofs", both("图一：月亮", "Figure 1: The moon"), SourceLine.NONE),
                new SectionBreak(), englishOnly, table);
        Chapter one = new Chapter(both("第一章 读诗", "Chapter 1 Reading a Poem"), first);
        List<Block> second = List.of(
                pair(para(text("第二章的注释"), note("a", "从一开始编号。")), para(text("Notes of chapter two"), note("a", "Numbered from one again."))),
                new Figure(jpeg(), "A photograph", new BilingualText(null, new Segment(Lang.EN, "A JPEG")), SourceLine.NONE),
                new Figure(gif(), "A drawing", both("动图", "A GIF"), SourceLine.NONE),
                new Figure(svg(), "A vector drawing", both("矢量图", "An SVG"), SourceLine.NONE),
                new Figure(webp(), "A WebP picture", both("网图", "A WebP"), SourceLine.NONE),
                new Figure(null, "照片不见了：山上的寺庙", both("图五：寺庙", "Figure 5: The temple"), SourceLine.NONE),
                pair(para(text("最后一段。")), para(text("The last paragraph."))));
        Chapter two = new Chapter(both("第二章 图片", "Chapter 2 Pictures"), second);
        Metadata metadata = new Metadata(both("富文本", "Rich Text"), List.of("测试"), LocalDate.of(2026, 12, 1), null,
                "中英对照", Lang.ZH_HANS, Lang.ZH_HANS);
        return new Book(metadata, List.of(one, two));
    }

    public static Image png() {
        return new Image("moon.png", "image/png", 64, 40, encode(64, 40, "png"));
    }

    public static Image jpeg() {
        return new Image("photo.jpg", "image/jpeg", 48, 32, encode(48, 32, "jpeg"));
    }

    public static Image gif() {
        return new Image("drawing.gif", "image/gif", 32, 32, encode(32, 32, "gif"));
    }

    public static Image svg() {
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"60\""
                + " height=\"30\" viewBox=\"0 0 60 30\"><rect width=\"60\" height=\"30\" fill=\"#7a1f1f\"/>"
                + "<circle cx=\"30\" cy=\"15\" r=\"10\" fill=\"#ffffff\"/></svg>\n";
        return new Image("drawing.svg", "image/svg+xml", 60, 30, svg.getBytes(StandardCharsets.UTF_8));
    }

    /** A 48 × 32 lossless WebP made with cwebp (Java has no WebP encoder). */
    public static Image webp() {
        try (InputStream in = EveryKindBook.class.getResourceAsStream("/press/duet/epub/bands.webp")) {
            return new Image("bands.webp", "image/webp", 48, 32, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1b2a4a));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xf2e6b8));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
