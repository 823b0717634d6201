package press.duet.structure;

import java.util.regex.Pattern;

/**
 * The pinyin readings a character converter leaves in a page: some Simplified-to-Traditional converters
 * write a character they map uncertainly with its reading in brackets after it ("總統(tǒng)", "會(huì)"). The
 * text keeps them, as the page prints them; a search for words of the text (an office, a name) reads the
 * text without them.
 *
 * <pre>{@code
 * ConverterReadings.without("美國總統(tǒng)林秋在峰會上的講話"); // "美國總統林秋在峰會上的講話"
 * }</pre>
 */
final class ConverterReadings {
    /** One pinyin syllable with its tone mark, in brackets right after a Han character. */
    private static final Pattern READING = Pattern.compile(
            "(?<=\\p{IsHan})[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]");

    private ConverterReadings() {
    }

    /** The text without the readings after its characters; the text itself when it has none. */
    static String without(String text) {
        return READING.matcher(text).replaceAll("");
    }
}
