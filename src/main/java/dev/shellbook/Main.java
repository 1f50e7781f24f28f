package dev.shellbook;

import dev.shellbook.shell.CourseOptions;
import dev.shellbook.shell.ListCommand;
import dev.shellbook.shell.RunCommand;
import dev.shellbook.shell.ShellCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The command line: {@code shellbook [lesson]} starts the interactive shell; subcommands run lessons in batch,
 * list them, and more. Adding a subcommand is one line in {@code subcommands} below.
 */
@Command(name = "shellbook", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Step through the lessons in one live JShell session, cell by cell.",
                "Without a subcommand, starts the shell where you left off (or at the lesson you name)."},
        subcommands = {
            ShellCommand.class,
            RunCommand.class,
            ListCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Main implements Callable<Integer> {
    @Mixin
    CourseOptions course;

    @Parameters(arity = "0..1", paramLabel = "<lesson>",
            description = "Lesson to open: its number (3) or part of its name (softmax).")
    String lesson;

    @Override
    public Integer call() {
        return new ShellCommand(course, lesson).call();
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
