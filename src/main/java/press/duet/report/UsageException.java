package press.duet.report;

/**
 * A value the command line gave that Duet cannot use ({@code --font-size NaN}, {@code --format ,}):
 * a usage error, exit code 2, where other {@link DuetException}s are input or output errors. Its
 * message starts with the option's name.
 */
public class UsageException extends DuetException {
    public UsageException(String message) {
        super(message);
    }
}
