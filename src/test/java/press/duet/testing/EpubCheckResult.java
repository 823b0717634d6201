package press.duet.testing;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.DefaultReportImpl;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs EPUBCheck on a file and keeps every fatal error, error and warning it reports, with its place. */
public final class EpubCheckResult {
    private final List<String> fatals = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private EpubCheckResult() {
    }

    public static EpubCheckResult of(Path epub) {
        EpubCheckResult result = new EpubCheckResult();
        DefaultReportImpl report = new DefaultReportImpl(epub.toString()) {
            @Override
            public void message(Message message, EPUBLocation location, Object... args) {
                String line = message.getID() + " " + location.path + ":" + location.line + " " + message.getMessage(args);
                Severity severity = message.getSeverity();
                if (severity == Severity.FATAL) {
                    result.fatals.add(line);
                } else if (severity == Severity.ERROR) {
                    result.errors.add(line);
                } else if (severity == Severity.WARNING) {
                    result.warnings.add(line);
                }
            }
        };
        new EpubCheck(epub.toFile(), report).doValidate();
        return result;
    }

    public List<String> fatals() {
        return fatals;
    }

    public List<String> errors() {
        return errors;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** Every problem in one list, for assertion messages. */
    public List<String> problems() {
        List<String> all = new ArrayList<>(fatals);
        all.addAll(errors);
        all.addAll(warnings);
        return all;
    }

    @Override
    public String toString() {
        return fatals.size() + " fatals / " + errors.size() + " errors / " + warnings.size() + " warnings " + problems();
    }
}
