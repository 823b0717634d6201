package press.duet.read.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import press.duet.model.Origin;
import press.duet.read.Declared;

/**
 * What a page declares about its article beside the text: the title (the article's {@code h1}, else
 * {@code og:title}, else the {@code <title>} without the site's name), the publication date (a
 * {@code <time datetime>}, {@code article:published_time} and its kin), the authors and translators
 * ({@code <meta name="author">}, byline elements), the page's language, and where it came from: the
 * site's name ({@code og:site_name}) and the canonical address. Nothing is fetched.
 */
final class PageMetadata {
    /** What stands between a page title and its site's or channel's name. */
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[-|–—·]\\s+|\\s*[|｜_]\\s*|\\s*——\\s*");
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final List<String> DATE_METAS = List.of("article:published_time", "og:published_time", "datepublished",
            "pubdate", "publishdate", "publish-date", "publication_date", "dc.date.issued", "dc.date", "date", "sailthru.date");
    private static final Pattern WRITTEN_DATE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)");
    /** Elements whose class names them a post's date or its header line. */
    private static final String DATE_CLASSES = "[class~=(?i)(^|[-_\\s])(submitted|date|dateline|time|posted|published|pubdate|post-meta|entry-meta|meta)($|[-_\\s])]";
    /** Elements whose class names them a byline or an author field. */
    private static final String AUTHOR_CLASSES = "[rel=author], [itemprop=author], .author, .byline, [class~=(?i)(^|[-_\\s])(author|byline)($|[-_\\s])]";
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:[,，、;；/]|\\band\\b|和|与)\\s*");

    private PageMetadata() {
    }

    /**
     * @param page    the whole page
     * @param article the article's root, where the h1, time and byline are looked for first
     */
    static Declared of(Document page, Element article) {
        String site = firstMeta(page, "og:site_name", "application-name", "twitter:site");
        if (site != null && site.startsWith("@")) {
            site = null;
        }
        return new Declared(title(page, article, site), authors(page, article), translators(article), date(page, article),
                language(page), null, new Origin(site, url(page), null, List.of()));
    }

    private static String title(Document page, Element article, String site) {
        Element h1 = article.selectFirst("h1");
        if (h1 == null) {
            h1 = page.body() == null ? null : page.body().selectFirst("h1");
        }
        if (h1 != null && !ElementKinds.isHidden(h1) && !tidy(h1.text()).isEmpty()) {
            return tidy(h1.text());
        }
        String og = firstMeta(page, "og:title", "twitter:title");
        boolean bilingual = isBilingual(article);
        if (og != null) {
            return withoutSite(og, site, bilingual);
        }
        String title = tidy(page.title());
        return title.isEmpty() ? null : withoutSite(title, site, bilingual);
    }

    /** Whether the article is in both languages: Han characters and Latin letters each make a tenth of its letters at least. */
    private static boolean isBilingual(Element article) {
        long han = 0;
        long latin = 0;
        for (int c : article.text().codePoints().toArray()) {
            if (press.duet.text.Scripts.isHan(c)) {
                han++;
            } else if (c < 0x250 && Character.isLetter(c)) {
                latin++;
            }
        }
        return han * 10 >= han + latin && latin * 10 >= han + latin && han > 0;
    }

    static String withoutSite(String title, String site) {
        return withoutSite(title, site, false);
    }

    /**
     * The title without the site's name: the part naming the site, else the parts after the first. On
     * a bilingual article's page, a title of two parts in the two languages ("骆驼移动图书馆 | The Camel
     * Bookmobile") is the title and its translation, both kept, unless one names the site.
     */
    static String withoutSite(String title, String site, boolean bilingual) {
        String[] parts = TITLE_PARTS.split(tidy(title));
        if (parts.length < 2) {
            return tidy(title);
        }
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (site != null && (part.equalsIgnoreCase(site) || site.contains(part) || part.contains(site))) {
                continue;
            }
            kept.add(part);
        }
        if (bilingual && kept.size() == 2 && kept.size() == parts.length && inTwoLanguages(kept.get(0), kept.get(1))) {
            return kept.get(0).strip() + " | " + kept.get(1).strip();
        }
        if (site == null || kept.isEmpty() || kept.size() == parts.length) {
            return parts[0].strip();
        }
        return String.join(" ", kept).strip();
    }

    private static boolean inTwoLanguages(String a, String b) {
        var first = press.duet.text.LanguageIdentifier.identify(a);
        var second = press.duet.text.LanguageIdentifier.identify(b);
        return first.isPresent() && second.isPresent() && first.get().isChinese() != second.get().isChinese();
    }

    private static LocalDate date(Document page, Element article) {
        Element post = post(article);
        for (Element scope : new Element[] {article, post, page}) {
            for (Element time : scope.select("time[datetime]")) {
                LocalDate date = isoDate(time.attr("datetime"));
                if (date != null) {
                    return date;
                }
            }
        }
        // A post's header line of its date ("2010-09-02", "2014年3月8日"), in an element so named.
        for (Element line : post.select(DATE_CLASSES)) {
            String text = tidy(line.text());
            if (text.length() <= 60) {
                LocalDate date = writtenDate(text);
                if (date != null) {
                    return date;
                }
            }
        }
        for (String name : DATE_METAS) {
            LocalDate date = isoDate(firstMeta(page, name));
            if (date != null) {
                return date;
            }
        }
        Element item = page.selectFirst("[itemprop=datePublished]");
        return item == null ? null : isoDate(item.hasAttr("content") ? item.attr("content") : item.attr("datetime"));
    }

    /**
     * The element of the post the article's text belongs to: its nearest ancestor that is an
     * {@code <article>} or is marked as a post, where the header with the date and the byline sit
     * beside the text; else the article itself.
     */
    private static Element post(Element article) {
        for (Element e = article; e != null; e = e.parent()) {
            if (e.normalName().equals("article") || e.attr("itemtype").matches("(?i).*(Article|BlogPosting|Posting).*")
                    || e.attr("role").equalsIgnoreCase("article")) {
                return e;
            }
        }
        return article;
    }

    /** The first date written as year, month and day (2010-09-02, 2010/9/2, 2010年9月2日) in a line, or null. */
    private static LocalDate writtenDate(String text) {
        return firstDate(WRITTEN_DATE, text);
    }

    /** The date an ISO 8601 value (2024-05-01, 2024-05-01T08:00:00+08:00) begins with, or null. */
    static LocalDate isoDate(String value) {
        return value == null ? null : firstDate(ISO_DATE, value);
    }

    /** The date of the pattern's first match, its groups the year, the month and the day; null when none or no such day. */
    private static LocalDate firstDate(Pattern date, String text) {
        Matcher m = date.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static List<String> authors(Document page, Element article) {
        Set<String> names = new LinkedHashSet<>();
        String meta = firstMeta(page, "author", "article:author", "dc.creator", "byl");
        if (meta != null && !meta.matches("(?i)https?://.*")) {
            names.addAll(names(meta.replaceFirst("(?i)^by\\s+", "")));
        }
        if (names.isEmpty()) {
            for (Element byline : post(article).select(AUTHOR_CLASSES)) {
                String text = tidy(byline.text()).replaceFirst("(?i)^(by|作者[:：]?|文[/:：]?)\\s*", "");
                if (!text.isEmpty() && text.length() <= 60) {
                    names.addAll(names(text));
                    break;
                }
            }
        }
        return List.copyOf(names);
    }

    private static List<String> translators(Element article) {
        Set<String> names = new LinkedHashSet<>();
        for (Element byline : article.select(".translator, [itemprop=translator]")) {
            String text = tidy(byline.text()).replaceFirst("(?i)^(translated by|译者?[:：]?|翻译[:：]?)\\s*", "");
            if (!text.isEmpty() && text.length() <= 60) {
                names.addAll(names(text));
            }
        }
        return List.copyOf(names);
    }

    private static List<String> names(String text) {
        return NAME_SEPARATORS.splitAsStream(text).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    private static String url(Document page) {
        Element canonical = page.head() == null ? null : page.head().selectFirst("link[rel=canonical][href]");
        String url = canonical != null ? canonical.attr("href").strip() : firstMeta(page, "og:url");
        return url != null && url.matches("(?i)https?://\\S+") ? url : null;
    }

    private static String language(Document page) {
        Element html = page.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").strip();
        if (lang.isEmpty()) {
            String meta = firstMeta(page, "content-language", "language", "og:locale");
            lang = meta == null ? "" : meta.replace('_', '-');
        }
        return lang.isEmpty() ? null : lang;
    }

    /** The content of the first meta element with one of the names (name, property or http-equiv), tidied; null if none. */
    private static String firstMeta(Document page, String... names) {
        List<Element> metas = page.head() == null ? List.of() : page.head().select("meta[content]");
        for (String wanted : names) {
            for (Element meta : metas) {
                String name = (meta.hasAttr("property") ? meta.attr("property") : meta.hasAttr("name") ? meta.attr("name")
                        : meta.hasAttr("itemprop") ? meta.attr("itemprop") : meta.attr("http-equiv")).toLowerCase(Locale.ROOT);
                String content = tidy(meta.attr("content"));
                if (name.equals(wanted) && !content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String tidy(String text) {
        return text == null ? "" : HtmlInlines.collapse(text).strip();
    }
}
