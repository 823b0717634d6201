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
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
