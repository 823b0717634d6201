import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a seeded bilingual corpus for benchmarks, the same book in five forms: Duet's text format,
 * Markdown for pandoc, HTML with side-by-side pairs for WeasyPrint and Chromium, and two in the Markdown
 * Duet reads (headings for the chapters, the two languages alternating): {@code -plain.md} without markup
 * and {@code -markup.md} with emphasis, strong, a link or code on a fifth of its paragraphs and a footnote
 * every ten pairs. The markup is drawn from a random source of its own, so all five hold the same text.
 *
 * <pre>
 * java bench/GenerateCorpus.java large /tmp/corpus     # small 5x20, medium 50x40, large 200x60 pairs
 * </pre>
 */
public final class GenerateCorpus {
    private static final String[] SUBJECTS = {"老船长", "年轻的画家", "图书馆员", "邮递员", "一群候鸟", "山村教师", "面包师傅", "夜班护士"};
    private static final String[] PLACES = {"在河口的小镇上", "在雨后的石板路上", "在城北的旧书店里", "在黄昏的码头边",
        "在开满油菜花的田野里", "在灯火通明的车站里", "在安静的阅览室里", "在初雪覆盖的山坡上"};
    private static final String[] ACTIONS = {"慢慢地整理着一天的收获", "认真地记下每一个细节", "把热茶递给远道而来的客人",
        "望着天边渐渐暗下去的云", "讲起许多年前的一段往事", "仔细修补一张褪色的地图", "等待一封迟到的回信", "数着窗外经过的火车"};
    private static final String[] THOUGHTS = {"仿佛时间也放慢了脚步", "心里涌起一种说不出的温暖", "这样的日子平凡却值得珍惜",
        "每一个季节都有自己的声音", "远方的消息总会到来", "记忆像潮水一样来了又去"};
    private static final String[] EN_SUBJECTS = {"the old captain", "a young painter", "the librarian", "the postman",
        "a flock of migrating birds", "the village teacher", "the baker", "the night nurse"};
    private static final String[] EN_PLACES = {"in the small town by the estuary", "on the stone path after the rain",
        "in the old bookshop north of the city", "by the quay at dusk", "in the fields of yellow rapeseed",
        "in the brightly lit station", "in the quiet reading room", "on the hillside under the first snow"};
    private static final String[] EN_ACTIONS = {"slowly sorts out the day's harvest", "carefully notes down every detail",
        "hands hot tea to guests who have come a long way", "watches the clouds darken at the edge of the sky",
        "tells a story from many years ago", "patiently mends a faded map", "waits for a letter that is late",
        "counts the trains that pass the window"};
    private static final String[] EN_THOUGHTS = {"as if time itself had slowed its pace", "and a warmth that words cannot hold rises",
        "such ordinary days are worth treasuring", "every season has a voice of its own", "news from afar always arrives in the end",
        "memory comes and goes like the tide"};

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java bench/GenerateCorpus.java small|medium|large OUTPUT_DIR");
            System.exit(2);
        }
        int chapters;
        int pairs;
        switch (args[0]) {
            case "small" -> { chapters = 5; pairs = 20; }
            case "medium" -> { chapters = 50; pairs = 40; }
            case "large" -> { chapters = 200; pairs = 60; }
            default -> throw new IllegalArgumentException("size must be small, medium or large");
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Random random = new Random(20261127L);
        StringBuilder text = new StringBuilder("中英对照：港湾纪事\n\nChronicles of the Harbour\n\nPublished on Nov 27, 2026\n\n");
        StringBuilder markdown = new StringBuilder("---\ntitle: 港湾纪事 Chronicles of the Harbour\nlang: zh-Hans\n---\n\n");
        StringBuilder html = new StringBuilder(htmlHead());
        String head = "# 中英对照：港湾纪事\n\nChronicles of the Harbour\n\nPublished on Nov 27, 2026\n\n";
        StringBuilder plain = new StringBuilder(head);
        StringBuilder marked = new StringBuilder(head);
        Markup markup = new Markup(new Random(20261202L));
        for (int c = 1; c <= chapters; c++) {
            String zhTitle = "第" + c + "章 港湾的一天";
            String enTitle = "Chapter " + c + " A Day at the Harbour";
            text.append(zhTitle).append("\n\n").append(enTitle).append("\n\n");
            markdown.append("# ").append(zhTitle).append(" · ").append(enTitle).append("\n\n");
            html.append("<h1>").append(zhTitle).append("<br/><span lang=\"en\">").append(enTitle).append("</span></h1>\n");
            for (StringBuilder duet : new StringBuilder[] {plain, marked}) {
                duet.append("## ").append(zhTitle).append("\n\n## ").append(enTitle).append("\n\n");
            }
            StringBuilder notes = new StringBuilder();
            for (int p = 0; p < pairs; p++) {
                int sentences = 3 + random.nextInt(5);
                StringBuilder zh = new StringBuilder();
                StringBuilder en = new StringBuilder();
                int subject = -1;
                for (int s = 0; s < sentences; s++) {
                    int a = random.nextInt(8);
                    subject = s == 0 ? a : subject;
                    int b = random.nextInt(8);
                    int d = random.nextInt(8);
                    int e = random.nextInt(6);
                    zh.append(PLACES[b]).append("，").append(SUBJECTS[a]).append(ACTIONS[d]).append("，").append(THOUGHTS[e]).append("。");
                    String sentence = EN_PLACES[b] + ", " + EN_SUBJECTS[a] + " " + EN_ACTIONS[d] + ", " + EN_THOUGHTS[e] + ".";
                    en.append(s == 0 ? "" : " ").append(Character.toUpperCase(sentence.charAt(0))).append(sentence.substring(1));
                }
                text.append(zh).append("\n\n").append(en).append("\n\n");
                markdown.append(zh).append("\n\n").append(en).append("\n\n");
                html.append("<div class=\"pair\"><p lang=\"zh-Hans\">").append(zh).append("</p><p lang=\"en\">")
                        .append(en).append("</p></div>\n");
                plain.append(zh).append("\n\n").append(en).append("\n\n");
                String zhMarked = markup.mark(zh.toString(), SUBJECTS[subject], c, p);
                String enMarked = markup.mark(en.toString(), EN_SUBJECTS[subject], c, p);
                if (p % 10 == 9) {
                    // A note every ten pairs, on the Chinese and the English side in turn.
                    String label = "c" + c + "p" + (p + 1);
                    boolean chinese = (p / 10) % 2 == 0;
                    if (chinese) {
                        zhMarked += "[^" + label + "]";
                        notes.append("[^").append(label).append("]: 这一段记于第").append(c).append("章的第").append(p + 1)
                                .append("段，港湾的钟声正好响起。\n\n");
                    } else {
                        enMarked += "[^" + label + "]";
                        notes.append("[^").append(label).append("]: Pair ").append(p + 1).append(" of chapter ").append(c)
                                .append(" was noted as the harbour bell rang.\n\n");
                    }
                }
                marked.append(zhMarked).append("\n\n").append(enMarked).append("\n\n");
            }
            marked.append(notes);
        }
        html.append("</body></html>\n");
        String stem = "corpus-" + args[0];
        Files.writeString(out.resolve(stem + ".txt"), text, StandardCharsets.UTF_8);
        Files.writeString(out.resolve(stem + ".md"), markdown, StandardCharsets.UTF_8);
        Files.writeString(out.resolve(stem + ".html"), html, StandardCharsets.UTF_8);
        Files.writeString(out.resolve(stem + "-plain.md"), plain, StandardCharsets.UTF_8);
        Files.writeString(out.resolve(stem + "-markup.md"), marked, StandardCharsets.UTF_8);
        System.out.printf("%s: %d chapters x %d pairs, %.1f MB of text%n", stem, chapters, pairs,
                text.toString().getBytes(StandardCharsets.UTF_8).length / 1e6);
    }

    /**
     * Marks one paragraph in five: its first sentence's subject becomes emphasis, strong, a link or code,
     * in turn.
     */
    private static final class Markup {
        private final Random random;
        private int marked;

        Markup(Random random) {
            this.random = random;
        }

        String mark(String paragraph, String subject, int chapter, int pair) {
            if (random.nextInt(5) != 0) {
                return paragraph;
            }
            String wrapped = switch (marked++ % 4) {
                case 0 -> "*" + subject + "*";
                case 1 -> "**" + subject + "**";
                case 2 -> "[" + subject + "](https://example.org/harbour/" + chapter + "/" + (pair + 1) + ")";
                default -> "`" + subject + "`";
            };
            int at = paragraph.indexOf(subject);
            return paragraph.substring(0, at) + wrapped + paragraph.substring(at + subject.length());
        }
    }

    /** Side-by-side pairs in the bundled fonts, so that the PDF peers set the same text in the same type. */
    private static String htmlHead() {
        String fonts = Path.of("fonts").toAbsolutePath().toUri().toString();
        return "<!DOCTYPE html><html lang=\"zh-Hans\"><head><meta charset=\"UTF-8\"/><title>港湾纪事</title><style>\n"
                + "@font-face { font-family: 'Noto Serif SC'; src: url('" + fonts + "NotoSerifSC-Regular.ttf'); }\n"
                + "@font-face { font-family: 'Literata'; src: url('" + fonts + "Literata-Regular.ttf'); }\n"
                + "@page { size: A4; margin: 25mm 22mm; }\n"
                + "body { font-family: 'Literata', 'Noto Serif SC', serif; font-size: 10.5pt; }\n"
                + "p[lang=zh-Hans] { font-family: 'Noto Serif SC', serif; line-break: strict; line-height: 1.8; }\n"
                + "p[lang=en] { line-height: 1.6; }\n"
                + ".pair { display: flex; gap: 18pt; break-inside: auto; } .pair p { flex: 1; margin: 0 0 9pt 0; text-align: justify; }\n"
                + "h1 { break-before: page; text-align: center; font-size: 18pt; }\n"
                + "</style></head><body>\n";
    }
}
