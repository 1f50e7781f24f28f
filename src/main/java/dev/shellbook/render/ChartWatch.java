package dev.shellbook.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds charts a step saved without announcing them: PNG files in the lesson's chart folder that are new or
 * changed since the previous step. Charts announced by a chart line ({@link dev.shellbook.chart.ChartLine}) are kept
 * where they were printed.
 */
final class ChartWatch {
    private final Path folder;
    private Map<Path, String> seen;

    /** @param folder the lesson's chart folder, {@code <out>/<lesson>/} (may not exist yet) */
    ChartWatch(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.seen = snapshot();
    }

    /** {@code blocks} plus a chart block for each unannounced new or changed PNG, by file name. */
    List<Block> complete(List<Block> blocks) {
        Map<Path, String> now = snapshot();
        Set<Path> announced = new HashSet<>();
        blocks.stream().filter(Block.Chart.class::isInstance)
                .forEach(b -> announced.add(((Block.Chart) b).png().toAbsolutePath().normalize()));
        List<Block> all = new ArrayList<>(blocks);
        now.forEach((png, stamp) -> {
            if (!stamp.equals(seen.get(png)) && !announced.contains(png)) {
                String name = png.getFileName().toString().replaceFirst("\\.png$", "");
                all.add(new Block.Chart(name, png, png.resolveSibling(name + ".svg")));
            }
        });
        seen = now;
        return all;
    }

    /** Each PNG in the folder with its modification time and size, sorted by path. */
    private Map<Path, String> snapshot() {
        Map<Path, String> stamps = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return stamps;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> p.getFileName().toString().endsWith(".png")).forEach(p -> stamps.put(p, stamp(p)));
        } catch (IOException e) {
            throw new UncheckedIOException("render: cannot list charts in " + folder + ": " + e.getMessage(), e);
        }
        return stamps;
    }

    private static String stamp(Path file) {
        try {
            FileTime time = Files.getLastModifiedTime(file);
            return time.toMillis() + ":" + Files.size(file);
        } catch (IOException e) {
            return "gone";
        }
    }
}
