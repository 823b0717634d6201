package press.duet.epub;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import press.duet.edition.Edition;
import press.duet.edition.TitlePageText;
import press.duet.font.FontRole;
import press.duet.font.TrueTypeFace;
import press.duet.model.Lang;
import press.duet.model.Metadata;
import press.duet.model.Segment;

/**
 * A generated cover: the Chinese and English titles and the authors, filled with Java2D from the
 * bundled fonts' glyph outlines on a plain ground in the theme's colours, as a 1600 × 2560 PNG (the
 * 1:1.6 shape e-book stores ask for). The outlines come from the faces the EPUB subsets anyway, so
 * the cover costs no second parse of the fonts by AWT; the PNG carries no time, so the same book gives
 * the same bytes.
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
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
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
        return PngEncoder.encode(image);
    }

    private static void draw(Graphics2D g, Metadata metadata, Edition edition, Color accent, Color muted) {
        int y = 640;
        String label = TitlePageText.of(metadata, edition).labelLine();
        if (!label.isEmpty()) {
            y = centred(g, List.of(label), new Face(FontRole.LATIN_REGULAR, 64f), muted, y, 1.2f) + 140;
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
            Face face = new Face(title.lang().isChinese() ? role.chineseCounterpart(title.lang() == Lang.ZH_HANT) : role, size);
            List<String> lines = wrap(title.text(), face, title.lang().isChinese());
            y = centred(g, lines, face, accent, y + (int) size, main ? 1.3f : 1.35f);
        }
        if (!metadata.authors().isEmpty()) {
            String authors = String.join(", ", metadata.authors());
            Face face = new Face(FontRole.LATIN_REGULAR, 72f);
            centred(g, wrap(authors, face, false), face, muted, HEIGHT - 420, 1.3f);
        }
    }

    /** Draws lines centred; returns the baseline after the last one. */
    private static int centred(Graphics2D g, List<String> lines, Face face, Color colour, int baseline, float leading) {
        g.setColor(colour);
        int y = baseline;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            face.draw(g, line, (WIDTH - face.width(line)) / 2, y);
            if (i < lines.size() - 1) {
                y += Math.round(face.size * leading);
            }
        }
        return y;
    }

    /** Breaks a title into lines that fit between the margins: Chinese anywhere, English at spaces. */
    private static List<String> wrap(String text, Face face, boolean chinese) {
        int width = WIDTH - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] units = chinese ? text.codePoints().mapToObj(Character::toString).toArray(String[]::new)
                : text.split(" ");
        String gap = chinese ? "" : " ";
        for (String unit : units) {
            String candidate = line.isEmpty() ? unit : line + gap + unit;
            if (face.width(candidate) > width && !line.isEmpty()) {
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

    /**
     * A bundled face at a size. A character the face lacks is drawn from the other script's face of the
     * same weight (a Chinese name in an English title from Noto, a Latin letter in a Chinese one from
     * Literata); advances are the glyphs' own, without kerning.
     */
    private record Face(FontRole role, float size) {
        TrueTypeFace faceFor(int cp) {
            TrueTypeFace own = TrueTypeFace.bundled(role);
            if (own.covers(cp)) {
                return own;
            }
            TrueTypeFace other = TrueTypeFace.bundled(role.isChinese() ? role.latinCounterpart() : role.chineseCounterpart());
            return other.covers(cp) ? other : own;
        }

        float width(String text) {
            float width = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                width += faceFor(cp).advance(cp) * size;
            }
            return width;
        }

        void draw(Graphics2D g, String text, float x, float baseline) {
            float pen = x;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                TrueTypeFace face = faceFor(cp);
                GeneralPath glyph = face.outline(cp);
                glyph.transform(new AffineTransform(size, 0, 0, -size, pen, baseline));
                g.fill(glyph);
                pen += face.advance(cp) * size;
            }
        }
    }
}
