package press.duet.read.html;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import press.duet.model.Figure;
import press.duet.model.Image;
import press.duet.model.Inline;
import press.duet.model.SourceLine;
import press.duet.read.Captions;
import press.duet.read.DraftBlock;
import press.duet.read.ImageFiles;
import press.duet.read.Resources;

/**
 * Figures of a page: an {@code img} alone in its block (inside links, spans or a {@code picture} as
 * pages wrap it), and a {@code figure} with its {@code figcaption}. The image is found where a saved
 * page keeps it: the lazy-loading attributes ({@code data-src}, {@code data-original} …) before
 * {@code src}, whose value is often a placeholder, then {@code srcset}'s candidates, widest first; a path
 * beside the page (as a browser's "save page" rewrites it to {@code page_files/…}), a {@code data:} URI,
 * or, for an address on the web or a path from the site's root ({@code /uploads/a.png}, which names a
 * file on the server, never one on this machine), the file of that name in the {@code page_files} folder
 * beside the page.
 * Nothing is fetched: an image found nowhere is one warning, and the figure keeps its alternative text
 * and caption. An image of one or two pixels is a tracking pixel, left out.
 */
final class HtmlFigures {
    private static final List<String> LAZY = List.of("data-src", "data-original", "data-lazy-src", "data-actualsrc", "data-url", "src");

    private final HtmlFindings findings;
    private final Resources resources;
    private final String savedFolder;

    HtmlFigures(HtmlFindings findings, Resources resources) {
        this.findings = findings;
        this.resources = resources;
        String source = findings.source();
        String file = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = file.lastIndexOf('.');
        this.savedFolder = (dot > 0 ? file.substring(0, dot) : file) + "_files/";
    }

    /** The image an element holds alone (white space and wrappers aside), or null. */
    static Element loneImage(Element block) {
        Element at = block;
        for (int depth = 0; depth < 8; depth++) {
            Element only = null;
            for (Node child : at.childNodes()) {
                if (child instanceof TextNode text) {
                    if (!text.isBlank()) {
                        return null;
                    }
                } else if (child instanceof Element element) {
                    if (ElementKinds.isNotText(element) && !element.normalName().equals("source")) {
                        continue;
                    }
                    if (element.normalName().equals("source") && at.normalName().equals("picture")) {
                        continue;
                    }
                    if (element.normalName().equals("br")) {
                        continue;
                    }
                    if (only != null) {
                        return null;
                    }
                    only = element;
                }
            }
            if (only == null) {
                return null;
            }
            if (only.normalName().equals("img")) {
                return only;
            }
            String tag = only.normalName();
            if (!(tag.equals("a") || tag.equals("span") || tag.equals("picture") || tag.equals("p") || tag.equals("div")
                    || tag.equals("center") || tag.equals("strong") || tag.equals("b"))) {
                return null;
            }
            at = only;
        }
        return null;
    }

    /**
     * The figure of an image, captioned by the given lines; null for a tracking pixel.
     *
     * @param caption the caption's texts (a figcaption's lines, an image's title), each one text
     */
    DraftBlock figure(Element img, List<List<Inline>> caption) {
        int line = HtmlFindings.lineOf(img);
        if (isTiny(img.attr("width")) && isTiny(img.attr("height"))) {
            findings.count("tracking pixel(s)", line, "left out (an image of one or two pixels shows nothing)");
            return null;
        }
        Optional<Image> image = image(img, line);
        if (image.isPresent() && image.get().width() <= 2 && image.get().height() <= 2) {
            findings.count("tracking pixel(s)", line, "left out (an image of one or two pixels shows nothing)");
            return null;
        }
        List<List<Inline>> texts = new ArrayList<>();
        String title = img.attr("title").strip();
        if (!title.isEmpty()) {
            texts.add(List.of(new Inline.Text(title)));
        }
        texts.addAll(caption);
        SourceLine at = new SourceLine(findings.source(), line);
        String alt = img.attr("alt").replace('\n', ' ').strip();
        return DraftBlock.figure(line, new Figure(image.orElse(null), alt, Captions.of(texts, at), at));
    }

    private static boolean isTiny(String size) {
        String digits = size.strip().replaceFirst("(?i)px$", "");
        return digits.matches("[0-2]");
    }

