package dev.shellbook.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds the session's line above a table value ({@code Table class counts 60000×3}) into the table's caption, so
 * the page shows the name once, with the full size beside it.
 */
final class TableValues {
    private static final Pattern SIZE = Pattern.compile("Table (.*) (\\d+)×(\\d+)\\s*");

    private TableValues() {}

    /** {@code blocks} with each size line that introduces the next table folded into it. */
    static List<Block> fold(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block.Table folded = i + 1 < blocks.size() ? fold(blocks.get(i), blocks.get(i + 1)) : null;
            out.add(folded == null ? blocks.get(i) : folded);
            i += folded == null ? 0 : 1;
        }
        return out;
    }

    private static Block.Table fold(Block line, Block next) {
        if (!(line instanceof Block.Text text) || !(next instanceof Block.Table table)) {
            return null;
        }
        Matcher m = SIZE.matcher(text.text());
        if (!m.matches() || !m.group(1).strip().equals(table.table().title())) {
            return null;
        }
        return new Block.Table(table.table(), plural(m.group(2), "row") + " × " + plural(m.group(3), "column"));
    }

    private static String plural(String n, String what) {
        return n + " " + what + (n.equals("1") ? "" : "s");
    }
}
