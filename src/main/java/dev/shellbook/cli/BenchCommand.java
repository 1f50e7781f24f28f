package dev.shellbook.cli;

import dev.shellbook.bench.EpochBenchmark;
import dev.shellbook.bench.NetworkBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code shellbook bench}: times one training epoch of the core against natural EJML and a streaming pass. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time one training epoch: Shellbook's kernel against natural EJML and a streaming pass.",
                "One softmax-regression epoch (60,000×784, batch 256, float64) of each, with their ratios,",
                "measured in one run. --networks: dense networks' epochs, our kernel against EJML, as %% of this",
                "machine's measured peak."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--epochs", paramLabel = "<n>", defaultValue = "7",
            description = "Timed epochs per configuration; the median is reported (default: ${DEFAULT-VALUE}; "
                    + "at most 3 with --networks).")
    int epochs;

    @Option(names = "--warmup", paramLabel = "<n>", defaultValue = "3",
            description = "Untimed warm-up epochs first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--networks", description = "Time dense networks instead (784-100-10, 784-500-500-10, five "
            + "layers of 500 at batch 32 and 1200): the blocked kernel against EJML, as %% of the measured peak.")
    boolean networks;

    @Override
    public Integer call() {
        if (networks) {
            NetworkBenchmark.main(new String[] {Integer.toString(Math.min(epochs, 3))});
            return 0;
        }
        EpochBenchmark.main(new String[] {Integer.toString(epochs), Integer.toString(warmup)});
        return 0;
    }
}
