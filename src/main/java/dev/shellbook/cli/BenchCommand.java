package dev.shellbook.cli;

import dev.shellbook.bench.EpochBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code shellbook bench}: times one training epoch of the core against natural EJML and a streaming pass. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time one training epoch: Shellbook's kernel against natural EJML and a streaming pass.",
                "One softmax-regression epoch (60,000×784, batch 256, float64) of each, with their ratios,",
                "measured in one run."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--epochs", paramLabel = "<n>", defaultValue = "7",
            description = "Timed epochs per configuration; the median is reported (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--warmup", paramLabel = "<n>", defaultValue = "3",
            description = "Untimed warm-up epochs first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() {
        EpochBenchmark.main(new String[] {Integer.toString(epochs), Integer.toString(warmup)});
        return 0;
    }
}
