package press.duet.epub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import press.duet.model.Block;
import press.duet.model.Book;
import press.duet.model.Chapter;
import press.duet.model.Figure;
import press.duet.model.Image;

/**
 * The figures' images a book carries, each once (the same image in two figures is one file), named by
 * the order of their first figure, so the same book gives the same files. PNG, JPEG, GIF, SVG and WebP
 * are all core media types of EPUB 3.3, which EPUBCheck 5 accepts without a fallback.
 *
 * <pre>{@code
 * BookImages images = BookImages.of(book);
 * String href = images.href(figure.image()).orElseThrow(); // "images/figure-001.png"
 * }</pre>
 */
final class BookImages {
    private static final Map<String, String> EXTENSIONS = Map.of("image/png", "png", "image/jpeg", "jpg",
            "image/gif", "gif", "image/svg+xml", "svg", "image/webp", "webp");

    /** One image file of the book. */
    record File(String id, String href, Image image) {
    }

    private final Map<Image, File> files;
    private final boolean allDescribed;

    private BookImages(Map<Image, File> files, boolean allDescribed) {
        this.files = files;
        this.allDescribed = allDescribed;
    }

    static BookImages of(Book book) {
        Map<Image, File> files = new LinkedHashMap<>();
        boolean allDescribed = true;
        for (Chapter chapter : book.chapters()) {
            for (Block block : chapter.blocks()) {
                if (block instanceof Figure figure && figure.image() != null && carried(figure.image())) {
                    Image image = figure.image();
                    if (!files.containsKey(image)) {
                        String id = String.format("figure-%03d", files.size() + 1);
                        files.put(image, new File(id, "images/" + id + "." + EXTENSIONS.get(image.mediaType()), image));
                    }
                    allDescribed &= !figure.alt().isBlank();
                }
            }
        }
        return new BookImages(files, allDescribed);
    }

    /** Whether the EPUB can carry an image of this media type. */
    static boolean carried(Image image) {
        return EXTENSIONS.containsKey(image.mediaType());
    }

    /** Where the image is in the book, from OEBPS; empty for an image the book does not carry. */
    Optional<String> href(Image image) {
        File file = files.get(image);
        return file == null ? Optional.empty() : Optional.of(file.href());
    }

    List<File> files() {
        return new ArrayList<>(files.values());
    }

    boolean isEmpty() {
        return files.isEmpty();
    }

    /** Whether every image the book shows has an alternative text. */
    boolean allDescribed() {
        return allDescribed;
    }
}
