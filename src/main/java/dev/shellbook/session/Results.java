package dev.shellbook.session;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import dev.shellbook.session.SnippetResult.Status;

/** Turns JShell's events for one snippet into a {@link SnippetResult} with lesson positions and a message. */
final class Results {

    private Results() {
    }

    /** The result of evaluating {@code piece}; {@code events} are those of {@code engine.eval}. */
    static SnippetResult of(Engine engine, Piece piece, List<SnippetEvent> events, String output, boolean stopped) {
        List<SnippetEvent> own = events.stream().filter(e -> e.causeSnippet() == null).toList();
        own.forEach(e -> engine.places().put(e.snippet().id(), piece.file(), piece.line()));
        if (stopped) {
            return plain(piece, Status.STOPPED, output, place(piece) + ": stopped (Ctrl-C).");
        }
        if (own.isEmpty()) {
            return plain(piece, Status.REJECTED, output, place(piece) + ": JShell did not run this code.");
        }
        for (SnippetEvent event : own) {
            if (event.exception() != null) {
                return exception(engine, piece, event, output);
            }
            if (event.status() == Snippet.Status.REJECTED) {
                return rejected(engine.shell(), piece, event, output);
            }
        }
        return ok(engine.shell(), piece, own.get(own.size() - 1), output);
    }

    private static SnippetResult ok(JShell shell, Piece piece, SnippetEvent event, String output) {
        Snippet snippet = event.snippet();
        boolean shows = snippet instanceof VarSnippet || snippet instanceof ExpressionSnippet;
        String name = snippet instanceof DeclarationSnippet d ? d.name()
                : snippet instanceof ExpressionSnippet e ? e.name() : null;
        return new SnippetResult(piece.source(), piece.file(), piece.line(), Status.OK,
                shows ? event.value() : null, name, output, List.of(), null, note(shell, snippet));
    }

    private static String note(JShell shell, Snippet snippet) {
        if (!(snippet instanceof DeclarationSnippet d) || shell.status(d) != Snippet.Status.RECOVERABLE_DEFINED) {
            return "";
        }
        return unusable(shell, d) + ".";
    }

    /** {@code f cannot be used until g, h is declared}: what a recoverably defined snippet still lacks. */
    private static String unusable(JShell shell, DeclarationSnippet d) {
        String missing = shell.unresolvedDependencies(d).collect(Collectors.joining(", "));
        return d.name() + " cannot be used until " + missing + " is declared";
    }

    private static SnippetResult rejected(JShell shell, Piece piece, SnippetEvent event, String output) {
        List<Diagnostic> diagnostics = shell.diagnostics(event.snippet())
                .map(d -> diagnostic(piece, event.snippet().source(), d)).toList();
        Diagnostic error = diagnostics.stream().filter(Diagnostic::error).findFirst().orElse(null);
        if (error == null) {
            return plain(piece, Status.REJECTED, output, place(piece) + ": JShell rejected this code.");
        }
        return new SnippetResult(piece.source(), piece.file(), piece.line(), Status.COMPILE_ERROR, null, null,
                output, diagnostics, null, error.toString());
    }

    private static Diagnostic diagnostic(Piece piece, String source, jdk.jshell.Diag d) {
        long position = d.getPosition() >= 0 ? d.getPosition() : Math.max(d.getStartPosition(), 0);
        int[] at = Piece.lineAndColumn(source, position);
        return new Diagnostic(piece.file(), piece.firstLine() + at[0], at[1], d.getMessage(Locale.ROOT),
                d.isError());
    }

    private static SnippetResult exception(Engine engine, Piece piece, SnippetEvent event, String output) {
        Failure failure = event.exception() instanceof EvalException e
                ? Frames.failure(e, engine.places(), new Origin(piece.file(), piece.line()))
                : unresolved(engine.shell(), piece, (UnresolvedReferenceException) event.exception());
        return new SnippetResult(piece.source(), piece.file(), piece.line(), Status.EXCEPTION, null,
                null, output, List.of(), failure, failure.summary());
    }

    private static Failure unresolved(JShell shell, Piece piece, UnresolvedReferenceException e) {
        return new Failure("UnresolvedReferenceException", UnresolvedReferenceException.class.getName(),
                unusable(shell, e.getSnippet()), piece.file(), piece.line(), List.of());
    }

    private static SnippetResult plain(Piece piece, Status status, String output, String message) {
        return new SnippetResult(piece.source(), piece.file(), piece.line(), status, null, null, output,
                List.of(), null, message);
    }

    private static String place(Piece piece) {
        return piece.file() + ":" + piece.line();
    }
}