    private Optional<Image> image(Element img, int line) {
        Set<String> candidates = new LinkedHashSet<>();
        for (String attribute : LAZY) {
            String value = img.attr(attribute).strip();
            if (!value.isEmpty()) {
                candidates.add(value);
            }
        }
        candidates.addAll(srcset(img.attr("data-srcset")));
        candidates.addAll(srcset(img.attr("srcset")));
        Element parent = img.parent();
        if (parent != null && parent.normalName().equals("picture")) {
            for (Element source : parent.select("> source")) {
                candidates.addAll(srcset(source.attr("srcset")));
                candidates.addAll(srcset(source.attr("data-srcset")));
            }
        }
        List<String> warnings = new ArrayList<>();
        Consumer<String> collect = warnings::add;
        Optional<Image> placeholder = Optional.empty();
        for (String candidate : candidates) {
            Optional<Image> found = candidate(candidate, collect);
            if (found.isPresent() && found.get().width() > 2 || found.isPresent() && found.get().height() > 2) {
                return found;
            }
            placeholder = placeholder.or(() -> found);
        }
        if (placeholder.isPresent()) {
            return placeholder;
        }
        if (candidates.isEmpty()) {
            findings.warn(line, "the image has no path; the figure keeps its alternative text and caption");
        } else if (!warnings.isEmpty()) {
            findings.warn(line, warnings.get(0));
        }
        return Optional.empty();
    }

    /** The image one candidate names, if it is found without going online; warnings go to {@code warn}. */
    private Optional<Image> candidate(String candidate, Consumer<String> warn) {
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (lower.startsWith("data:")) {
            int comma = candidate.indexOf(',');
            if (comma < 0 || !lower.substring(0, comma).endsWith(";base64") || !lower.startsWith("data:image/")) {
                return Optional.empty();
            }
            try {
                byte[] bytes = Base64.getMimeDecoder().decode(candidate.substring(comma + 1));
                return ImageFiles.probe("image", bytes, warn);
            } catch (IllegalArgumentException e) {
                warn.accept("the image in a data: address cannot be decoded (" + e.getMessage() + "); the figure keeps its alternative text and caption");
                return Optional.empty();
            }
        }
        String path = withoutQuery(candidate);
        boolean onTheSite = path.startsWith("/") && !path.startsWith("//");
        if (ImageFiles.isRemote(candidate) || onTheSite) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (!name.isEmpty()) {
                Optional<Image> saved = ImageFiles.load(savedFolder + name, resources, ignored -> { });
                if (saved.isPresent()) {
                    return saved;
                }
            }
            if (onTheSite) {
                // A path from the site's root names a file on the web server, never one on this machine.
                warn.accept("the image " + candidate + " is a path on the page's site, not a file saved beside the page;"
                        + " the figure keeps its alternative text and caption");
                return Optional.empty();
            }
            return ImageFiles.load(candidate, resources, warn);
        }
        return ImageFiles.load(path.startsWith("./") ? path.substring(2) : path, resources, warn);
    }

    private static String withoutQuery(String address) {
        int end = address.length();
        int query = address.indexOf('?');
        int fragment = address.indexOf('#');
        if (query >= 0) {
            end = Math.min(end, query);
        }
        if (fragment >= 0) {
            end = Math.min(end, fragment);
        }
        return address.substring(0, end);
    }

    /** The addresses of a srcset, the widest (or densest) first. */
    private static List<String> srcset(String srcset) {
        record Candidate(String address, double size) {
        }
        List<Candidate> found = new ArrayList<>();
        for (String part : srcset.split(",(?=\\s*[^\\s,])")) {
            String[] words = part.strip().split("\\s+");
            if (words.length == 0 || words[0].isEmpty() || words[0].toLowerCase(Locale.ROOT).startsWith("data:")) {
                continue;
            }
            double size = 1;
            if (words.length > 1) {
                try {
                    size = Double.parseDouble(words[1].substring(0, words[1].length() - 1));
                } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                    size = 1;
                }
            }
            found.add(new Candidate(words[0], size));
        }
        found.sort((a, b) -> Double.compare(b.size(), a.size()));
        return found.stream().map(Candidate::address).toList();
    }
}
