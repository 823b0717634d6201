package press.duet.pdf;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.openpdf.text.DocumentException;
import press.duet.font.FontRole;
import press.duet.model.BilingualText;
import press.duet.model.Figure;
import press.duet.model.Image;
import press.duet.model.Segment;
import press.duet.style.Layout;

/**
 * Sets a figure as one block that stays on one page: the image scaled to the text or column width
 * (its aspect kept, never larger than its pixels at 300 dpi, never taller than leaves room for its
 * caption), the caption below it in the layout's languages, the notes it refers to numbered with the
 * chapter's and set at the foot of the figure's page. An image the PDF cannot draw (WebP, SVG,
 * an unreadable file) gives a warning, and its alternative text stands framed in its place.
 */
final class FigureBlocks {
    /** The resolution an image is never enlarged past. */
    private static final float FINEST_DPI = 300;
    private static final float CAPTION_SCALE = 0.9f;

    private final BookStyle style;
    private final Composer composer;
    private final Layout layout;
    private final List<String> warnings;
    private final ChapterNotes notes;
    private final FootnoteSetter footnotes;

    FigureBlocks(BookStyle style, Composer composer, Layout layout, List<String> warnings, ChapterNotes notes,
                 FootnoteSetter footnotes) {
        this.style = style;
        this.composer = composer;
        this.layout = layout;
        this.warnings = warnings;
        this.notes = notes;
        this.footnotes = footnotes;
    }

