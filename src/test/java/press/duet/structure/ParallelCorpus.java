package press.duet.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generator of Chinese–English parallel texts for the aligner's evaluation: sentences are built
 * from phrase lists written for these tests, each slot translated independently (so lengths vary the
 * way real translations do), paragraphs hold one to seven sentences, and the same seed always gives
 * the same text. The gold alignment is known because the generator made the pairs.
 */
final class ParallelCorpus {
    /** A sentence in both languages. */
    record Sentence(String zh, String en) {
    }

    /** A text: paragraphs as lists of sentences; paragraph i of each side translates the other's i. */
    record Text(List<List<Sentence>> paragraphs) {
        List<String> chinese() {
            return paragraphs.stream().map(p -> String.join("", p.stream().map(Sentence::zh).toList())).toList();
        }

        List<String> english() {
            return paragraphs.stream().map(p -> String.join(" ", p.stream().map(Sentence::en).toList())).toList();
        }
    }

    private static final String[][] SUBJECTS = {
            {"老师", "the teacher"}, {"我的祖母", "my grandmother"}, {"那个年轻的木匠", "the young carpenter"},
            {"村里的孩子们", "the children of the village"}, {"船长", "the captain"}, {"她", "she"},
            {"图书馆的管理员", "the librarian"}, {"两位旅客", "two travellers"}, {"市长", "the mayor"},
            {"一个卖花的姑娘", "a girl who sold flowers"}, {"我们", "we"}, {"邻居家的老人", "the old man next door"},
            {"医生", "the doctor"}, {"这位诗人", "this poet"}, {"工厂的工人们", "the workers at the factory"}};
    private static final String[][] VERBS = {
            {"看见了", "saw"}, {"修好了", "repaired"}, {"写下了", "wrote down"}, {"想起了", "remembered"},
            {"送走了", "saw off"}, {"找到了", "found"}, {"买下了", "bought"}, {"画了", "painted"},
            {"讲述了", "told the story of"}, {"守护着", "watched over"}, {"等待着", "was waiting for"},
            {"小心地收起了", "carefully put away"}};
    private static final String[][] OBJECTS = {
            {"一封旧信", "an old letter"}, {"河边的那座桥", "the bridge by the river"}, {"一只受伤的鸟", "a wounded bird"},
            {"山顶的灯塔", "the lighthouse on the hilltop"}, {"一本没有封面的书", "a book without a cover"},
            {"家里唯一的钟", "the only clock in the house"}, {"远方来的客人", "the guests from far away"},
            {"一片桃树林", "a grove of peach trees"}, {"那条通往城里的小路", "the narrow road that led to town"},
            {"一首古老的歌", "an ancient song"}, {"冬天的第一场雪", "the first snow of winter"},
            {"门口的石狮子", "the stone lions at the gate"}, {"一张褪色的地图", "a faded map"}};
    private static final String[][] PLACES = {
            {"在集市上", "at the market"}, {"在火车站", "at the railway station"}, {"在院子里", "in the courtyard"},
            {"在海边", "by the sea"}, {"在山脚下", "at the foot of the mountain"}, {"在学校门口", "outside the school"},
            {"在厨房里", "in the kitchen"}, {"在码头上", "on the quay"}};
    private static final String[][] TIMES = {
            {"那天早上", "that morning"}, {"很多年以前", "many years ago"}, {"黄昏时", "at dusk"},
            {"下雨的时候", "when it rained"}, {"春节前夕", "on the eve of the Spring Festival"}, {"半夜里", "in the middle of the night"},
            {"后来", "later"}, {"第二天", "the next day"}};
    private static final String[][] CODAS = {
            {"", ""}, {"", ""}, {"", ""}, {"", ""}, {"", ""}, {"", ""}, {"", ""}, {"", ""}, {"", ""}, {"", ""},
            {"", ""}, {"", ""}, {"", ""}, {"", ""}, {"", ""}, {"，心里很高兴", ", and was glad at heart"},
            {"，然后默默地离开了", ", and then left without a word"}, {"，一句话也没有说", ", without saying a single word"},
            {"，就像从前一样", ", just as before"}, {"，谁也不知道为什么", ", and nobody knew why"},
            {"", ", as everyone in the village would later recall"}, {"，真是不容易", ""}};

    private ParallelCorpus() {
    }

    static Text generate(long seed, int paragraphs) {
        return generate(seed, paragraphs, false);
    }

    /**
     * As {@link #generate(long, int)}; with {@code hanYears} the Chinese writes its years in Chinese
     * numerals (一九三二年), as much Chinese prose does, while the English keeps digits.
     */
    static Text generate(long seed, int paragraphs, boolean hanYears) {
        Random random = new Random(seed);
        List<List<Sentence>> text = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            // One to eight sentences, most often two to four, as in essays and stories.
            int sentences = Math.max(1, Math.min(8, (int) Math.round(3 + random.nextGaussian() * 1.6)));
            List<Sentence> paragraph = new ArrayList<>();
            for (int s = 0; s < sentences; s++) {
                paragraph.add(sentence(random, hanYears));
            }
            text.add(paragraph);
        }
        return new Text(text);
    }

    private static Sentence sentence(Random random, boolean hanYears) {
        String[] subject = pick(random, SUBJECTS);
        String[] verb = pick(random, VERBS);
        String[] object = pick(random, OBJECTS);
        String[] place = random.nextInt(3) == 0 ? pick(random, PLACES) : new String[] {"", ""};
        String[] time = random.nextInt(3) == 0 ? pick(random, TIMES) : new String[] {"", ""};
        String[] coda = pick(random, CODAS);
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        if (random.nextInt(12) == 0) {
            // A year now and then, as real texts have; the aligner may use it as an anchor.
            int year = 1900 + random.nextInt(120);
            zh.append(hanYears ? inHanNumerals(year) : String.valueOf(year)).append("年，");
            en.append("In ").append(year).append(", ");
        }
        zh.append(time[0]).append(time[0].isEmpty() ? "" : "，").append(subject[0]).append(place[0])
                .append(verb[0]).append(object[0]).append(coda[0]).append("。");
        String sentence = subject[1] + " " + verb[1] + " " + object[1]
                + (place[1].isEmpty() ? "" : " " + place[1])
                + (time[1].isEmpty() ? "" : " " + time[1]) + coda[1] + ".";
        en.append(en.isEmpty() ? capitalised(sentence) : sentence);
        return new Sentence(zh.toString(), en.toString());
    }

    private static String inHanNumerals(int year) {
        StringBuilder out = new StringBuilder();
        for (char c : String.valueOf(year).toCharArray()) {
            out.append("〇一二三四五六七八九".charAt(c - '0'));
        }
        return out.toString();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String[] pick(Random random, String[][] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
