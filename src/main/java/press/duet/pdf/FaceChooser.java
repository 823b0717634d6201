package press.duet.pdf;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openpdf.text.pdf.BaseFont;
import press.duet.font.FontRole;
import press.duet.font.FontSet;
import press.duet.font.SystemFonts;
import press.duet.text.Scripts;

/**
 * Chooses the font for each character: the Chinese face for CJK characters (and, in Chinese text,
 * for quotes, dashes and ellipses), the Latin face for the rest; the other face when the first lacks
 * the glyph; then an installed system font; and only then reports the character as missing.
 */
final class FaceChooser {
    private final FontSet fonts;
    private final SystemFonts system;
    /** Each uncovered code point, with the place it first stood. */
    private final Map<Integer, String> missing = new TreeMap<>();
    private final Map<Integer, String> substituted = new TreeMap<>();

    private final String fingerprint;
    private final java.util.Set<BaseFont> seeded = new java.util.HashSet<>();

    /** @param fingerprint the book's fingerprint, which seeds the subset tags of borrowed system fonts */
    FaceChooser(FontSet fonts, SystemFonts system, String fingerprint) {
        this.fonts = fonts;
        this.system = system;
        this.fingerprint = fingerprint;
    }

    BaseFont face(int codePoint, FontRole latin, boolean chineseContext, String where) {
        boolean wantsChinese = Scripts.isCjk(codePoint) || (chineseContext && Scripts.isSharedPunctuation(codePoint));
        BaseFont preferred = fonts.font(wantsChinese ? latin.chineseCounterpart() : latin);
        if (codePoint == ' ' || codePoint == '\n' || preferred.charExists(codePoint)) {
            return preferred;
        }
        BaseFont other = fonts.font(wantsChinese ? latin : latin.chineseCounterpart());
        if (other.charExists(codePoint)) {
            return other;
        }
        Optional<BaseFont> installed = system.fontFor(codePoint);
        if (installed.isPresent()) {
            if (seeded.add(installed.get())) {
                SubsetTags.seed(installed.get(), fingerprint + "/" + installed.get().getPostscriptFontName());
            }
            substituted.putIfAbsent(codePoint, where);
            return installed.get();
        }
        missing.putIfAbsent(codePoint, where);
        return preferred;
    }

    /** One warning per character no font could set, naming where it first stood. */
    void report(java.util.List<String> warnings) {
        missing.forEach((cp, where) -> warnings.add(String.format("U+%04X %s has no glyph in the book's fonts"
                + " nor in any installed font, so the PDF leaves it out (first in %s); --font-zh or --font-en can name"
                + " a font that has it", cp, new String(Character.toChars(cp)), where)));
    }

    /** Characters set in an installed system font because the book's fonts lack them. */
    Map<Integer, String> substitutions() {
        return substituted;
    }
}
