package press.duet.epub;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import press.duet.font.FontRole;
import press.duet.font.FontSet;
import press.duet.model.Metadata;
import press.duet.model.Segment;

/**
 * A generated cover: the Chinese and English titles and the authors, drawn with Java2D in the bundled
 * fonts on a plain ground in the theme's colours, as a 1600 × 2560 PNG (the 1:1.6 shape e-book stores
 * ask for). ImageIO writes no time into a PNG, so the same book gives the same bytes.
 *
 * <pre>{@code
 * byte[] png = CoverImage.png(book.metadata(), edition, new Color(0x7a1f1f), new Color(0x4f5a66));
 * }</pre>
 */
final class CoverImage {
    static final int WIDTH = 1600;
    static final int HEIGHT = 2560;
    private static final int MARGIN = 170;
    private static final Color GROUND = new Color(0xf7f3ea);

    private CoverImage() {
    }

    /**
     * @param accent the colour of the titles and the rule
     * @param muted  the colour of the label and the authors
     */
    static byte[] png(Metadata metadata, Edition edition, Color accent, Color muted) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(GROUND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(accent);
            g.fillRect(0, 0, WIDTH, 36);
            g.fillRect(0, HEIGHT - 36, WIDTH, 36);
            draw(g, metadata, edition, accent, muted);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("the cover cannot be encoded as PNG", e);
        }
        return out.toByteArray();
    }

    private static void draw(Graphics2D g, Metadata metadata, Edition edition, Color accent, Color muted) {
        int y = 640;
        String label = labelLine(metadata, edition);
        if (!label.isEmpty()) {
            y = centred(g, List.of(label), face(label, FontRole.LATIN_REGULAR, 64f), muted, y, 1.2f) + 140;
        }
        List<Segment> titles = edition.titleSides(metadata.title());
        for (int i = 0; i < titles.size(); i++) {
            Segment title = titles.get(i);
            boolean main = i == 0;
            if (!main) {
                y += 70;
                g.setColor(accent);
                g.fillRect(WIDTH / 2 - 120, y - 10, 240, 6);
                y += 110;
            }
            float size = title.lang().isChinese() ? (main ? 150f : 96f) : (main ? 116f : 80f);
            FontRole role = main ? FontRole.LATIN_BOLD : FontRole.LATIN_REGULAR;
            Font font = face(title.text(), title.lang().isChinese() ? role.chineseCounterpart() : role, size);
            List<String> lines = wrap(title.text(), g.getFontMetrics(font), title.lang().isChinese());
            y = centred(g, lines, font, accent, y + (int) size, main ? 1.3f : 1.35f);
        }
        if (!metadata.authors().isEmpty()) {
            String authors = String.join(", ", metadata.authors());
            Font font = face(authors, FontRole.LATIN_REGULAR, 72f);
            centred(g, wrap(authors, g.getFontMetrics(font), false), font, muted, HEIGHT - 420, 1.3f);
        }
    }

    private static String labelLine(Metadata metadata, Edition edition) {
        List<String> parts = new ArrayList<>();
        if (metadata.label() != null && edition.bilingual()) {
            parts.add(metadata.label());
        }
        metadata.partNumber().ifPresent(part -> parts.add("[" + part + "]"));
        return String.join(" · ", parts);
    }

    /** Draws lines centred; returns the baseline after the last one. */
    private static int centred(Graphics2D g, List<String> lines, Font font, Color colour, int baseline, float leading) {
        g.setFont(font);
        g.setColor(colour);
        FontMetrics metrics = g.getFontMetrics();
        int y = baseline;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            g.drawString(line, (WIDTH - metrics.stringWidth(line)) / 2, y);
            if (i < lines.size() - 1) {
                y += Math.round(font.getSize2D() * leading);
            }
        }
        return y;
    }

    /** Breaks a title into lines that fit between the margins: Chinese anywhere, English at spaces. */
    private static List<String> wrap(String text, FontMetrics metrics, boolean chinese) {
        int width = WIDTH - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] units = chinese ? text.codePoints().mapToObj(Character::toString).toArray(String[]::new)
                : text.split(" ");
        String gap = chinese ? "" : " ";
        for (String unit : units) {
            String candidate = line.isEmpty() ? unit : line + gap + unit;
            if (metrics.stringWidth(candidate) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(unit);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The face of a role at a size, or its Chinese counterpart when the Latin face lacks a character. */
    private static Font face(String text, FontRole role, float size) {
        Font font = Faces.FONTS.get(role);
        if (!role.isChinese() && font.canDisplayUpTo(text) >= 0) {
            font = Faces.FONTS.get(role.chineseCounterpart());
        }
        return font.deriveFont(size);
    }

    /** The bundled faces as AWT fonts, made once per JVM (Noto Serif SC takes a moment to load). */
    private static final class Faces {
        static final Map<FontRole, Font> FONTS = load();

        private static Map<FontRole, Font> load() {
            Map<FontRole, Font> fonts = new EnumMap<>(FontRole.class);
            FontSet set = FontSet.bundled();
            for (FontRole role : new FontRole[] {FontRole.CHINESE_REGULAR, FontRole.CHINESE_BOLD,
                    FontRole.LATIN_REGULAR, FontRole.LATIN_BOLD}) {
                try {
                    fonts.put(role, Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(set.fileBytes(role))));
                } catch (FontFormatException | IOException e) {
                    throw new IllegalStateException("the bundled font " + set.fileName(role) + " cannot be loaded", e);
                }
            }
            return fonts;
        }
    }
}
