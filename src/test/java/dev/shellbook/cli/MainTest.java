package dev.shellbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, run("--help"));
        for (String command : List.of("shell", "run", "list", "progress", "verify", "render", "mnist", "bench")) {
            assertTrue(out.toString().contains("  " + command + " "), command + " missing from:\n" + out);
        }
    }

    @Test
    void everyCommandThatReadsLessonsDescribesLessonsTheSameWay() {
        CommandLine cl = Main.commandLine();
        List<String> descriptions = new java.util.ArrayList<>();
        for (String command : List.of("shell", "run", "list", "progress", "verify", "render")) {
            descriptions.add(String.join(" ", cl.getSubcommands().get(command).getCommandSpec()
                    .findOption("--lessons").description()));
        }
        descriptions.add(String.join(" ", cl.getCommandSpec().findOption("--lessons").description()));
        assertEquals(1, descriptions.stream().distinct().count(), descriptions.toString());
    }

    @Test
    void mnistSaysSoWhenTheFilesAreThere(@TempDir Path dir) throws Exception {
        for (String f : List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                "t10k-labels-idx1-ubyte")) {
            java.nio.file.Files.createFile(dir.resolve(f + ".gz"));
        }
        assertEquals(0, run("mnist", "--dir", dir.toString()));
        assertTrue(out.toString().contains("MNIST is already in " + dir), out.toString());
    }

    @Test
    void unknownCommandSaysWhatToDo() {
        assertEquals(1, run("rnu"));
        assertTrue(err.toString().contains("no lesson matches 'rnu'"), err.toString());
        assertTrue(err.toString().contains("Did you mean ./shellbook run?"), err.toString());
    }
}
