package dev.shellbook.session;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Iterator;

/**
 * Turns a snippet's value into the text the learner sees; runs in the execution JVM.
 *
 * <p>Like jshell (strings and chars quoted and escaped), but bounded: EJML matrices show their shape and a few
 * rows and columns, Tablesaw tables their first rows, arrays and collections their first elements, and any
 * other text is capped. A 60000×784 matrix's full {@code toString()} is never called.
 */
final class ValueDisplay {

    static final int MAX_CHARS = 4000;
    static final int MAX_LINES = 40;
    static final int MAX_STRING = 300;
    static final int MAX_ELEMENTS = 50;

    private ValueDisplay() {
    }

    /** The display text of {@code value}. */
    static String of(Object value) {
        if (value == null) {
            return "null";
        }
        String special = special(value);
        if (special != null) {
            return special;
        }
        if (value instanceof CharSequence text) {
            return Quoting.string(text.toString(), MAX_STRING);
        }
        if (value instanceof Character c) {
            return Quoting.character(c);
        }
        return cap(plain(value));
    }

    /** One line for lists and variable tables: the first line of the display, at most {@code width} chars. */
    static String oneLine(Object value, int width) {
        return firstLine(of(value), width);
    }

    /** The first line of {@code text} ({@code " …"} marks more), at most {@code width} chars. */
    static String firstLine(String text, int width) {
        int newline = text.indexOf('\n');
        String first = newline < 0 ? text : text.substring(0, newline) + " …";
        return first.length() <= width ? first : first.substring(0, width - 1) + "…";
    }

    private static String plain(Object value) {
        if (value.getClass().isArray()) {
            return array(value);
        }
        if (value instanceof Collection<?> collection) {
            return collection(collection);
        }
        return String.valueOf(value);
    }

    private static String special(Object value) {
        try {
            String matrix = MatrixDisplay.of(value);
            return matrix != null ? matrix : TableDisplay.of(value);
        } catch (LinkageError missingLibrary) {
            return null;
        }
    }

    private static String array(Object array) {
        int length = Array.getLength(array);
        String type = array.getClass().getComponentType().getSimpleName();
        StringBuilder text = new StringBuilder(brackets(type, length)).append(" { ");
        for (int i = 0; i < Math.min(length, MAX_ELEMENTS); i++) {
            text.append(i == 0 ? "" : ", ").append(element(Array.get(array, i)));
        }
        return text.append(length > MAX_ELEMENTS ? ", … (" + length + " in all) }" : " }").toString();
    }

    private static String brackets(String componentType, int length) {
        int nested = componentType.indexOf('[');
        return nested < 0 ? componentType + "[" + length + "]"
                : componentType.substring(0, nested) + "[" + length + "]" + componentType.substring(nested);
    }

    private static String collection(Collection<?> collection) {
        StringBuilder text = new StringBuilder("[");
        Iterator<?> items = collection.iterator();
        for (int i = 0; i < MAX_ELEMENTS && items.hasNext(); i++) {
            text.append(i == 0 ? "" : ", ").append(element(items.next()));
        }
        int size = collection.size();
        return text.append(size > MAX_ELEMENTS ? ", … (" + size + " in all)]" : "]").toString();
    }

    private static String element(Object value) {
        if (value != null && (value.getClass().isArray() || value instanceof Collection)) {
            return plain(value);
        }
        return oneLine(value, 200);
    }

    /** Caps text at {@link #MAX_LINES} lines and {@link #MAX_CHARS} characters, saying what was cut. */
    static String cap(String text) {
        int newline = -1;
        for (int lines = 0; lines < MAX_LINES; lines++) {
            newline = text.indexOf('\n', newline + 1);
            if (newline < 0) {
                break;
            }
        }
        int cut = Math.min(newline < 0 ? text.length() : newline, MAX_CHARS);
        return cut >= text.length() ? text
                : text.substring(0, cut) + " … (" + text.length() + " chars in all)";
    }
}
