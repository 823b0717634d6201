package press.duet.testing;

import java.util.Random;

/**
 * Generates long bilingual texts from phrases of our own, seeded so that every run makes the same
 * text: many commas, stops, quotes and brackets at every position of a line, to put line breaking
 * to the test.
 */
public final class StressTexts {
    private static final String[] CHINESE_PHRASES = {
        "清晨的市场已经很热闹", "卖菜的老人把青菜摆得整整齐齐", "他说", "“今天的豆角特别嫩”",
        "孩子们背着书包跑过石桥", "（这座桥有三百多年了）", "河面上飘着薄雾", "远处传来《茉莉花》的歌声",
        "面包店门口排起了长队", "新出炉的面包还冒着热气", "有人在读报纸", "有人在打电话",
        "一只猫蹲在窗台上", "看着来来往往的行人", "阳光慢慢照进了巷子", "「早上好」", "邮递员骑着自行车经过",
        "车筐里装满了信件和包裹", "街角的书店刚刚开门", "店主正在擦玻璃", "2025 年的春天来得特别早",
        "图书馆里坐满了准备考试的学生", "每个人都在安静地做自己的事", "这就是城市醒来的样子"
    };
    private static final String[] STOPS = {"，", "，", "，", "。", "；", "：", "！", "？", "、"};
    private static final String[] ENGLISH_WORDS = {
        "the", "morning", "market", "is", "already", "busy", "an", "old", "man", "arranges", "his", "greens",
        "neatly", "children", "run", "across", "a", "stone", "bridge", "(three", "hundred", "years", "old)",
        "mist", "drifts", "over", "river", "bakery", "queue", "bread", "still", "steaming", "someone", "reads",
        "newspaper", "cat", "watches", "from", "windowsill", "\"good", "morning,\"", "postman", "cycles", "past",
        "bookshop", "opens", "library", "students", "quietly", "city", "wakes", "up"
    };

    private StressTexts() {
    }

    /** Chapters of alternating Chinese and English paragraphs in Duet's text format. */
    public static String book(long seed, int chapters, int pairsPerChapter) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder("压力测试之书\n\nA Book to Test the Lines\n\n");
        for (int c = 1; c <= chapters; c++) {
            text.append("第").append(c).append("章 城市的早晨\n\n");
            text.append("Chapter ").append(c).append(" Morning in the City\n\n");
            for (int p = 0; p < pairsPerChapter; p++) {
                text.append(chinese(random, 3 + random.nextInt(12))).append("\n\n");
                text.append(english(random, 20 + random.nextInt(90))).append("\n\n");
            }
        }
        return text.toString();
    }

    private static String chinese(Random random, int clauses) {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < clauses; i++) {
            paragraph.append(CHINESE_PHRASES[random.nextInt(CHINESE_PHRASES.length)]);
            paragraph.append(i + 1 == clauses ? "。" : STOPS[random.nextInt(STOPS.length)]);
        }
        return paragraph.toString();
    }

    private static String english(Random random, int words) {
        StringBuilder paragraph = new StringBuilder("The");
        for (int i = 1; i < words; i++) {
            paragraph.append(' ').append(ENGLISH_WORDS[random.nextInt(ENGLISH_WORDS.length)]);
            if (random.nextInt(9) == 0) {
                paragraph.append(random.nextBoolean() ? "," : ".");
            }
        }
        return paragraph.append('.').toString();
    }
}
