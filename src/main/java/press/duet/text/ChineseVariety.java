package press.duet.text;

import press.duet.model.Lang;

/**
 * Tells Simplified from Traditional Chinese by counting characters that exist in only one of the two
 * (the common pairs such as 这/這, 们/們, 国/國). Text with none of them, or a tie, is Simplified.
 */
public final class ChineseVariety {
    // Each position of SIMPLIFIED and TRADITIONAL holds the two forms of one character.
    private static final String SIMPLIFIED =
            "这们国说时会为学过后还与体实点样发经见种开长问题关电么从无应机动现书对东车门马鸟鱼语话读写"
            + "听买卖钱银贵贝页头脸乐欢爱亲来历华汉义习网络际阳阴丽严两个员图团园圆声处备复战传伤价众优伟"
            + "农决况冲净减则刚创剧办务劳势区医协单卫厂厅压县参双变号叶启响嘱间闻阅队阶陆陈随隐难灵虽饭饮"
            + "馆驾验齐龙龟";
    private static final String TRADITIONAL =
            "這們國說時會為學過後還與體實點樣發經見種開長問題關電麼從無應機動現書對東車門馬鳥魚語話讀寫"
            + "聽買賣錢銀貴貝頁頭臉樂歡愛親來曆華漢義習網絡際陽陰麗嚴兩個員圖團園圓聲處備複戰傳傷價眾優偉"
            + "農決況衝淨減則剛創劇辦務勞勢區醫協單衛廠廳壓縣參雙變號葉啟響囑間聞閱隊階陸陳隨隱難靈雖飯飲"
            + "館駕驗齊龍龜";

    private ChineseVariety() {
    }

    /** zh-Hant when the text has more Traditional-only than Simplified-only characters, else zh-Hans. */
    public static Lang of(String text) {
        int simplified = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int s = SIMPLIFIED.indexOf(c);
            int t = TRADITIONAL.indexOf(c);
            if (s >= 0 && TRADITIONAL.charAt(s) != c) {
                simplified++;
            } else if (t >= 0 && SIMPLIFIED.charAt(t) != c) {
                traditional++;
            }
        }
        return traditional > simplified ? Lang.ZH_HANT : Lang.ZH_HANS;
    }
}
