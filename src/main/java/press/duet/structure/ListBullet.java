package press.duet.structure;

import java.util.regex.Pattern;

/**
 * The bullet a page puts before each item of a list ("• 中國媒體…", "● The …"): a mark of layout, not
 * of the text, which a parallel edition sets as paragraphs of its own. A middle dot (·) is no bullet:
 * it joins the parts of a transcribed name.
 */
final class ListBullet {
    private static final Pattern BULLET = Pattern.compile("^[•●◦▪■◆◇□○►▸‣⁃](?:\\s*[•●◦▪■◆◇□○►▸‣⁃])*\\s*(?=\\S)");

    private ListBullet() {
    }

    /** The line without its opening bullet, or the line itself when it has none (or is nothing but one). */
    static String strip(String line) {
        // The pattern is anchored at the line's start on a bullet: any other first character (nearly
        // every line) is no match, and replaceFirst would give the line itself.
        if (line.isEmpty() || BULLETS.indexOf(line.charAt(0)) < 0) {
            return line;
        }
        return BULLET.matcher(line).replaceFirst("");
    }

    /** The bullets of {@link #BULLET}, one of which its match opens with. */
    private static final String BULLETS = "•●◦▪■◆◇□○►▸‣⁃";
}
