package press.duet.structure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import press.duet.furniture.FurnitureKind;
import press.duet.model.BilingualText;
import press.duet.model.Lang;
import press.duet.model.Segment;
import press.duet.report.Dropped;
import press.duet.text.ChineseVariety;
import press.duet.text.LanguageIdentifier;

/**
 * The title a page's breadcrumb ends with, for a page whose head shows none: "您所在的位置:网站首页 >
 * 栏目 > 新任大使林秋向媒体发表讲话(双语全文)" names the page it stands on last. A last crumb is a title
 * when it is one: it carries a bilingual label, or is longer than a section's name.
 */
final class BreadcrumbTitle {
    /** What parts a breadcrumb's crumbs: an arrow or a chevron, else a slash or a bar, else (in Chinese) spaces. */
    private static final Pattern ARROWS = Pattern.compile("\\s*(?:>>|>|»|›|→)\\s*");
    private static final Pattern BARS = Pattern.compile("\\s*[/|｜]\\s*");
    /** A location's label before the crumbs: "您所在的位置:", "当前位置：", "You are here:". */
    private static final Pattern LOCATION = Pattern.compile("^[^:：]{0,12}(?:位置|you are (?:here|in))\\s*[:：]\\s*", Pattern.CASE_INSENSITIVE);
    /** A section's name is short: "英语学习", "双语新闻"; a title runs longer. */
    private static final int MIN_HAN = 8;
    private static final int MIN_WORDS = 4;

    private BreadcrumbTitle() {
    }

    /** The title the first dropped breadcrumb ends with, if it ends with one. */
    static Optional<BilingualText> of(List<Dropped> dropped) {
        return dropped.stream().filter(d -> d.reason().equals(FurnitureKind.BREADCRUMB.reason())).findFirst()
                .flatMap(d -> lastCrumb(d.text()));
    }

    static Optional<BilingualText> lastCrumb(String breadcrumb) {
        String crumbs = LOCATION.matcher(breadcrumb.strip()).replaceFirst("");
        // Arrows part the crumbs, else slashes or bars; spaces only in a Chinese breadcrumb (an English crumb keeps its words).
        String[] parts = ARROWS.matcher(crumbs).find() ? ARROWS.split(crumbs)
                : BARS.matcher(crumbs).find() ? BARS.split(crumbs)
                : crumbs.codePoints().anyMatch(press.duet.text.Scripts::isHan) ? crumbs.split("\\s+") : new String[] {crumbs};
        if (parts.length < 2) {
            return Optional.empty();
        }
        HeadParser.TitleLine line = HeadParser.titleLine(parts[parts.length - 1].strip());
        String text = line.text();
        Optional<Lang> lang = LanguageIdentifier.identify(text);
        if (text.isEmpty() || lang.isEmpty()) {
            return Optional.empty();
        }
        boolean chinese = lang.get().isChinese();
        long han = text.codePoints().filter(press.duet.text.Scripts::isHan).count();
        boolean titleLength = chinese ? han >= MIN_HAN : text.split("\\s+").length >= MIN_WORDS;
        if (line.label() == null && !titleLength || HeadParser.endsLikeSentence(text)) {
            return Optional.empty();
        }
        return Optional.of(chinese ? new BilingualText(new Segment(ChineseVariety.of(text), text), null)
                : new BilingualText(null, new Segment(Lang.EN, text)));
    }
}
