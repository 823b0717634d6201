package press.duet.read.epub;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import press.duet.model.Origin;
import press.duet.read.Declared;

/**
 * What an EPUB's package metadata declares, as the {@link Declared} of its draft: the main titles
 * (joined into one line, so a Chinese and an English {@code dc:title} give both), creators and
 * contributors by role (MARC relators {@code aut} and {@code trl}, given as EPUB 2's {@code opf:role}
 * or EPUB 3's refining {@code role} meta; a creator without a role is an author), the first language,
 * the publication date when it names a day, the series ({@code calibre:series} or EPUB 3's
 * {@code belongs-to-collection}), and the publisher and identifiers as the book's {@link Origin}.
 *
 * <pre>{@code
 * Declared declared = PackageMetadata.declared(opf.metadata());
 * }</pre>
 */
final class PackageMetadata {
    private static final String UNKNOWN = "Unknown";
    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

    private PackageMetadata() {
    }

    static Declared declared(Element metadata) {
        Map<String, Map<String, String>> refinements = refinements(metadata);
        List<String> authors = new ArrayList<>();
        List<String> translators = new ArrayList<>();
        for (Element person : people(metadata)) {
            String name = EpubXml.text(person);
            if (name.isEmpty() || name.equalsIgnoreCase(UNKNOWN)) {
                continue; // calibre's placeholder for a book whose author nobody entered
            }
            String role = EpubXml.attribute(person, "role").strip().toLowerCase(Locale.ROOT);
            if (role.isEmpty()) {
                role = refinement(refinements, person, "role").toLowerCase(Locale.ROOT);
            }
            boolean creator = EpubXml.localName(person).equals("creator");
            if (role.equals("aut") || role.isEmpty() && creator) {
                addOnce(authors, name);
            } else if (role.equals("trl")) {
                addOnce(translators, name);
            }
        }
        return new Declared(title(metadata, refinements), authors, translators, date(metadata),
                languages(metadata).stream().findFirst().orElse(null), series(metadata, refinements), origin(metadata));
    }

    /** Every language the package declares, in its order ("zh-CN", "en"). */
    static List<String> languages(Element metadata) {
        Set<String> found = new LinkedHashSet<>();
        for (Element language : EpubXml.all(metadata, "language")) {
            String tag = EpubXml.text(language);
            if (!tag.isEmpty()) {
                found.add(tag);
            }
        }
        return List.copyOf(found);
    }

    /** The creators and contributors, in the package's order. */
    private static List<Element> people(Element metadata) {
        return metadata.getAllElements().stream().filter(element -> element != metadata)
                .filter(element -> Set.of("creator", "contributor").contains(EpubXml.localName(element))).toList();
    }

    private static String title(Element metadata, Map<String, Map<String, String>> refinements) {
        List<String> titles = mainTitles(metadata, refinements);
        return titles.isEmpty() ? null : String.join(" ", titles);
    }

    /** The main titles, each as the package gives it (a Chinese and an English one are two). */
    static List<String> titles(Element metadata) {
        return mainTitles(metadata, refinements(metadata));
    }

    private static List<String> mainTitles(Element metadata, Map<String, Map<String, String>> refinements) {
        Set<String> titles = new LinkedHashSet<>();
        for (Element title : EpubXml.all(metadata, "title")) {
            String type = refinement(refinements, title, "title-type").toLowerCase(Locale.ROOT);
            String text = EpubXml.text(title);
            if (!text.isEmpty() && (type.isEmpty() || type.equals("main"))) {
                titles.add(text);
            }
        }
        return List.copyOf(titles);
    }

    /** The publication date when it names a day; an EPUB 2 publication event before any other date. */
    private static LocalDate date(Element metadata) {
        List<Element> dates = new ArrayList<>(EpubXml.all(metadata, "date"));
        dates.sort((a, b) -> Boolean.compare(!isPublication(a), !isPublication(b)));
        for (Element date : dates) {
            Matcher m = DAY.matcher(EpubXml.text(date));
            if (m.find()) {
                try {
                    return LocalDate.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
                } catch (DateTimeParseException notADay) {
                    // 2010-13-45 names no day; try the next date
                }
            }
        }
        return null;
    }

    private static boolean isPublication(Element date) {
        return EpubXml.attribute(date, "event").equalsIgnoreCase("publication");
    }

    private static String series(Element metadata, Map<String, Map<String, String>> refinements) {
        for (Element meta : EpubXml.all(metadata, "meta")) {
            if (meta.attr("name").equalsIgnoreCase("calibre:series") && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
            if (meta.attr("property").equals("belongs-to-collection") && !EpubXml.text(meta).isEmpty()) {
                String type = refinement(refinements, meta, "collection-type");
                if (type.isEmpty() || type.equals("series") || type.equals("set")) {
                    return EpubXml.text(meta);
                }
            }
        }
        return null;
    }

    private static Origin origin(Element metadata) {
        String publisher = EpubXml.all(metadata, "publisher").stream().map(EpubXml::text).filter(t -> !t.isEmpty())
                .findFirst().orElse(null);
        List<String> identifiers = new ArrayList<>();
        for (Element identifier : EpubXml.all(metadata, "identifier")) {
            addOnce(identifiers, EpubXml.text(identifier));
        }
        identifiers.removeIf(String::isEmpty);
        String url = EpubXml.all(metadata, "source").stream().map(EpubXml::text)
                .filter(t -> t.matches("(?i)https?://\\S+")).findFirst().orElse(null);
        return new Origin(null, url, publisher, identifiers);
    }

    /** EPUB 3's {@code <meta refines="#id" property="…">}: each refined id's properties. */
    private static Map<String, Map<String, String>> refinements(Element metadata) {
        Map<String, Map<String, String>> found = new HashMap<>();
        for (Element meta : EpubXml.all(metadata, "meta")) {
            String refines = meta.attr("refines").strip();
            if (refines.startsWith("#") && !meta.attr("property").isBlank()) {
                found.computeIfAbsent(refines.substring(1), id -> new HashMap<>())
                        .putIfAbsent(meta.attr("property").strip(), EpubXml.text(meta));
            }
        }
        return found;
    }

    private static String refinement(Map<String, Map<String, String>> refinements, Element element, String property) {
        String id = element.attr("id");
        return id.isEmpty() ? "" : refinements.getOrDefault(id, Map.of()).getOrDefault(property, "");
    }

    private static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }
}
