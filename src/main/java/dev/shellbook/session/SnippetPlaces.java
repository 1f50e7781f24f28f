package dev.shellbook.session;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each snippet came from, by JShell snippet id, so stack frames can be mapped back to lessons.
 *
 * <p>JShell names a snippet's frames' file {@code #12} (its id) and numbers lines from the snippet's first
 * line; a frame is therefore {@code place.line + frameLine - 1} in {@code place.file}.
 */
final class SnippetPlaces {

    private final Map<String, Origin> byId = new ConcurrentHashMap<>();

    /** Records that the snippet with {@code id} starts at {@code file:firstLine}. */
    void put(String id, Path file, int firstLine) {
        byId.put(id, new Origin(file, firstLine));
    }

    /** The lesson position of a stack frame, or {@code null} when it is not in a known snippet. */
    /** Where snippet {@code id}'s first token sits, or {@code null} when it was not placed. */
    Origin start(String id) {
        return byId.get(id);
    }

    Origin frame(StackTraceElement frame) {
        String file = frame.getFileName();
        if (file == null || !file.startsWith("#")) {
            return null;
        }
        Origin start = byId.get(file.substring(1));
        if (start == null) {
            return null;
        }
        return start.plusLines(Math.max(frame.getLineNumber(), 1) - 1);
    }
}
