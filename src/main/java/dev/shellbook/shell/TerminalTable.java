package dev.shellbook.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;

/** A GFM Markdown table laid out in aligned columns, header bold and underlined with a rule. */
final class TerminalTable {
    private final Style style;
    private final Function<Node, String> cellText;

    TerminalTable(Style style, Function<Node, String> cellText) {
        this.style = style;
        this.cellText = cellText;
    }

    void render(Node table, String first, String rest, List<String> out) {
        List<List<String>> rows = new ArrayList<>();
        int headerRows = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                rows.add(cells(row));
                headerRows += section instanceof TableHead ? 1 : 0;
            }
        }
        int[] widths = widths(rows);
        String separator = style.colored() ? " │ " : " | ";
        for (int r = 0; r < rows.size(); r++) {
            String line = line(rows.get(r), widths, separator);
            out.add((r == 0 ? first : rest) + (r < headerRows ? style.bold(line) : line));
            if (r == headerRows - 1) {
                out.add(rest + rule(widths, style.colored() ? "─" : "-", style.colored() ? "─┼─" : "-+-"));
            }
        }
    }

    private List<String> cells(Node row) {
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            cells.add(cellText.apply(cell));
        }
        return cells;
    }

    private static int[] widths(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], Style.visibleLength(row.get(c)));
            }
        }
        return widths;
    }

    private static String line(List<String> cells, int[] widths, String separator) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = c < cells.size() ? cells.get(c) : "";
            line.append(c == 0 ? "" : separator).append(cell)
                    .append(" ".repeat(widths[c] - Style.visibleLength(cell)));
        }
        return line.toString();
    }

    private static String rule(int[] widths, String dash, String cross) {
        List<String> parts = new ArrayList<>();
        for (int w : widths) {
            parts.add(dash.repeat(w));
        }
        return String.join(cross, parts);
    }
}
