package press.duet.cli;

import press.duet.report.UsageException;

/** Checks shared by the options: a value given must say something. */
final class OptionValues {
    private OptionValues() {
    }

    /** A text option given as "" or spaces is a usage error; not given (null) is fine. */
    static void notBlank(String option, String value) {
        if (value != null && value.isBlank()) {
            throw new UsageException(option + ": the value is empty");
        }
    }
}
