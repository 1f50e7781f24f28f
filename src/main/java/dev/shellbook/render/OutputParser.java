package dev.shellbook.render;

import dev.shellbook.chart.ChartLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits what a step printed into blocks: chart lines ({@link ChartLine}) become charts, Tablesaw's printed tables
 * become tables, everything else stays text in its order.
 */
final class OutputParser {
    private final Path workingDir;

    /** @param workingDir the folder relative chart paths are resolved against (the session's working folder) */
    OutputParser(Path workingDir) {
        this.workingDir = workingDir.toAbsolutePath().normalize();
    }

    /** The blocks of {@code text}; {@code stderr} marks the text blocks as printed to {@code System.err}. */
    List<Block> parse(String text, boolean stderr) {
        List<String> lines = text.lines().toList();
        List<Block> blocks = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Block found = chart(lines.get(i));
            int span = 1;
            if (found == null) {
                var table = TextTable.at(lines, i);
                found = table.map(m -> (Block) new Block.Table(m.table(), "")).orElse(null);
                span = table.map(TextTable.Match::lines).orElse(1);
            }
            if (found == null) {
                plain.append(lines.get(i)).append('\n');
                continue;
            }
            flush(plain, stderr, blocks);
            blocks.add(found);
            i += span - 1;
        }
        flush(plain, stderr, blocks);
        return blocks;
    }

    /** The chart announced by {@code line}, or {@code null}. */
    Block.Chart chart(String line) {
        return ChartLine.parse(line).map(this::chart).orElse(null);
    }

    /** The chart block of a PNG path as printed (relative to the working folder). */
    Block.Chart chart(Path png) {
        Path file = workingDir.resolve(png).normalize();
        String name = file.getFileName().toString().replaceFirst("\\.png$", "");
        return new Block.Chart(name, file, file.resolveSibling(name + ".svg"));
    }

    private static void flush(StringBuilder plain, boolean stderr, List<Block> blocks) {
        if (plain.length() > 0) {
            blocks.add(new Block.Text(plain.toString(), stderr));
            plain.setLength(0);
        }
    }
}
