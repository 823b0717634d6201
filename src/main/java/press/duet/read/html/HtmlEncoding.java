package press.duet.read.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.duet.read.EncodingDetector;
import press.duet.read.EncodingNames;
import press.duet.read.Utf8;
import press.duet.report.DuetException;
import press.duet.report.Finding;
import press.duet.report.Place;

/**
 * The encoding of a page's bytes: the byte-order mark's, else the one given by the user, else the
 * one the page declares ({@code <meta charset>} or {@code http-equiv="Content-Type"} in its first
 * kilobytes, with the names meant as browsers mean them: gb2312 and gbk are GB18030's subsets, big5 the
 * Big5 family), checked against the bytes. A page that declares one encoding but is written in another
 * (a copy re-saved as UTF-8 that still says gb2312) is read in the one its bytes are, with a warning;
 * one whose bytes no encoding reads is refused in one line. Valid UTF-8 with characters beyond ASCII
 * is UTF-8 whatever the page says: legacy Chinese bytes are almost never valid UTF-8, while UTF-8 bytes
 * often decode as (wrong) GBK.
 */
final class HtmlEncoding {
    /** How far into the page a browser looks for the declaration. */
    private static final int PRESCAN = 4096;
    private static final Pattern META = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    /**
     * What "big5" means on a page, the candidates in order: Windows' code page 950 first, the Big5 that
     * Windows and its browsers wrote such pages in, which keeps the fullwidth solidus (A1FE, U+FF0F, the
     * "／" of 和／或) apart from the box-drawing diagonal (A2AC, U+2571) that Java's Big5 reads both as;
     * then Big5 and Big5-HKSCS for the bytes code page 950 does not read.
     */
    private static final List<Charset> BIG5_FAMILY = List.of(Charset.forName("x-windows-950"), Charset.forName("Big5"),
            Charset.forName("Big5-HKSCS"));

    private HtmlEncoding() {
    }

    /** The declared encoding's name as the page writes it, if it declares one. */
    static Optional<String> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The encoding to decode the page with, when neither a byte-order mark nor the user gives one.
     *
     * @throws DuetException when the page's bytes are in no encoding Duet reads
     */
    static Charset of(byte[] bytes, String source, Consumer<Finding> notes) {
        Optional<String> name = declared(bytes);
        boolean wide = Utf8.isValid(bytes, 0) && hasNonAscii(bytes);
        if (name.isEmpty()) {
            return EncodingDetector.detect(bytes).orElseThrow(() -> unreadable(source, null));
        }
        List<Charset> declared = meant(name.get());
        if (wide) {
            if (!declared.contains(StandardCharsets.UTF_8)) {
                notes.accept(new Finding(new Place(source, 0), "the page declares " + name.get()
                        + " but is written in UTF-8; it is read as UTF-8"));
            }
            return StandardCharsets.UTF_8;
        }
        boolean singleByte = declared.size() == 1 && declared.get(0).newEncoder().maxBytesPerChar() == 1;
        Optional<Charset> chinese = singleByte && hasNonAscii(bytes) ? EncodingDetector.detect(bytes) : Optional.empty();
        for (Charset charset : declared) {
            if (chinese.isEmpty() && EncodingDetector.readsAs(bytes, charset)) {
                return charset;
            }
        }
        Charset found = EncodingDetector.detect(bytes).orElseThrow(() -> unreadable(source, name.get()));
        notes.accept(new Finding(new Place(source, 0), "the page declares " + name.get() + " but is written in "
                + found.name() + "; it is read as " + found.name()));
        return found;
    }

    /** The encodings a declared name means, as browsers read it (the candidates tried in order). */
    static List<Charset> meant(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (key) {
            case "gb2312", "gbk", "x-gbk", "gb18030", "chinese", "csgb2312", "iso-ir-58", "gb-2312-80", "cp936" -> List.of(Charset.forName("GB18030"));
            case "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5", "cp950", "x-windows-950" -> BIG5_FAMILY;
            case "utf8", "utf-8", "unicode-1-1-utf-8" -> List.of(StandardCharsets.UTF_8);
            case "iso-8859-1", "latin1", "ascii", "us-ascii", "windows-1252", "cp1252" -> List.of(Charset.forName("windows-1252"));
            default -> EncodingNames.forName(name).map(List::of).orElse(List.of());
        };
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static DuetException unreadable(String source, String declared) {
        return new DuetException(source + ": " + (declared == null ? "" : "the page declares " + declared + " but ")
                + "its bytes are not text in any encoding Duet knows (UTF-8, GB18030, Big5); give the encoding with --encoding or save the page as UTF-8");
    }
}
