package press.duet.read.epub;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Which spine documents are the book's text and which are front or back matter to leave out: the
 * cover page, the title page, the copyright page, the table of contents page, a list of other books,
 * an index, a licence. A document says so through its {@code epub:type} (on the body or on the one
 * section that holds it), the package's guide or the navigation document's landmarks; failing those,
 * its content shows it: a picture with next to no text that links to a web site (a banner for the
 * maker's site or shop, wherever it stands), an image with next to no text before the text (the
 * cover), a page of links into the book, a short page with copyright words, a short page bearing the
 * book's title or author, a page headed "Also by".
 * A preface, an introduction, a translator's note or an afterword is text and stays, as a chapter.
 *
 * <pre>{@code
 * BookMatter.Kind kind = BookMatter.of(body, "OEBPS/cover.xhtml", opf, toc, declared).kind();
 * }</pre>
 */
final class BookMatter {
    /** What a document is. */
    enum Kind {
        TEXT("text"), COVER("cover page"), TITLE_PAGE("title page"), COPYRIGHT("copyright page"),
        CONTENTS("table of contents page"), ADVERTS("list of other books"), ADVERT_PICTURE("advert picture"),
        INDEX("index"), LICENCE("licence"),
        COLOPHON("colophon"), NOTES("notes, each set at its reference");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }
    }

    /** A document's kind and why it was judged so ("epub:type copyright-page", "guide", "content"). */
    record Found(Kind kind, String because) {
    }

    private static final Map<String, Kind> TYPES = Map.ofEntries(
            Map.entry("cover", Kind.COVER), Map.entry("titlepage", Kind.TITLE_PAGE),
            Map.entry("halftitlepage", Kind.TITLE_PAGE), Map.entry("title-page", Kind.TITLE_PAGE),
            Map.entry("copyright-page", Kind.COPYRIGHT), Map.entry("copyright", Kind.COPYRIGHT),
            Map.entry("imprint", Kind.COPYRIGHT), Map.entry("toc", Kind.CONTENTS), Map.entry("loi", Kind.CONTENTS),
            Map.entry("lot", Kind.CONTENTS), Map.entry("index", Kind.INDEX), Map.entry("colophon", Kind.COLOPHON),
            Map.entry("other-credits", Kind.COLOPHON));
    /** The names e-book tools give these documents, without "page", dashes or underscores. */
    private static final Map<String, Kind> NAMES = Map.of("cover", Kind.COVER, "frontcover", Kind.COVER,
            "titlepage", Kind.TITLE_PAGE, "title", Kind.TITLE_PAGE, "halftitle", Kind.TITLE_PAGE,
            "copyright", Kind.COPYRIGHT, "toc", Kind.CONTENTS, "tableofcontents", Kind.CONTENTS,
            "colophon", Kind.COLOPHON);
    /** A document so named is short; a long one named so is text whatever its name. */
    private static final int NAMED_LENGTH = 3000;
    private static final Pattern COPYRIGHT_WORDS = Pattern.compile(
            "©|\\(c\\)\\s*\\d{4}|copyright|all rights reserved|版权所有|版權所有|isbn|侵权必究|翻印必究|图书在版编目|圖書在版編目|出版发行|出版發行",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADVERT_HEAD = Pattern.compile(
            "^(also by|also available|other books by|more (books )?(from|by)|other titles|praise for|coming soon"
                    + "|同系列|系列图书|系列圖書|推荐阅读|推薦閱讀|更多好书|更多好書|其他作品|新书预告|新書預告|敬请期待|敬請期待|作者的其他)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENTS_HEAD = Pattern.compile("(?i)(table of )?contents|目\\s*[录錄次]");
    /**
     * Words only a licence page holds: Project Gutenberg's licence, and the text of a font licence (the
     * page many e-books, Duet's own among them, carry for their embedded fonts).
     */
    private static final Pattern LICENCE_WORDS = Pattern.compile("START: FULL LICENSE|Full Project Gutenberg(™|\\(tm\\))? License"
            + "|SIL OPEN FONT LICEN[CS]E Version|Licensed under the Apache License, Version 2\\.0", Pattern.CASE_INSENSITIVE);

    private BookMatter() {
    }

    /**
     * @param body     the document's body
     * @param path     its name in the archive
     * @param opf      the package (its guide, its nav item)
     * @param toc      the landmarks
     * @param names    the declared titles and authors, which a title page bears
     * @param notes    whether the document holds only notes that other documents refer to
     * @param front    whether no document of the book's text comes before this one: only there is a
     *                 picture with next to no text a cover, and a short page with the title a title page
     */
    static Found of(Element body, String path, BookPackage opf, TableOfContents toc, List<String> names, boolean notes,
                    boolean front) {
        if (opf.nav().filter(nav -> nav.path().equals(path)).isPresent()) {
            return new Found(Kind.CONTENTS, "the navigation document");
        }
        if (NotesElsewhere.isNotesDocument(body)) {
            return new Found(Kind.NOTES, "epub:type");
        }
        if (notes) {
            return new Found(Kind.NOTES, "other documents refer to them");
        }
        for (String type : ownTypes(body)) {
            if (TYPES.containsKey(type)) {
                return new Found(TYPES.get(type), "epub:type " + type);
            }
        }
        for (BookPackage.Reference landmark : toc.landmarks()) {
            if (landmark.target().file().equals(path) && landmark.target().fragment().isEmpty() && TYPES.containsKey(landmark.type())) {
                return new Found(TYPES.get(landmark.type()), "landmark " + landmark.type());
            }
        }
        for (BookPackage.Reference reference : opf.guide()) {
            if (reference.target().file().equals(path) && TYPES.containsKey(reference.type())) {
                return new Found(TYPES.get(reference.type()), "guide " + reference.type());
            }
        }
        Optional<Kind> named = byName(body, path);
        if (named.isPresent()) {
            return new Found(named.get(), "its name");
        }
        return byContent(body, names, front).map(kind -> new Found(kind, "its content")).orElse(new Found(Kind.TEXT, ""));
    }

    /**
     * What a short document's file name ({@code copyright.xhtml}, {@code titlepage.xhtml}) or the id or
     * class of its body or sole wrapper ({@code <div id="copyright-page">}) calls it, as the tools
     * that make e-books name them.
     */
    private static Optional<Kind> byName(Element body, String path) {
        if (EpubXml.text(body).length() >= NAMED_LENGTH) {
            return Optional.empty();
        }
        List<String> names = new java.util.ArrayList<>();
        String file = path.substring(path.lastIndexOf('/') + 1);
        names.add(file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file);
        for (Element element = body; element != null; element = element.children().size() == 1 ? element.child(0) : null) {
            names.add(element.id());
            names.addAll(element.classNames());
        }
        for (String name : names) {
            String key = name.toLowerCase(Locale.ROOT).replaceAll("[-_\\s]", "");
            Kind kind = NAMES.get(key.replaceFirst("page$", ""));
            if (kind != null) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The epub:type of the body, and of the one element that holds all of it when there is one. */
    private static List<String> ownTypes(Element body) {
        List<String> types = new java.util.ArrayList<>(TableOfContents.types(body));
        Element only = body;
        while (only.children().size() == 1 && only.textNodes().stream().allMatch(t -> t.isBlank())) {
            only = only.child(0);
            types.addAll(TableOfContents.types(only));
        }
        return types;
    }

    private static Optional<Kind> byContent(Element body, List<String> names, boolean front) {
        String text = EpubXml.text(body);
        int length = text.codePointCount(0, text.length());
        boolean picture = !body.getElementsByTag("img").isEmpty() || !body.getElementsByTag("image").isEmpty()
                || !body.getElementsByTag("svg:image").isEmpty();
        if (picture && length < 100 && picturesLinkOut(body)) {
            return Optional.of(Kind.ADVERT_PICTURE);
        }
        if (front && picture && length < 100) {
            return Optional.of(Kind.COVER);
        }
        if (LICENCE_WORDS.matcher(text).find()) {
            return Optional.of(Kind.LICENCE);
        }
        if (isLinkList(body, length) || CONTENTS_HEAD.matcher(firstLine(body)).matches() && hasLinks(body)) {
            return Optional.of(Kind.CONTENTS);
        }
        long copyright = COPYRIGHT_WORDS.matcher(text).results().map(m -> m.group().toLowerCase(Locale.ROOT)).distinct().count();
        if (length < 3000 && (copyright >= 2 || copyright == 1 && length < 600)) {
            return Optional.of(Kind.COPYRIGHT);
        }
        String first = firstLine(body);
        if (ADVERT_HEAD.matcher(first).find()) {
            return Optional.of(Kind.ADVERTS);
        }
        if (front && length < 400 && longestBlock(body) <= 120 && names.stream().anyMatch(name -> contains(text, name))) {
            return Optional.of(Kind.TITLE_PAGE);
        }
        return Optional.empty();
    }

    /**
     * Whether every picture of the page is inside a link to a web address: a book's own cover or
     * illustration links nowhere, a banner for a site or shop links to it.
     */
    private static boolean picturesLinkOut(Element body) {
        List<Element> pictures = new java.util.ArrayList<>(body.getElementsByTag("img"));
        pictures.addAll(body.getElementsByTag("image"));
        pictures.addAll(body.getElementsByTag("svg:image"));
        return pictures.stream().allMatch(picture -> picture.parents().stream()
                .anyMatch(a -> a.tagName().equals("a") && a.attr("href").strip().matches("(?i)^https?://.+")));
    }

    /** Three or more links, which carry most of the page's text: a list of contents. */
    private static boolean isLinkList(Element body, int length) {
        List<Element> links = inBookLinks(body);
        if (links.size() < 3 || length == 0) {
            return false;
        }
        int linked = links.stream().mapToInt(a -> EpubXml.text(a).length()).sum();
        return linked >= 0.6 * length;
    }

    private static boolean hasLinks(Element body) {
        return !inBookLinks(body).isEmpty();
    }

    private static List<Element> inBookLinks(Element body) {
        return body.getElementsByTag("a").stream().filter(a -> !a.attr("href").isBlank()
                && !a.attr("href").matches("(?i)^(https?|mailto):.*")).toList();
    }

    private static String firstLine(Element body) {
        for (Element element : body.getAllElements()) {
            if (element != body && element.ownText().strip().length() > 0) {
                return element.ownText().strip();
            }
        }
        return "";
    }

    private static int longestBlock(Element body) {
        int longest = 0;
        for (Element element : body.getAllElements()) {
            if (element.children().isEmpty() || element.tagName().matches("p|h[1-6]|li|div")) {
                longest = Math.max(longest, element.ownText().strip().length());
            }
        }
        return longest;
    }

    private static boolean contains(String text, String part) {
        String wanted = part.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return wanted.length() >= 2 && text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT).contains(wanted);
    }
}
