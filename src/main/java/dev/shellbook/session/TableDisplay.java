package dev.shellbook.session;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Tablesaw values as the learner expects them: tables printed (first rows), columns as name, size, head. */
final class TableDisplay {

    static final int ROWS = 20;

    private TableDisplay() {
    }

    /** The display of {@code value} if it is a Tablesaw table or column, otherwise {@code null}. */
    static String of(Object value) {
        if (value instanceof Table table) {
            return table(table);
        }
        if (value instanceof Column<?> column) {
            return column(column);
        }
        return null;
    }

    private static String table(Table table) {
        String printed = table.rowCount() <= ROWS ? table.printAll() : table.first(ROWS).printAll();
        String header = "Table " + table.name() + " " + table.rowCount() + "×" + table.columnCount();
        String more = table.rowCount() > ROWS ? "\n… (" + (table.rowCount() - ROWS) + " more rows)" : "";
        return header + "\n" + printed.stripTrailing() + more;
    }

    private static String column(Column<?> column) {
        StringBuilder text = new StringBuilder(column.type().name()).append(" column ")
                .append(column.name()).append(" (").append(column.size()).append(") [");
        for (int i = 0; i < Math.min(column.size(), ROWS); i++) {
            text.append(i == 0 ? "" : ", ").append(column.getString(i));
        }
        return text.append(column.size() > ROWS ? ", …]" : "]").toString();
    }
}
