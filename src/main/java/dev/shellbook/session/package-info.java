/**
 * The session engine: one live JShell session per learner, running lesson cells in a separate execution JVM.
 *
 * <p>{@link dev.shellbook.session.Session} is the entry point. It starts JShell with our own execution engine
 * ({@link dev.shellbook.session.EngineProvider}): a JVM launched under JDI like JShell's default one, but with
 * TCP_NODELAY on both ends of the command socket so a trivial step answers in milliseconds, not in Nagle delays,
 * and one frame per command on it ({@link dev.shellbook.session.Link}).
 * The execution JVM gets the project's class path, {@code -ea}, a configurable {@code -Xmx} and headless AWT.
 * Because user code runs in that JVM, Ctrl-C ({@link dev.shellbook.session.Session#stop()}) can interrupt tight
 * loops, and {@code System.exit}, out-of-memory deaths and crashes only cost that JVM: the session starts a new one
 * and replays the cells that had run ({@link dev.shellbook.session.Journal}: a cell whose replay kills the JVM
 * again, or whose thread killed it, is left out; Ctrl-C ends a replay).
 *
 * <p>Checkpoints ({@link dev.shellbook.session.Session#checkpoint}, {@link dev.shellbook.session.Session#restore})
 * save the variables' values from inside the execution JVM ({@link dev.shellbook.session.Snapshot}) so that a new
 * session gets them back without replaying; {@link dev.shellbook.session.CheckpointKeys} says what they depend on,
 * and a stale or damaged checkpoint is refused, never half-used. Between a restore's snippets the caller may run
 * the learner's lines that name nothing still to be restored ({@link dev.shellbook.session.Independent},
 * {@link dev.shellbook.session.Session.Between}), so a typed {@code 6*7} need not wait for the whole restore.
 *
 * <p>Values are turned into text inside the execution JVM ({@link dev.shellbook.session.Agent},
 * {@link dev.shellbook.session.ValueDisplay}) so that a 60000×784 EJML matrix shows as its shape and a small
 * excerpt and never as megabytes of {@code toString()}. Every result carries lesson-relative positions: compile
 * errors with file, line and column, exceptions with the lesson line they came from, and a one-line message
 * for the learner instead of a stack trace.
 *
 * {@link dev.shellbook.session.Shown} says what each snippet of a cell showed (printed text, the value worth
 * showing, the charts it saved) for the shell and the rendered pages alike.
 *
 * <p>This package uses {@code chart} only for {@link dev.shellbook.chart.ChartLine}; it must not depend on the
 * shell, exercise, render or cli packages.
 */
package dev.shellbook.session;
