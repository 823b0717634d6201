package press.duet.text;

/**
 * How a paragraph may hyphenate: the patterns to find the points with and the width of the hyphen
 * drawn at a line's end, in the unit of the paragraph's advances.
 */
public record Hyphenation(Hyphenator hyphenator, float hyphenWidth) {
}
