package press.duet.realtexts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a text's inputs in a legacy encoding (GB18030, GBK, Big5, CP950, Big5-HKSCS …), encoded
 * strictly from the UTF-8 originals, into {@code <root>/<charset>/<id>/} under the same file names,
 * so that the folder and file names, which may give a title, stay the same.
 */
final class EncodingVariants {
    private EncodingVariants() {
    }

    static List<Path> write(RealText text, Charset charset, Path root) {
        Path folder = root.resolve(charset.name()).resolve(text.id());
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (Path input : text.inputs()) {
                String content = Files.readString(input, StandardCharsets.UTF_8);
                Path target = folder.resolve(input.getFileName().toString());
                Files.write(target, encode(content, charset, input));
                written.add(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot write the " + charset + " variant", e);
        }
        return written;
    }

    private static byte[] encode(String content, Charset charset, Path input) {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(content));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(input + ": cannot be written in " + charset + " ("
                    + firstUnmappable(content, charset) + "); name another encoding in meta.properties", e);
        }
    }

    private static String firstUnmappable(String content, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (!encoder.canEncode(ch)) {
                return "U+" + Integer.toHexString(cp).toUpperCase() + " " + ch + " at character " + i;
            }
            i += Character.charCount(cp);
        }
        return "a character it lacks";
    }
}
