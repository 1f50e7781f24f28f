package dev.shellbook.render;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * A table parsed back from Tablesaw's printed form ({@code Table.print()}): an optional centred title line, a
 * header line of {@code |}-terminated cells, a line of dashes as wide as the header, then rows as wide as the
 * header. Columns are cut at the {@code |} positions shared by the header and every row, so a cell holding a
 * {@code |} stays whole. A row of {@code ...} cells marks rows Tablesaw left out.
 *
 * @param title  the table's name, or {@code ""}
 * @param header the column names
 * @param rows   the rows, each as wide as the header
 */
record TextTable(String title, List<String> header, List<List<String>> rows) {

    TextTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A table found in printed lines: the table and how many lines it spans from where it starts. */
    record Match(TextTable table, int lines) {}

    /** The table whose title or header line is {@code lines[start]}, if one starts there. */
    static Optional<Match> at(List<String> lines, int start) {
        Optional<Match> untitled = headed(lines, start, "");
        if (untitled.isPresent() || start + 1 >= lines.size()) {
            return untitled;
        }
        String title = lines.get(start);
        return headed(lines, start + 1, title).filter(m -> isTitle(title, width(lines.get(start + 1))))
                .map(m -> new Match(m.table(), m.lines() + 1));
    }

    /** {@code true} when every cell of {@code row} is Tablesaw's {@code ...} marker for rows left out. */
    static boolean isEllipsis(List<String> row) {
        return !row.isEmpty() && row.stream().allMatch("..."::equals);
    }

    private static Optional<Match> headed(List<String> lines, int h, String title) {
        if (h + 1 >= lines.size() || !isHeader(lines.get(h), lines.get(h + 1))) {
            return Optional.empty();
        }
        int width = width(lines.get(h));
        int end = h + 2;
        while (end < lines.size() && width(lines.get(end)) == width && lines.get(end).stripTrailing().endsWith("|")) {
            end++;
        }
        BitSet cuts = bars(lines.get(h));
        for (int i = h + 2; i < end; i++) {
            cuts.and(bars(lines.get(i)));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = h + 2; i < end; i++) {
            rows.add(cells(lines.get(i), cuts));
        }
        return Optional.of(new Match(new TextTable(title.strip(), cells(lines.get(h), cuts), rows), end - h));
    }

    private static boolean isHeader(String header, String dashes) {
        String d = dashes.strip();
        return header.stripTrailing().endsWith("|") && d.length() >= 3 && d.chars().allMatch(c -> c == '-')
                && width(dashes) == width(header) && dashes.startsWith("-");
    }

    /** A centred name: no bars, not blank, as many spaces on the left as Tablesaw's centring puts there. */
    private static boolean isTitle(String line, int width) {
        String name = line.strip();
        if (name.isEmpty() || name.contains("|") || name.length() > width) {
            return false;
        }
        int left = line.indexOf(name);
        return Math.abs(left - (width - name.length()) / 2) <= 1;
    }

    private static int width(String line) {
        return line.stripTrailing().length();
    }

    private static BitSet bars(String line) {
        String s = line.stripTrailing();
        BitSet bits = new BitSet(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '|') {
                bits.set(i);
            }
        }
        return bits;
    }

    private static List<String> cells(String line, BitSet cuts) {
        List<String> cells = new ArrayList<>();
        int from = 0;
        for (int cut = cuts.nextSetBit(0); cut >= 0; cut = cuts.nextSetBit(cut + 1)) {
            cells.add(line.substring(from, cut).strip());
            from = cut + 1;
        }
        return cells;
    }
}
