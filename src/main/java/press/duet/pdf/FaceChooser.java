package press.duet.pdf;

import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openpdf.text.pdf.BaseFont;
import press.duet.font.FontRole;
import press.duet.font.FontSet;
import press.duet.font.SystemFonts;
import press.duet.model.Lang;
import press.duet.text.CjkPunctuation;
import press.duet.text.PunctuationStyle;
import press.duet.text.Scripts;

/**
 * Chooses the font for each character: the Chinese face for CJK characters (and, in Chinese text,
 * for quotes, dashes and ellipses), the Latin face for the rest; the other face when the first lacks
 * the glyph; then an installed system font; and only then reports the character as missing. The
 * Chinese face is the Simplified or the Traditional family's, as the text's variety asks ({@link #in}),
 * and the stops and commas come from the family whose convention the book follows ({@link PunctuationStyle}).
 */
final class FaceChooser {
    private final FontSet fonts;
    private final SystemFonts system;
    /** Each uncovered code point, with the place it first stood. */
    private final Map<Integer, String> missing;
    private final Map<Integer, String> substituted;

    /**
     * The book's faces by role, and which characters each has, learned as the text asks: OpenPDF looks
     * a glyph up through a map keyed by boxed integers, and every character of the book is asked about.
     */
    private final BaseFont[] faces;
    private final BitSet[] asked;
    private final BitSet[] covered;
    /** Whether Han characters take the Traditional family. */
    private final boolean traditional;
    /** The convention for stops and commas in the text this chooser sets, or null for its variety's own. */
    private final PunctuationStyle punctuation;

    FaceChooser(FontSet fonts, SystemFonts system) {
        this(fonts, system, new TreeMap<>(), new TreeMap<>(),
                new BaseFont[FontRole.values().length], new BitSet[FontRole.values().length],
                new BitSet[FontRole.values().length], false, null);
    }

    private FaceChooser(FontSet fonts, SystemFonts system, Map<Integer, String> missing,
                        Map<Integer, String> substituted, BaseFont[] faces, BitSet[] asked,
                        BitSet[] covered, boolean traditional, PunctuationStyle punctuation) {
        this.fonts = fonts;
        this.system = system;
        this.missing = missing;
        this.substituted = substituted;
        this.faces = faces;
        this.asked = asked;
        this.covered = covered;
        this.traditional = traditional;
        this.punctuation = punctuation;
    }

    /**
     * This chooser for text of a language: Traditional Chinese takes the Traditional family; the
     * punctuation follows {@code style}, or the variety's own convention when it is null. The view
     * shares this chooser's faces and reports, and so its thread.
     */
    FaceChooser in(Lang lang, PunctuationStyle style) {
        boolean hant = lang == Lang.ZH_HANT;
        return new FaceChooser(fonts, system, missing, substituted, faces, asked, covered, hant,
                style);
    }

    /** The punctuation convention of the text this chooser sets. */
    PunctuationStyle punctuation() {
        return punctuation != null ? punctuation : traditional ? PunctuationStyle.CENTRED : PunctuationStyle.MAINLAND;
    }

    BaseFont face(int codePoint, FontRole latin, boolean chineseContext, String where) {
        boolean wantsChinese = Scripts.isCjk(codePoint) || (chineseContext && Scripts.isSharedPunctuation(codePoint));
        boolean inTraditional = CjkPunctuation.isPlacedByConvention(codePoint)
                ? punctuation() == PunctuationStyle.CENTRED : traditional;
        FontRole preferredRole = wantsChinese ? latin.chineseCounterpart(inTraditional) : latin;
        BaseFont preferred = font(preferredRole);
        if (codePoint == ' ' || codePoint == '\n' || has(preferredRole, codePoint)) {
            return preferred;
        }
        FontRole otherRole = wantsChinese ? latin : latin.chineseCounterpart(inTraditional);
        if (has(otherRole, codePoint)) {
            return font(otherRole);
        }
        Optional<BaseFont> installed = system.fontFor(codePoint);
        if (installed.isPresent()) {
            substituted.putIfAbsent(codePoint, where);
            return installed.get();
        }
        missing.putIfAbsent(codePoint, where);
        return preferred;
    }

    private BaseFont font(FontRole role) {
        BaseFont face = faces[role.ordinal()];
        if (face == null) {
            // Loaded when first used, so that a face the book never needs is never parsed.
            face = fonts.font(role);
            faces[role.ordinal()] = face;
            asked[role.ordinal()] = new BitSet();
            covered[role.ordinal()] = new BitSet();
        }
        return face;
    }

    private boolean has(FontRole role, int codePoint) {
        font(role);
        BitSet known = asked[role.ordinal()];
        if (!known.get(codePoint)) {
            known.set(codePoint);
            covered[role.ordinal()].set(codePoint, fonts.covers(role, codePoint));
        }
        return covered[role.ordinal()].get(codePoint);
    }

    /**
     * Takes in what another chooser, which set later text, found: a character this one has already
     * reported keeps its place here, which came first in the book.
     */
    void merge(FaceChooser later) {
        later.missing.forEach(missing::putIfAbsent);
        later.substituted.forEach(substituted::putIfAbsent);
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
