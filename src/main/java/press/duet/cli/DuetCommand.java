package press.duet.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code duet} command line: subcommands for each task, with one exit code per kind of outcome.
 *
 * <pre>{@code
 * duet build book.txt -o output --format epub,pdf
 * }</pre>
 */
@Command(name = "duet",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Publishes Chinese–English parallel texts (中英对照) as EPUB 3 e-books and print-ready PDFs.",
        subcommands = {BuildCommand.class, InspectCommand.class, PreviewCommand.class, CommandLine.HelpCommand.class})
public final class DuetCommand implements Runnable {
    /** A problem with the input or output the user can fix: a missing file, bad bytes, an unwritable folder. */
    public static final int EXIT_USER_ERROR = ExitCode.INPUT_OUTPUT;
    /** The command line itself was wrong. */
    public static final int EXIT_USAGE = ExitCode.USAGE;
    /** A bug in Duet. */
    public static final int EXIT_INTERNAL_ERROR = ExitCode.INTERNAL;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code; for tests and embedding. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new DuetCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setParameterExceptionHandler((e, a) -> {
            String command = ("duet " + e.getCommandLine().getCommandName().replace("duet", "")).strip();
            err.println("duet: " + ErrorReporter.oneLine(e.getMessage()) + " (see '" + command + " --help')");
            return EXIT_USAGE;
        });
        commandLine.getCommandSpec().usageMessage().footer(ExitCode.TABLE);
        commandLine.getSubcommands().values()
                .forEach(sub -> sub.getCommandSpec().usageMessage().footer(ExitCode.TABLE));
        return commandLine.execute(args);
    }
}
