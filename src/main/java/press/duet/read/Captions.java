package press.duet.read;

import java.util.ArrayList;
import java.util.List;
import press.duet.model.BilingualText;
import press.duet.model.Inline;
import press.duet.model.Lang;
import press.duet.model.Para;
import press.duet.model.Segment;
import press.duet.model.SourceLine;
import press.duet.text.LanguageIdentifier;
import press.duet.text.LanguageRun;

/**
 * A figure's caption from the texts a source gives it (a Markdown image's title and following lines,
 * an HTML {@code figcaption}'s lines): each text on the side of its language, and a text in both
 * (Chinese then English or the other way) cut where the language changes.
 *
 * <pre>{@code
 * BilingualText caption = Captions.of(List.of(List.of(new Inline.Text("长城 The Great Wall"))), at);
 * }</pre>
 */
public final class Captions {
    /** What may stand between the two languages of one caption text. */
    private static final String SEPARATORS = " \t/|·—–-:：";

    private Captions() {
    }

    /** The caption's texts on their languages' sides; null when there are none. */
    public static BilingualText of(List<List<Inline>> texts, SourceLine at) {
        List<Para> zh = new ArrayList<>();
        List<Para> en = new ArrayList<>();
        Lang chinese = Lang.ZH_HANS;
        for (List<Inline> text : texts) {
            String plain = Inline.text(text);
            if (plain.isBlank()) {
                continue;
            }
            List<LanguageRun> runs = LanguageIdentifier.runs(plain);
            if (runs.size() == 2 && runs.get(0).lang().isChinese() != runs.get(1).lang().isChinese()) {
                for (LanguageRun run : runs) {
                    String part = trim(run.of(plain));
                    if (!part.isEmpty()) {
                        (run.lang().isChinese() ? zh : en).add(Para.plain(part, at));
                        chinese = run.lang().isChinese() ? run.lang() : chinese;
                    }
                }
                continue;
            }
            Lang lang = LanguageIdentifier.identify(plain).orElse(Lang.EN);
            (lang.isChinese() ? zh : en).add(new Para(Para.Form.PARAGRAPH, text, at));
            chinese = lang.isChinese() ? lang : chinese;
        }
        if (zh.isEmpty() && en.isEmpty()) {
            return null;
        }
        return new BilingualText(zh.isEmpty() ? null : new Segment(chinese, zh), en.isEmpty() ? null : new Segment(Lang.EN, en));
    }

    private static String trim(String part) {
        int start = 0;
        int end = part.length();
        while (start < end && SEPARATORS.indexOf(part.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && SEPARATORS.indexOf(part.charAt(end - 1)) >= 0) {
            end--;
        }
        return part.substring(start, end);
    }
}
