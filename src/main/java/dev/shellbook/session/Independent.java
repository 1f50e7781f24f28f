package dev.shellbook.session;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a line the learner typed can run while a checkpoint is still being restored: it names nothing the
 * restore has yet to declare. Until the restore's imports are in, only a line that names nothing at all
 * ({@code 6*7}) qualifies, since any class name might come from one of those imports.
 */
public final class Independent {
    private static final Pattern QUOTED = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'"
            + "|//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("(?<![\\w$.])[A-Za-z_$][\\w$]*");
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "var", "true", "false", "null", "record", "yield");

    private final Set<String> pending;
    private volatile boolean importsIn;

    /** @param pending every name the restore declares: variables, methods, classes, single-type imports */
    Independent(Collection<String> pending) {
        this.pending = Set.copyOf(pending);
    }

    /** From now on the restore's imports are in the session. */
    void importsIn() {
        importsIn = true;
    }

    /** {@code true} when {@code line} can run now without depending on, or changing, what is being restored. */
    public boolean test(String line) {
        Set<String> names = names(line);
        return names.isEmpty() || importsIn && Collections.disjoint(names, pending);
    }

    /** The names {@code code} uses or declares: identifiers not after a dot, outside strings and comments. */
    static Set<String> names(String code) {
        Matcher m = NAME.matcher(QUOTED.matcher(code).replaceAll(" "));
        Set<String> names = new TreeSet<>();
        while (m.find()) {
            if (!KEYWORDS.contains(m.group())) {
                names.add(m.group());
            }
        }
        return names;
    }
}
