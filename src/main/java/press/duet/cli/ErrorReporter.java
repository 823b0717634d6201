package press.duet.cli;

import picocli.CommandLine;
import press.duet.report.DuetException;
import press.duet.report.UsageException;

/**
 * Turns a failure into one line on standard error and an exit code from {@link ExitCode}: the user's
 * problems name the file and place; Duet's own bugs say so. A stack trace only with {@code --debug}.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        boolean debug = parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))
                || parseResult.hasMatchedOption("--debug");
        var err = commandLine.getErr();
        int exit;
        if (e instanceof UsageException) {
            err.println("duet: " + e.getMessage() + " (see 'duet " + commandLine.getCommandName() + " --help')");
            exit = ExitCode.USAGE;
        } else if (e instanceof DuetException) {
            err.println("duet: " + oneLine(e.getMessage()));
            exit = ExitCode.INPUT_OUTPUT;
        } else {
            err.println("duet: internal error: " + oneLine(e.toString())
                    + (debug ? "" : " (run again with --debug for details)"));
            exit = ExitCode.INTERNAL;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        return exit;
    }

    /** A file name may hold a line break; the message stays one line all the same. */
    static String oneLine(String message) {
        return message == null ? "" : message.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r");
    }
}
