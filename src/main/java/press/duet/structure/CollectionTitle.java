package press.duet.structure;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import press.duet.model.BilingualText;
import press.duet.model.Lang;
import press.duet.model.Segment;
import press.duet.report.Dropped;
import press.duet.text.ChineseVariety;
import press.duet.text.DisplayColumns;
import press.duet.text.LanguageIdentifier;
import press.duet.text.Scripts;

/**
 * The title of one piece of a collection's page, for a page whose head shows none: the page prints the
 * collection's name as its headline ("晨读美文精选", dropped as the site's name) and the piece's headline
 * as that name, a colon and the piece's own title ("晨读美文精选:雨中的灯塔"), which goes with the
 * headline it opens with. The piece's title is what follows the colon.
 */
final class CollectionTitle {
    private static final Pattern NAMED = Pattern.compile("^(.+?)\\s*[:：]\\s*(.+)$");
    private static final int MIN_HAN = 4;
    private static final int MIN_WORDS = 2;
    private static final int MAX_COLUMNS = 60;

    private CollectionTitle() {
    }

    /** The piece's title a dropped "collection: title" line above the body gives, if one does. */
    static Optional<BilingualText> of(List<Dropped> dropped, int bodyLine) {
        List<Dropped> head = dropped.stream().filter(d -> d.place().line() < bodyLine).toList();
        Set<String> lines = head.stream().map(d -> d.text().strip()).collect(Collectors.toSet());
        for (Dropped d : head) {
            Matcher m = NAMED.matcher(d.text().strip());
            if (m.matches() && lines.contains(m.group(1).strip())) {
                Optional<BilingualText> title = title(m.group(2).strip());
                if (title.isPresent()) {
                    return title;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<BilingualText> title(String text) {
        Optional<Lang> lang = LanguageIdentifier.identify(text);
        if (lang.isEmpty() || !DisplayColumns.fit(text, MAX_COLUMNS) || HeadParser.endsLikeSentence(text)) {
            return Optional.empty();
        }
        if (lang.get().isChinese()) {
            long han = text.codePoints().filter(Scripts::isHan).count();
            return han < MIN_HAN ? Optional.empty()
                    : Optional.of(new BilingualText(new Segment(ChineseVariety.of(text), text), null));
        }
        return text.split("\\s+").length < MIN_WORDS ? Optional.empty()
                : Optional.of(new BilingualText(null, new Segment(Lang.EN, text)));
    }
}
