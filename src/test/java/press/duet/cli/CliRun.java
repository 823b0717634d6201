package press.duet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the {@code duet} command line in the test's JVM: its exit code and what it printed. */
record CliRun(int exit, String out, String err) {
    static CliRun duet(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = DuetCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(exit, out.toString(), err.toString());
    }
}
