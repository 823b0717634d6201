package press.duet.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Words for file-system errors that a user can act on ("permission denied", not a class name). */
public final class IoErrors {
    private IoErrors() {
    }

    /**
     * The input or output error behind an unchecked exception, if there is one: libraries wrap them
     * (OpenPDF's ExceptionConverter keeps it apart from the cause, which {@code getException} returns).
     */
    public static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null && t.getCause() != t) {
            return t.getCause();
        }
        if (t instanceof org.openpdf.text.ExceptionConverter converter) {
            return converter.getException();
        }
        return null;
    }

    public static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null
                && !(e instanceof AccessDeniedException) && !(e instanceof NoSuchFileException)) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return switch (e.getClass().getSimpleName()) {
            case "AccessDeniedException" -> "permission denied";
            case "NoSuchFileException" -> "no such file or folder";
            case "NotDirectoryException" -> "not a folder";
            case "FileSystemException", "FileAlreadyExistsException" -> e.getMessage();
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : lowerFirst(e.getMessage());
        };
    }

    /** "No space left on device" as the file-system errors put it: "no space left on device". */
    private static String lowerFirst(String message) {
        return message.isEmpty() || Character.isUpperCase(message.charAt(1 % message.length()))
                ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
