package press.duet.testing;

/**
 * A short book in two editions, written for the tests as an e-book reader gives them (a Markdown
 * heading at each chapter): the Chinese edition with an afterword the English lacks, the English with
 * a translator's preface the Chinese lacks and its third chapter split in two.
 */
public final class TwoEditions {
    private TwoEditions() {
    }

    public static final String CHINESE = """
            # 春江

            ## 第一章 出发

            天还没亮，林秋就背着包走出了家门。村口的老槐树下，送行的人已经站了好一会儿。

            母亲把一包煮熟的鸡蛋塞进她手里，叮嘱她路上一定要小心，到了城里就写信回家。

            汽车开动的时候，她回头看了一眼，村子慢慢消失在晨雾里。

            ## 第二章 山路

            山路又窄又陡，汽车在弯道上开得很慢，车窗外是看不见底的深谷。

            坐在她旁边的老人说，这条路是五十年前修的，那时候全村的人都来帮忙。

            中午时分，汽车停在半山腰的小饭馆前，司机说大家可以休息一个小时。

            ## 第三章 河边

            傍晚，汽车终于开到了江边的小镇，镇上的灯一盏一盏亮了起来。

            她在河边找到一家便宜的旅馆，老板娘给她端来一碗热腾腾的面条。

            夜里，她听着江水的声音，想起了小时候和哥哥在河边捉鱼的日子。

            第二天一早，她坐上了开往城里的渡船，江面上的雾还没有散去。

            ## 第四章 城里

            城里的街道又宽又长，到处都是高楼和汽车，她一时不知道该往哪里走。

            一位警察看她拿着地址发愁，就耐心地告诉她怎么坐公共汽车。

            那天晚上，她给母亲写了第一封信，说城里很大，但是人都很好。

            ## 后记

            这个故事是根据一位老教师的回忆写成的，书中的人名都已经改过。
            """;

    public static final String ENGLISH = """
            # Spring River

            ## Translator's Preface

            This short novel was first published in a provincial magazine; the translation follows the author's revised text.

            I have kept the names of places as they are pronounced in Mandarin and added no notes.

            ## Chapter 1: Setting Out

            It was not yet light when Lin Qiu walked out of the house with her bag on her back. Under the old locust tree at the edge of the village, the people who had come to see her off had been waiting for some time.

            Her mother pressed a bag of boiled eggs into her hand and told her to be careful on the road and to write home as soon as she reached the city.

            As the bus pulled away she looked back once, and the village slowly disappeared into the morning mist.

            ## Chapter 2: The Mountain Road

            The mountain road was narrow and steep; the bus crawled round the bends, and beyond the window lay valleys too deep to see the bottom of.

            The old man sitting beside her said the road had been built fifty years ago, when the whole village had come out to help.

            At noon the bus stopped in front of a small restaurant halfway up the mountain, and the driver said everyone could rest for an hour.

            ## Chapter 3: By the River

            In the evening the bus at last reached the little town on the river, where the lamps were coming on one by one.

            She found a cheap inn by the water, and the landlady brought her a steaming bowl of noodles.

            ## Chapter 3 (continued)

            In the night she listened to the sound of the river and remembered the days when she and her brother had caught fish on its banks as children.

            Early the next morning she boarded the ferry to the city, while the mist still lay on the water.

            ## Chapter 4: In the City

            The streets of the city were wide and long, with tall buildings and cars everywhere, and for a moment she did not know which way to go.

            A policeman saw her frowning over an address and patiently explained which bus she should take.

            That evening she wrote her first letter to her mother: the city was very big, she said, but the people were kind.
            """;
}
