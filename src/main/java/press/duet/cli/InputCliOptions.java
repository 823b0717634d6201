package press.duet.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine.Option;
import press.duet.BuildRequest;
import press.duet.report.DuetException;

/** The command-line options about reading the inputs. */
@picocli.CommandLine.Command
final class InputCliOptions {
    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of the inputs, for example GB18030 or Big5 (default: UTF-8, or as the byte-order mark says).")
    String encoding;

    void applyTo(BuildRequest.Builder request) {
        request.encoding(charset());
    }

    private Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new DuetException("--encoding: unknown encoding '" + encoding + "'");
        }
    }
}
