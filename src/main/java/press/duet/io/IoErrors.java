package press.duet.io;

import java.io.IOException;

/** Words for file-system errors that a user can act on ("permission denied", not a class name). */
public final class IoErrors {
    private IoErrors() {
    }

    public static String describe(IOException e) {
        return switch (e.getClass().getSimpleName()) {
            case "AccessDeniedException" -> "permission denied";
            case "NoSuchFileException" -> "no such file or folder";
            case "NotDirectoryException" -> "not a folder";
            case "FileSystemException", "FileAlreadyExistsException" -> e.getMessage();
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
