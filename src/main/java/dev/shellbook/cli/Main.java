package dev.shellbook.cli;

import dev.shellbook.lesson.EditDistance;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code shellbook [lesson]} starts the interactive shell; subcommands run lessons in batch,
 * list them, and more. Adding a subcommand is one line in {@code subcommands} below.
 */
@Command(name = "shellbook", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Step through the lessons in one live JShell session, cell by cell.",
                "Without a subcommand, starts the shell where you left off (or at the lesson you name)."},
        subcommands = {
            ShellCommand.class,
            WatchCommand.class,
            RunCommand.class,
            ListCommand.class,
            ProgressCommand.class,
            VerifyCommand.class,
            RenderCommand.class,
            MnistCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Main implements Callable<Integer> {
    @Mixin
    CourseOptions course;

    @Parameters(arity = "0..1", paramLabel = "<lesson>",
            description = "Lesson to open: its number (3) or part of its name (softmax).")
    String lesson;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            return new ShellCommand(course, lesson).call();
        } catch (IllegalArgumentException e) {
            String near = nearestCommand(lesson);
            if (near == null || e.getMessage() == null || !e.getMessage().startsWith("no lesson matches")) {
                throw e;
            }
            throw new IllegalArgumentException(e.getMessage() + " Did you mean ./shellbook " + near
                    + "? Type ./shellbook --help for the commands.", e);
        }
    }

    /** The subcommand within two typos of {@code word}, or {@code null}. */
    private String nearestCommand(String word) {
        if (word == null) {
            return null;
        }
        return spec.subcommands().keySet().stream().filter(c -> EditDistance.between(word, c) <= 2)
                .min(Comparator.comparingInt(c -> EditDistance.between(word, c))).orElse(null);
    }

    /** The configured command line (tests drive it too). */
    public static CommandLine commandLine() {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return new CommandLine(new Main()).setOut(out).setErr(err).setExecutionExceptionHandler(new Failures());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"Shellbook " + (v == null ? "(development build)" : v) + ", Java "
                    + Runtime.version()};
        }
    }

    /** Any error reaching the top: one line saying what went wrong, never a stack trace. */
    static final class Failures implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            cmd.getErr().println("shellbook: " + message);
            if (Boolean.getBoolean("shellbook.debug")) {
                e.printStackTrace(cmd.getErr());
            }
            return 1;
        }
    }
}
