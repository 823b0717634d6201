package press.duet.testing;

import java.util.Random;

/**
 * A book whose every pair announces its number at its start — "第12段：" in Chinese, "Pair 12:" in
 * English — so that tests can find where each side of a pair stands in a PDF. Lengths vary, seeded,
 * so that some pairs run across pages.
 */
public final class MarkedPairs {
    private static final String[] CHINESE = {
        "清晨的码头已经有人在卸货", "海鸥在桅杆之间飞来飞去", "渔民把昨夜的收获摆上木桌",
        "远处的灯塔还亮着最后一盏灯", "孩子们沿着堤岸奔跑", "一艘白色的渡轮慢慢靠岸"
    };
    private static final String[] ENGLISH = {
        "people are already unloading at the morning quay", "gulls wheel between the masts",
        "fishermen lay last night's catch on wooden tables", "the lighthouse still shows its last lamp",
        "children run along the sea wall", "a white ferry slowly comes alongside"
    };

    private MarkedPairs() {
    }

    public static String chineseMarker(int pair) {
        return "第" + pair + "段：";
    }

    public static String englishMarker(int pair) {
        return "Pair " + pair + ":";
    }

    /** Chapters of marked pairs, numbered through the book from 1, in Duet's text format. */
    public static String book(long seed, int chapters, int pairsPerChapter) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder("港口的早晨\n\nMorning at the Harbour\n\n");
        int pair = 0;
        for (int c = 1; c <= chapters; c++) {
            text.append("第").append(c).append("章 码头\n\nChapter ").append(c).append(" The Quay\n\n");
            for (int p = 0; p < pairsPerChapter; p++) {
                pair++;
                int clauses = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 6);
                StringBuilder zh = new StringBuilder(chineseMarker(pair));
                StringBuilder en = new StringBuilder(englishMarker(pair));
                for (int k = 0; k < clauses; k++) {
                    int phrase = random.nextInt(CHINESE.length);
                    zh.append(CHINESE[phrase]).append(k + 1 == clauses ? "。" : "，");
                    en.append(' ').append(ENGLISH[phrase]).append(k + 1 == clauses ? "." : ",");
                }
                text.append(zh).append("\n\n").append(en).append("\n\n");
            }
        }
        return text.toString();
    }
}
