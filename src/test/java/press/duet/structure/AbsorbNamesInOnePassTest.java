package press.duet.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import press.duet.model.Lang;
import press.duet.text.LanguageRun;

/** The one-pass absorption of names gives what the step-back scan it replaced gave, on random runs. */
class AbsorbNamesInOnePassTest {
    /** The scan that stepped back one run after each join (the method as it was before session 13). */
    private static List<LanguageRun> steppingBack(String text, List<LanguageRun> runs) {
        List<LanguageRun> out = new ArrayList<>(runs);
        for (int i = 1; i + 1 < out.size(); ) {
            LanguageRun before = out.get(i - 1);
            LanguageRun inner = out.get(i);
            LanguageRun after = out.get(i + 1);
            if (before.lang() == after.lang() && inner.lang() != before.lang() && isName(inner)) {
                out.subList(i - 1, i + 2).clear();
                out.add(i - 1, new LanguageRun(before.lang(), before.start(), after.end()));
                i = Math.max(1, i - 1);
            } else {
                i++;
            }
        }
        return out;
    }

    /** A run of at most 6 characters is a name here, whatever it holds: joined runs grow past it. */
    private static boolean isName(LanguageRun run) {
        return run.end() - run.start() <= 6;
    }

    @Test
    void joinsTheSameRunsAsTheSteppingBackScan() {
        Random random = new Random(13);
        for (int round = 0; round < 20_000; round++) {
            int count = random.nextInt(12);
            List<LanguageRun> runs = new ArrayList<>();
            int at = 0;
            Lang lang = random.nextBoolean() ? Lang.EN : Lang.ZH_HANS;
            for (int k = 0; k < count; k++) {
                int length = 1 + random.nextInt(9);
                runs.add(new LanguageRun(lang, at, at + length));
                at += length;
                lang = lang == Lang.EN ? Lang.ZH_HANS : Lang.EN;
            }
            String text = "x".repeat(at);
            assertEquals(steppingBack(text, runs), LanguageRuns.absorbNames(text, runs, (run, t) -> isName(run)), runs.toString());
        }
    }
}
