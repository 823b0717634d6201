package press.duet.structure;

import java.util.regex.Pattern;

/**
 * The surnames a Chinese name opens with, in Simplified and Traditional characters: the commonest
 * hundred, which make a bare line of two or three characters a name, and some two hundred more, which
 * a name in a byline's field may open with. A site's or a column's name in an author's field ("英语课",
 * "无忧教育") opens with none of them.
 */
final class ChineseSurnames {
    /** The commonest single-character surnames, about nine Chinese in ten bearing one of them. */
    private static final String COMMON = "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾"
            + "肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛阎閻"
            + "段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯柳杭屈庄莊聂聶常辛鲁魯";
    /** Less common single-character surnames (the rest of the few hundred in use). */
    private static final String OTHERS = "管傅康施洪牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪温溫芦蘆章鲍鮑蒙俞翟殷祝詹欧歐左甘涂凌尚耿关關岳舒柯毕畢卓单單"
            + "童游滕骆駱卞景谷纪紀季阮宁寧梅包饶饒焦巩鞏车車苗闫卜麦麥冉郁苟时時鞠栾欒桂柴房邬鄔霍虞裴符成盛全戚华華蓝藍路米池姬"
            + "曲吉柏项項祁尤臧狄揭仇荣榮宫宮农農褚卫衛邰阙闕简簡应應荆荊艾宗官封储儲靳汝薄冀郎奚荀闵閔强強楚胥班申窦竇岑廉苑刁晏"
            + "东東佟连連谈談缪繆麻危邝鄺练練巴利木隋竺桑师師鲜鮮费費邱贝貝芮钮鈕雍帅帥卿郜丛叢郦酈甄蔺藺詹习習欧闻聞乐樂燕慕";
    /**
     * The Traditional forms a character-by-character converter wrongly gives some surnames whose
     * Simplified character stands for two Traditional ones (梁 for 梁 and 樑, 范 for 范 and 範): a page
     * converted from Simplified prints "樑振英" for 梁振英. Only in a byline's field, never on a bare
     * line (these characters open ordinary words there).
     */
    private static final String CONVERTED = "樑範鐘穀蔔瀋嶽鬱";
    private static final Pattern COMPOUND = Pattern.compile("^(?:欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|东方|東方|皇甫|令狐|司徒|慕容|公孙|公孫|夏侯|尉迟|尉遲|长孙|長孫|宇文|端木|轩辕|軒轅)");

    private ChineseSurnames() {
    }

    /** Whether the name opens with one of the commonest surnames, or a compound one. */
    static boolean opensCommonly(String name) {
        return COMPOUND.matcher(name).find() || !name.isEmpty() && COMMON.indexOf(name.charAt(0)) >= 0;
    }

    /** Whether the name opens with a surname, common or not. */
    static boolean opens(String name) {
        return opensCommonly(name) || !name.isEmpty() && (OTHERS.indexOf(name.charAt(0)) >= 0 || CONVERTED.indexOf(name.charAt(0)) >= 0);
    }

    /** Whether the name opens with a compound surname ("欧阳修"). */
    static boolean opensWithCompound(String name) {
        return COMPOUND.matcher(name).find();
    }
}