    /** The figure's block, or null when it has nothing to show (no image, no alternative text, no caption). */
    DrawnBlock figure(Figure figure, String where) {
        org.openpdf.text.Image picture = figure.picture().map(image -> drawable(image, figure, where)).orElse(null);
        // One page per language on facing pages, each with the image and its own caption; else one column.
        List<Integer> columns = layout == Layout.FACING ? List.of(composer.spanColumn(0), composer.spanColumn(1))
                : layout == Layout.SIDE_BY_SIDE ? List.of(composer.spanColumn(0)) : List.of(0);
        List<List<SetText>> captions = new ArrayList<>();
        List<DrawnBlock.ColumnNote> captionNotes = new ArrayList<>();
        float captionHeight = 0;
        float gap = style.size * 0.6f;
        for (int c = 0; c < columns.size(); c++) {
            List<SetText> texts = captions(figure.caption(), c, columns.size(), composer.column(columns.get(c)),
                    where, captionNotes);
            captions.add(texts);
            float height = 0;
            for (SetText text : texts) {
                height += text.height(leading(text)) + style.size * 0.3f;
            }
            captionHeight = Math.max(captionHeight, height);
        }
        float width = composer.column(columns.get(0)).width();
        float imageWidth;
        float imageHeight;
        SetText alt = null;
        if (picture != null) {
            Image image = figure.image();
            imageWidth = Math.min(width, image.width() * 72 / FINEST_DPI);
            imageHeight = imageWidth * image.height() / image.width();
            float room = composer.frameHeight() - captionHeight - gap;
            if (imageHeight > room) {
                imageHeight = Math.max(room, style.size);
                imageWidth = imageHeight * image.width() / image.height();
            }
        } else {
            String words = figure.alt().isBlank() ? null : figure.alt();
            if (words == null && captionHeight == 0) {
                return null;
            }
            boolean chinese = words != null && words.codePoints().anyMatch(press.duet.text.Scripts::isCjk);
            alt = words == null ? null : style.plain(words, chinese ? FontRole.LATIN_REGULAR : FontRole.LATIN_ITALIC,
                    chinese, style.size, width * 0.8f, false, where);
            imageWidth = width * 0.9f;
            imageHeight = alt == null ? 0 : alt.height(style.size * 1.4f) + style.size * 1.6f;
        }
        float blockHeight = imageHeight + (captionHeight > 0 ? gap + captionHeight : 0);
        List<DrawnBlock.OnPage> drawings = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            Column column = composer.column(columns.get(c));
            List<SetText> texts = captions.get(c);
            float left = column.left() + (column.width() - imageWidth) / 2;
            float w = imageWidth;
            float h = imageHeight;
            SetText altText = alt;
            int index = c;
            drawings.add(new DrawnBlock.OnPage(column.page(), (canvas, top) -> {
                if (picture != null) {
                    try {
                        canvas.addImage(picture, w, 0, 0, h, left, top - h);
                    } catch (DocumentException e) {
                        throw new IllegalStateException("the image could not be placed: " + e.getMessage(), e);
                    }
                } else if (altText != null) {
                    canvas.saveState();
                    canvas.setColorStroke(style.secondText());
                    canvas.setLineWidth(0.5f);
                    canvas.rectangle(left, top - h, w, h);
                    canvas.stroke();
                    canvas.restoreState();
                    altText.drawAll(canvas, left, w, true, top - style.size * 0.8f, style.size * 1.4f, style.secondText());
                }
                float y = top - h - (h > 0 ? gap : 0);
                for (int t = 0; t < texts.size(); t++) {
                    SetText text = texts.get(t);
                    Color colour = t == 0 && index == 0 ? style.text() : style.secondText();
                    text.drawAll(canvas, column.left(), column.width(), true, y, leading(text), colour);
                    y -= text.height(leading(text)) + style.size * 0.3f;
                }
            }));
        }
        return new DrawnBlock(blockHeight, drawings, captionNotes);
    }

    private float leading(SetText text) {
        return text.size() * 1.45f;
    }

    /**
     * The caption lines for one of the block's columns: one language per page on facing pages, else the
     * layout's; the footnotes their references call for are added to {@code called}.
     */
    private List<SetText> captions(BilingualText caption, int column, int columns, Column place, String where,
                                   List<DrawnBlock.ColumnNote> called) {
        if (caption == null) {
            return List.of();
        }
        List<Segment> sides = new ArrayList<>();
        Segment first = style.first(caption);
        Segment second = style.second(caption);
        if (columns == 2) {
            // Each page its own language's caption, none on the page of a language the caption lacks.
            boolean chinesePage = (column == 0) == style.chineseFirst;
            Segment side = chinesePage ? caption.zh() : caption.en();
            if (side != null) {
                sides.add(side);
            }
        } else if (layout == Layout.ZH || layout == Layout.EN) {
            Segment only = layout == Layout.ZH ? caption.zh() : caption.en();
            sides.add(only != null ? only : first);
        } else {
            sides.add(first);
            if (second != null) {
                sides.add(second);
            }
        }
        List<SetText> texts = new ArrayList<>();
        for (Segment side : sides) {
            boolean chinese = side.lang().isChinese();
            int before = notes.count(chinese);
            texts.add(style.line(side, chinese ? FontRole.LATIN_REGULAR : FontRole.LATIN_ITALIC,
                    style.size * CAPTION_SCALE, place.width(), where + " caption", notes.of(chinese)));
            called.addAll(footnotes.forBlock(style, notes, chinese, before, footnotes.column(chinese, place.page()),
                    where + " caption"));
        }
        return texts;
    }

    /** The image as OpenPDF draws it, or null with a warning when the PDF cannot hold it. */
    private org.openpdf.text.Image drawable(Image image, Figure figure, String where) {
        String place = where + (figure.source().line() > 0
                ? " (" + figure.source().file() + ":" + figure.source().line() + ")" : "");
        try {
            byte[] bytes = switch (image.mediaType()) {
                case "image/png", "image/jpeg" -> image.bytes();
                case "image/gif" -> png(image.bytes());
                default -> null;
            };
            if (bytes == null) {
                warnings.add(place + ": the PDF cannot draw " + image.name() + " (" + image.mediaType()
                        + "); its alternative text stands in its place");
                return null;
            }
            return org.openpdf.text.Image.getInstance(bytes);
        } catch (IOException | RuntimeException e) {
            warnings.add(place + ": " + image.name() + " cannot be read as " + image.mediaType()
                    + "; its alternative text stands in its place");
            return null;
        }
    }

    /** A GIF's first frame as PNG, through the JDK's own reader. */
    private static byte[] png(byte[] gif) throws IOException {
        BufferedImage frame = ImageIO.read(new ByteArrayInputStream(gif));
        if (frame == null) {
            throw new IOException("not a GIF");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(frame, "png", out);
        return out.toByteArray();
    }
}
