package dev.shellbook.export;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON as Jupyter writes notebooks ({@code json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False)}):
 * keys sorted, one space per level, non-ASCII text as it is. Values are maps, lists, strings, numbers,
 * booleans and {@code null}.
 */
final class Json {
    private Json() {}

    /** The value as JSON text, ending in a newline. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            object(out, map, depth);
        } else if (value instanceof List<?> list) {
            array(out, list, depth);
        } else if (value instanceof String s) {
            string(out, s);
        } else {
            out.append(value); // numbers, booleans, null
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(k.toString(), v));
        int i = 0;
        for (Map.Entry<String, Object> e : sorted.entrySet()) {
            out.append(" ".repeat(depth + 1));
            string(out, e.getKey());
            out.append(": ");
            write(out, e.getValue(), depth + 1);
            out.append(++i < sorted.size() ? ",\n" : "\n");
        }
        out.append(" ".repeat(depth)).append('}');
    }

    private static void array(StringBuilder out, List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            out.append(" ".repeat(depth + 1));
            write(out, list.get(i), depth + 1);
            out.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        out.append(" ".repeat(depth)).append(']');
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        out.append('"');
    }
}
