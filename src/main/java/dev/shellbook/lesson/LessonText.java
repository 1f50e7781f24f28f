package dev.shellbook.lesson;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a lesson file as UTF-8; a byte that is not UTF-8 is reported at its line, not as a decoder's message. */
final class LessonText {
    private LessonText() {}

    /**
     * The text of {@code file}.
     *
     * @throws LessonFormatException naming the line of the first byte that is not UTF-8
     */
    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new LessonFormatException(file, lineOf(bytes, at), String.format("this file is not UTF-8 (byte"
                    + " 0x%02X on this line). Save it as UTF-8 in your editor and try again.", bytes[at] & 0xff));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }
}
