package dev.shellbook.cli;

import dev.shellbook.bench.EpochBenchmark;
import dev.shellbook.bench.NetworkBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code shellbook bench}: times one softmax-regression epoch in float32 and float64, Vector API and scalar, against
 * natural EJML, the streaming floors and (when Debian's python3 has them) numpy and torch.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time one softmax-regression epoch (60,000×784, batch 256, lr 0.1,",
                "shuffled) in one run: float32 (the default) and float64, Vector API and",
                "scalar kernels, natural EJML and the streaming floors, with their ratios;",
                "then the same epoch in numpy and torch (Debian's /usr/bin/python3; apt-get",
                "install python3-numpy python3-torch), unless --no-peers.",
                "--networks: dense networks' epochs, our kernel against EJML, as %% of this",
                "machine's peak."})
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

    @Option(names = "--no-peers", description = "Skip the numpy and torch epochs (softmax_peers.py).")
    boolean noPeers;

    @Override
    public Integer call() {
        if (networks) {
            NetworkBenchmark.main(new String[] {Integer.toString(Math.min(epochs, 3))});
            return 0;
        }
        EpochBenchmark.main(new String[] {Integer.toString(epochs), Integer.toString(warmup),
            Boolean.toString(!noPeers)});
        return 0;
    }
}
