package dev.shellbook.cli;

import dev.shellbook.data.Mnist;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shellbook mnist}: fetches the four MNIST files for lesson 8, checking each, or says how to get them. */
@Command(name = "mnist", mixinStandardHelpOptions = true,
        description = {"Download the MNIST digits for lesson 8 (needs internet; each file is checked).",
                "Offline, it says which files to put where."})
public final class MnistCommand implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "<dir>", defaultValue = "data/mnist",
            description = "Where the files go (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (Mnist.available(dir)) {
            spec.commandLine().getOut().println("MNIST is already in " + dir + ". Lesson 8 will use it.");
            return 0;
        }
        spec.commandLine().getOut().println("Downloading MNIST into " + dir + "…");
        Mnist.download(dir);
        spec.commandLine().getOut().println("Done: the four MNIST files are in " + dir + ". Try ./shellbook 8.");
        return 0;
    }
}
