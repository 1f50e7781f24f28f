package dev.shellbook.cli;

import dev.shellbook.exercise.LessonReport;
import dev.shellbook.exercise.Verifier;
import dev.shellbook.exercise.VerifyReport;
import dev.shellbook.lesson.Lessons;
import dev.shellbook.session.SessionOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shellbook verify [lessons…] [--quick]}: every lesson runs, every blank fails, every reference passes. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Run every lesson end to end, and prove each exercise: its blank must fail a check and its"
                + " reference solution must pass them all; it needs a //TODO, a //HINT, a //SOLUTION and //CHECK"
                + " code.", "Exits with 1 when anything is wrong, naming the lesson file:line and exercise."})
public final class VerifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<lesson>", arity = "0..*",
            description = "Lessons to verify, by number (3), id or part of it (default: all).")
    List<String> keys = new ArrayList<>();

    @Mixin
    Options.Quick quick = new Options.Quick();

    @Mixin
    Options.Lessons lessons = new Options.Lessons();

    @Mixin
    Options.Charts charts = new Options.Charts();

    @Mixin
    Options.Data data = new Options.Data();

    @Option(names = "--heap", paramLabel = "<size>",
            description = "Session heap, as for -Xmx (default: ${DEFAULT-VALUE}).")
    String heap = "3g";

    @Option(names = "--timeout", paramLabel = "<seconds>",
            description = "Stop a step that runs longer than this (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = 600;

    @Option(names = "--show-output", description = "Also print what the lessons print.")
    boolean showOutput;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files;
        try {
            files = keys.isEmpty() ? Lessons.files(lessons.dir)
                    : keys.stream().map(k -> Lessons.find(lessons.dir, k)).toList();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
        SessionOptions session = SessionOptions.defaults().heap(heap);
        if (data.dir != null) {
            session.property("shellbook.data", data.dir.toString());
        }
        VerifyReport report = new Verifier(session).quick(quick.on).outDir(charts.orDefault())
                .stepTimeout(Duration.ofSeconds(timeoutSeconds)).log(out).showOutput(showOutput).verify(files);
        out.println();
        out.println(report.toTable().printAll());
        out.flush();
        report.problems().forEach(err::println);
        err.flush();
        out.println(verdict(report));
        out.flush();
        err.flush();
        return report.ok() ? 0 : 1;
    }

    /** {@code verify: all 16 exercises in 8 lessons are ok.} or the number of problems. */
    static String verdict(VerifyReport report) {
        int exercises = report.lessons().stream().mapToInt(LessonReport::exercises).sum();
        int n = report.problems().size();
        return n == 0
                ? "verify: all " + exercises + " exercises in " + report.lessons().size() + " lessons are ok."
                : "verify: " + n + (n == 1 ? " problem" : " problems") + " (listed above). Fix them and run"
                        + " shellbook verify again.";
    }
}
