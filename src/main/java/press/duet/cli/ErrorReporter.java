package press.duet.cli;

import picocli.CommandLine;
import press.duet.report.DuetException;

/**
 * Turns a failure into one line on standard error and an exit code: the user's problems name the file
 * and place; Duet's own bugs say so. A stack trace only with {@code --debug}.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        boolean debug = parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))
                || parseResult.hasMatchedOption("--debug");
        var err = commandLine.getErr();
        if (e instanceof DuetException) {
            err.println("duet: " + e.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            return DuetCommand.EXIT_USER_ERROR;
        }
        err.println("duet: internal error: " + e + (debug ? "" : " (run again with --debug for details)"));
        if (debug) {
            e.printStackTrace(err);
        }
        return DuetCommand.EXIT_INTERNAL_ERROR;
    }
}
