package press.duet.cli;

/**
 * Duet's exit codes, the same for every command (and listed in {@code --help} and the README):
 * <pre>
 *  0  done
 *  1  an input or output error the user can fix: a missing or undecodable file, a broken cover
 *     image or font, a full disk, an unwritable folder, a book too big for the memory given
 *  2  a usage error: an unknown option, or a value Duet cannot use (--font-size NaN, --format ,)
 * 70  an internal error: a bug in Duet (please report it, with the output of --debug)
 * </pre>
 */
final class ExitCode {
    static final int OK = 0;
    static final int INPUT_OUTPUT = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 70;

    /** The table as {@code --help} prints it. */
    static final String[] TABLE = {
        "Exit codes:",
        "   0  done",
        "   1  input or output error (missing or undecodable file, broken image or font, full disk, too big a book)",
        "   2  usage error (unknown option, or a value Duet cannot use)",
        "  70  internal error: a bug in Duet (run again with --debug and report it)"};

    private ExitCode() {
    }
}
