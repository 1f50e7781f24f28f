package dev.shellbook.session;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.EvalException;

/**
 * Turns an exception from the execution JVM into a {@link Failure}: the lesson line it came from and a short
 * stack excerpt (the library frames that threw, then the lesson's own frames), never a raw stack trace.
 */
final class Frames {

    static final int LIBRARY_FRAMES = 2;
    static final int LESSON_FRAMES = 5;

    private Frames() {
    }

    /** The failure for {@code e}; {@code fallback} is the snippet's own place when no frame maps. */
    static Failure failure(EvalException e, SnippetPlaces places, Origin fallback) {
        StackTraceElement[] frames = e.getStackTrace();
        int first = firstLessonFrame(frames, places);
        Origin where = first < 0 ? fallback : places.frame(frames[first]);
        String className = e.getExceptionClassName();
        return new Failure(simpleName(className), className, message(e), where.file(), where.line(),
                excerpt(frames, first, places));
    }

    /** {@code java.lang.IllegalArgumentException} → {@code IllegalArgumentException}. */
    static String simpleName(String className) {
        return className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
    }

    private static String message(EvalException e) {
        String message = e.getMessage();
        if (e.getCause() instanceof EvalException cause) {
            String because = simpleName(cause.getExceptionClassName())
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            return message == null ? "caused by " + because : message + " (caused by " + because + ")";
        }
        return message;
    }

    private static int firstLessonFrame(StackTraceElement[] frames, SnippetPlaces places) {
        for (int i = 0; i < frames.length; i++) {
            if (places.frame(frames[i]) != null) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> excerpt(StackTraceElement[] frames, int first, SnippetPlaces places) {
        List<String> lines = new ArrayList<>();
        int libraryEnd = first < 0 ? Math.min(frames.length, LIBRARY_FRAMES) : first;
        for (int i = Math.max(0, libraryEnd - LIBRARY_FRAMES); i < libraryEnd; i++) {
            lines.add(library(frames[i]));
        }
        for (int i = Math.max(first, 0); first >= 0 && i < frames.length && lines.size() < LIBRARY_FRAMES
                + LESSON_FRAMES; i++) {
            Origin place = places.frame(frames[i]);
            if (place != null) {
                lines.add(method(frames[i].getMethodName()) + " (" + place + ")");
            }
        }
        return lines;
    }

    private static String library(StackTraceElement frame) {
        String where = frame.getFileName() == null ? "?" : frame.getFileName() + ":" + frame.getLineNumber();
        return simpleName(frame.getClassName()) + "." + frame.getMethodName() + " (" + where + ")";
    }

    private static String method(String name) {
        if (name.isEmpty() || name.contains("do_it$")) {
            return name.startsWith("lambda$") ? "lambda in cell" : "cell";
        }
        return name.startsWith("lambda$") ? "lambda in " + name.split("\\$")[1] : name;
    }
}
