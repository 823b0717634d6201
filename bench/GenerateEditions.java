import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes one seeded book in two editions for the two-editions benchmark, a Chinese one and an English
 * one, each about {@code MB} megabytes of text, in two forms: text files with heading lines (第N章 …,
 * Chapter N …) and Markdown with a heading at each chapter, as the e-book reader gives one at each
 * entry of the table of contents. The English edition adds a translator's preface and splits every
 * tenth chapter in two, the Chinese adds an afterword, so that the chapter matching has work to do.
 *
 * <pre>
 * java bench/GenerateEditions.java 1 /tmp/editions    # zh.txt en.txt zh.md en.md, about 1 MB each
 * </pre>
 */
public final class GenerateEditions {
    private static final String[][] SUBJECTS = {{"老船长", "the old captain"}, {"年轻的画家", "a young painter"},
        {"图书馆员", "the librarian"}, {"邮递员", "the postman"}, {"山村教师", "the village teacher"}, {"面包师傅", "the baker"},
        {"夜班护士", "the night nurse"}, {"摆渡的老人", "the old ferryman"}};
    private static final String[][] PLACES = {{"在河口的小镇上", "in the small town by the estuary"},
        {"在雨后的石板路上", "on the stone path after the rain"}, {"在城北的旧书店里", "in the old bookshop north of the city"},
        {"在黄昏的码头边", "by the quay at dusk"}, {"在开满油菜花的田野里", "in the fields of yellow rapeseed"},
        {"在灯火通明的车站里", "in the brightly lit station"}, {"在安静的阅览室里", "in the quiet reading room"}};
    private static final String[][] ACTIONS = {{"慢慢地整理着一天的收获", "slowly sorts out the day's harvest"},
        {"认真地记下每一个细节", "carefully notes down every detail"},
        {"把热茶递给远道而来的客人", "hands hot tea to guests who have come a long way"},
        {"望着天边渐渐暗下去的云", "watches the clouds darken at the edge of the sky"},
        {"讲起许多年前的一段往事", "tells a story from many years ago"}, {"仔细修补一张褪色的地图", "patiently mends a faded map"},
        {"等待一封迟到的回信", "waits for a letter that is late"}, {"数着窗外经过的火车", "counts the trains that pass the window"}};
    private static final String[][] TIMES = {{"清晨", "Early in the morning"}, {"傍晚", "In the evening"},
        {"那年冬天", "That winter"}, {"第二天", "The next day"}, {"雨停以后", "After the rain stopped"}};
    private static final String[][] TITLES = {{"河口", "The Estuary"}, {"旧书店", "The Old Bookshop"}, {"码头", "The Quay"},
        {"车站", "The Station"}, {"初雪", "The First Snow"}, {"地图", "The Map"}, {"回信", "The Reply"}};
    private static final int PARAGRAPHS_PER_CHAPTER = 40;

    private GenerateEditions() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java bench/GenerateEditions.java MEGABYTES FOLDER");
            System.exit(2);
        }
        double megabytes = Double.parseDouble(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Random random = new Random(20261202L);
        StringBuilder zhText = new StringBuilder("春江札记\n\n");
        StringBuilder enText = new StringBuilder("Notes from Spring River\n\nTranslator's Preface\n\n");
        StringBuilder zhMd = new StringBuilder();
        StringBuilder enMd = new StringBuilder("## Translator's Preface\n\n");
        String preface = "This translation follows the author's revised text; the names of places are given in Mandarin.";
        enText.append(preface).append("\n\n");
        enMd.append(preface).append("\n\n");
        int chapter = 0;
        while (zhText.toString().getBytes(StandardCharsets.UTF_8).length < megabytes * 1_000_000) {
            chapter++;
            String[] title = TITLES[random.nextInt(TITLES.length)];
            String zhHeading = "第" + chapter + "章 " + title[0];
            String enHeading = "Chapter " + chapter + ": " + title[1];
            zhText.append(zhHeading).append("\n\n");
            enText.append(enHeading).append("\n\n");
            zhMd.append("## ").append(zhHeading).append("\n\n");
            enMd.append("## ").append(enHeading).append("\n\n");
            boolean split = chapter % 10 == 0;
            for (int p = 0; p < PARAGRAPHS_PER_CHAPTER; p++) {
                if (split && p == PARAGRAPHS_PER_CHAPTER / 2) {
                    String continued = "Chapter " + chapter + " (continued)";
                    enText.append(continued).append("\n\n");
                    enMd.append("## ").append(continued).append("\n\n");
                }
                String[] paragraph = paragraph(random);
                zhText.append(paragraph[0]).append("\n\n");
                enText.append(paragraph[1]).append("\n\n");
                zhMd.append(paragraph[0]).append("\n\n");
                enMd.append(paragraph[1]).append("\n\n");
            }
        }
        String afterword = "这本书里的故事都发生在春江两岸，人物的名字已经改过。";
        zhText.append("后记\n\n").append(afterword).append('\n');
        zhMd.append("## 后记\n\n").append(afterword).append('\n');
        Files.writeString(out.resolve("zh.txt"), zhText);
        Files.writeString(out.resolve("en.txt"), enText);
        Files.writeString(out.resolve("zh.md"), "# 春江札记\n\n" + zhMd);
        Files.writeString(out.resolve("en.md"), "# Notes from Spring River\n\n" + enMd);
        System.out.printf("%d chapters, %.2f MB Chinese and %.2f MB English text%n", chapter,
                zhText.toString().getBytes(StandardCharsets.UTF_8).length / 1e6,
                enText.toString().getBytes(StandardCharsets.UTF_8).length / 1e6);
    }

    /** One paragraph of two to five sentences in both languages. */
    private static String[] paragraph(Random random) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        int sentences = 2 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            String[] time = TIMES[random.nextInt(TIMES.length)];
            String[] subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
            String[] place = PLACES[random.nextInt(PLACES.length)];
            String[] action = ACTIONS[random.nextInt(ACTIONS.length)];
            zh.append(time[0]).append("，").append(subject[0]).append(place[0]).append(action[0]).append("。");
            en.append(s > 0 ? " " : "").append(time[1]).append(", ").append(subject[1]).append(' ').append(action[1])
                    .append(' ').append(place[1]).append('.');
        }
        return new String[] {zh.toString(), en.toString()};
    }
}
