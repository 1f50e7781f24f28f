package dev.shellbook.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.ImportSnippet;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;
import dev.shellbook.session.Checkpoint.Form;
import dev.shellbook.session.Checkpoint.Kind;
import dev.shellbook.session.Checkpoint.Line;

/**
 * Writes a checkpoint of an engine's state, and restores one into a fresh engine.
 *
 * <p>Restoring declares the imports, methods and classes again (compiling, running nothing), reads the values
 * back, and declares each variable with its saved value. A variable whose value holds a lambda cannot be saved;
 * it is rebuilt by running again the snippets that mention it, after which every restored variable must still
 * serialize to its saved bytes, or the restore fails (and the caller replays instead).
 */
final class Checkpoints {

    private static final String API = "dev.shellbook.session.Snapshot.";

    private Checkpoints() {
    }

    /** Saves {@code engine}'s variables and {@code journal}'s cells at {@code meta}; throws when it cannot. */
    static void save(Engine engine, Journal journal, Path meta, Map<String, String> key) throws IOException {
        List<Line> script = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Snippet s : live(engine)) {
            Line line = engine.originals().getOrDefault(s.id(), line(engine, s));
            script.add(line);
            if (line.kind() == Kind.VAR) {
                names.add(line.name());
            }
        }
        names.sort(null); // one order for the same variables, however they were declared
        Path values = Checkpoint.values(meta).toAbsolutePath();
        run(engine, API + "save(" + quote(values.toString()) + ", new String[] {" + names.stream()
                .map(Checkpoints::quote).collect(Collectors.joining(", ")) + "}, new Object[] {"
                + String.join(", ", names) + "});");
        Snapshot.Contents contents = Checkpoint.read(Snapshot.contentsOf(values), Snapshot.Contents.class);
        new Checkpoint(key, journal.cells().stream().map(Checkpoint.Cell::of).toList(), script, contents)
                .write(meta);
    }

    /** Restores {@code saved} (described at {@code meta}) into a fresh {@code engine}; throws if it cannot. */
    static void restore(Engine engine, Checkpoint saved, Path meta, Session.Between between) throws IOException {
        Snapshot.Contents contents = saved.contents();
        Independent independent = new Independent(pending(saved.script()));
        Runnable pause = () -> between.run(independent::test);
        pause.run();
        // imports and classes first (the values' types); methods after the variables they mention, since
        // JShell compiles a method again each time a variable it mentions is declared after it
        for (Line line : saved.script()) {
            boolean had = line.kind() == Kind.IMPORT && engine.imported(line.form().source());
            if (!had && (line.kind() == Kind.IMPORT || line.kind() == Kind.TYPE)) {
                replay(engine, line.form());
                pause.run();
            }
        }
        independent.importsIn();
        // one snippet (each costs a compile): open the values, name the session's classes, read them all
        StringBuilder read = new StringBuilder("{ " + API + "open(" + quote(Checkpoint.values(meta)
                .toAbsolutePath().toString()) + ", " + contents.crc() + "L, " + contents.size() + "L); ");
        for (String type : contents.types()) {
            read.append(API).append("type(").append(quote(type)).append(", ").append(type).append(".class); ");
        }
        run(engine, read.append(API).append("read(); }").toString());
        List<String> restored = contents.restored();
        Pattern rebuilt = mentions(contents.rebuilt());
        for (Line line : saved.script()) {
            if (line.kind() == Kind.VAR && restored.contains(line.name()) && !rerun(line, rebuilt)) {
                run(engine, line.type() + " " + line.name() + " = " + API + "take(" + quote(line.name()) + ");");
                remember(engine, line);
                pause.run();
            }
        }
        for (Line line : saved.script()) {
            if (line.kind() == Kind.METHOD) {
                replay(engine, line.form());
                pause.run();
            }
        }
        if (!contents.rebuilt().isEmpty()) {
            rebuild(engine, saved.script(), contents.rebuilt(), rebuilt);
            run(engine, "{ " + API + "verify(new Object[] {" + String.join(", ", restored) + "}); " + API
                    + "close(); }");
        } else {
            run(engine, API + "close();");
        }
    }

    /**
     * Runs again the declarations of {@code names} and every statement or expression that mentions one of them,
     * in order; an expression's value goes back into its {@code $n}.
     */
    private static void rebuild(Engine engine, List<Line> script, List<String> names, Pattern mention)
            throws IOException {
        for (Line line : script) {
            boolean own = line.kind() == Kind.VAR && names.contains(line.name());
            if (own || line.kind() == Kind.CODE && mention.matcher(line.form().source()).find()) {
                replay(engine, line.form());
            } else if (rerun(line, mention)) {
                Form f = line.form();
                replay(engine, !line.temporary() ? f : new Form(line.type() + " " + line.name() + " = "
                        + f.source().strip() + ";", f.file(), f.line(), f.line()));
                remember(engine, line);
            }
        }
    }

    /** The names a restore declares: its variables, methods and classes, and the classes it imports by name. */
    private static List<String> pending(List<Line> script) {
        List<String> names = new ArrayList<>();
        for (Line line : script) {
            if (line.name() != null) {
                names.add(line.name());
            } else if (line.kind() == Kind.IMPORT) {
                String source = line.form().source().strip().replaceFirst(";$", "").strip();
                names.add(source.substring(source.lastIndexOf('.') + 1));
            }
        }
        return names;
    }

    /** {@code true} for a variable whose initializer may change a variable being rebuilt. */
    private static boolean rerun(Line line, Pattern mention) {
        return line.kind() == Kind.VAR && mention.matcher(line.form().source()).find();
    }

    /**
     * Notes that the snippet just run stands for {@code line}, so a checkpoint of this session keeps the original
     * code and not the restore's ({@code take(…)}): a later restore may need to run it again.
     */
    private static void remember(Engine engine, Line line) {
        engine.shell().snippets().reduce((a, b) -> b).ifPresent(s -> engine.originals().put(s.id(), line));
    }

    /**
     * Where code may change one of {@code names}: a method called on it ({@code curves.put(…)}) or an assignment
     * to it or into it ({@code f = …}, {@code fs[0] = …}). Passing it as an argument ({@code Charts.function(…,
     * curves)}) is taken not to change it; the restored variables are checked afterwards either way.
     */
    private static Pattern mentions(List<String> names) {
        return Pattern.compile(names.isEmpty() ? "(?!)" : "(?<![\\w$.])(" + names.stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")\\s*(\\.|=(?!=)|\\[[^\\]]*\\]\\s*=(?!=)|\\+\\+|--|[-+*/]=)");
    }

    /** The session's live snippets in order, without the engine's own set-up and checkpoint calls. */
    private static List<Snippet> live(Engine engine) {
        return engine.shell().snippets().skip(engine.setupSnippets())
                .filter(s -> engine.shell().status(s).isActive()
                        && !s.source().strip().replaceFirst("^\\{\\s*", "").startsWith(API))
                .toList();
    }

    private static Line line(Engine engine, Snippet s) {
        Form form = form(engine, s);
        if (s instanceof ImportSnippet) {
            return new Line(Kind.IMPORT, null, null, form, false);
        } else if (s instanceof MethodSnippet m) {
            return new Line(Kind.METHOD, m.name(), null, form, false);
        } else if (s instanceof TypeDeclSnippet t) {
            return new Line(Kind.TYPE, t.name(), null, form, false);
        } else if (s instanceof VarSnippet v) {
            return new Line(Kind.VAR, v.name(), v.typeName(), form,
                    v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND);
        }
        return new Line(Kind.CODE, null, null, form, false);
    }

    /** The snippet with the place it came from, so errors in restored methods still name the lesson line. */
    private static Form form(Engine engine, Snippet s) {
        Origin at = engine.places().start(s.id());
        String source = s.source();
        int lead = (int) source.substring(0, Piece.firstToken(source)).chars().filter(c -> c == '\n').count();
        return at == null ? new Form(source, Origin.INPUT.file().toString(), 1, 1 + lead)
                : new Form(source, at.file().toString(), Math.max(1, at.line() - lead), at.line());
    }

    /** With {@code -Dshellbook.trace.restore=true}: each restore snippet's milliseconds on stderr. */
    private static final boolean TRACE = Boolean.getBoolean("shellbook.trace.restore");

    private static void replay(Engine engine, Form form) throws IOException {
        long start = System.nanoTime();
        check(CellRunner.run(engine, List.of(form.piece()), OutputSink.DISCARD, () -> false));
        trace(start, form.source());
    }

    private static void run(Engine engine, String code) throws IOException {
        long start = System.nanoTime();
        check(CellRunner.run(engine, List.of(new Piece(code, Origin.INPUT.file(), 1, 1)), OutputSink.DISCARD,
                () -> false));
        trace(start, code);
    }

    private static void trace(long start, String code) {
        if (TRACE) {
            System.err.printf("restore %5.0f ms %s%n", (System.nanoTime() - start) / 1e6,
                    code.strip().lines().findFirst().orElse(""));
        }
    }

    private static void check(List<SnippetResult> results) throws IOException {
        for (SnippetResult r : results) {
            if (!r.ok()) {
                throw new IOException(r.message().isEmpty() ? r.status().toString() : r.message());
            }
        }
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
