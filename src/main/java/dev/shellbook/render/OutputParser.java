package dev.shellbook.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits what a step printed into blocks: {@code chart saved: <path>.png (+ .svg)} lines become charts, Tablesaw's
 * printed tables become tables, everything else stays text in its order.
 */
final class OutputParser {
    private static final Pattern CHART = Pattern.compile("^chart saved: (.+)\\.png \\(\\+ \\.svg\\)\\s*$");

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
        Matcher m = CHART.matcher(line);
        if (!m.matches()) {
            return null;
        }
        Path base = workingDir.resolve(m.group(1).strip()).normalize();
        String name = base.getFileName().toString();
        return new Block.Chart(name, base.resolveSibling(name + ".png"), base.resolveSibling(name + ".svg"));
    }

    private static void flush(StringBuilder plain, boolean stderr, List<Block> blocks) {
        if (plain.length() > 0) {
            blocks.add(new Block.Text(plain.toString(), stderr));
            plain.setLength(0);
        }
    }
}
