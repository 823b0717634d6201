package press.duet.report;

/**
 * A problem the user can fix, such as a missing file or undecodable bytes. Its message is one line
 * that names the file and the place, written to be printed as it is.
 */
public class DuetException extends RuntimeException {
    public DuetException(String message) {
        super(message);
    }

    public DuetException(String message, Throwable cause) {
        super(message, cause);
    }
}
