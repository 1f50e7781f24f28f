package dev.shellbook.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/** Writes a step's blocks as HTML: text as {@code <pre>}, tables as {@code <table>}, charts as figures, errors. */
final class BlockWriter {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d[\\d,]*\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?%?|NaN|-?Infinity");

    private final Path outDir;

    /** @param outDir the page's folder; chart links are relative to it */
    BlockWriter(Path outDir) {
        this.outDir = outDir.toAbsolutePath().normalize();
    }

    /** Appends the output blocks in a labelled {@code <div class="output">}, then any error. */
    void write(Html h, List<Block> blocks) {
        List<Block> shown = blocks.stream().filter(b -> !(b instanceof Block.Error)).toList();
        if (!shown.isEmpty()) {
            h.element("p", "class=\"label\"", "Output");
            h.line("<div class=\"output\">");
            shown.forEach(b -> block(h, b));
            h.line("</div>");
        }
        blocks.stream().filter(Block.Error.class::isInstance).forEach(b -> error(h, (Block.Error) b));
    }

    private void block(Html h, Block b) {
        if (b instanceof Block.Text t) {
            h.element("pre", t.stderr() ? "class=\"stderr\"" : "", t.text().stripTrailing());
        } else if (b instanceof Block.Value v) {
            String shown = v.name() == null || v.name().startsWith("$") ? v.text() : v.name() + " ==> " + v.text();
            h.element("pre", "class=\"value\"", shown.stripTrailing());
        } else if (b instanceof Block.Table t) {
            table(h, t.table(), t.size());
        } else if (b instanceof Block.Chart c) {
            chart(h, c);
        } else if (b instanceof Block.Note n) {
            h.element("p", "class=\"status-ok\"", "✓ " + n.text());
        }
    }

    static void table(Html h, TextTable t, String size) {
        h.line("<div class=\"table-wrap\"><table>");
        if (!t.title().isEmpty() || !size.isEmpty()) {
            h.raw("<caption>").raw(Html.escape(t.title()))
                    .raw(size.isEmpty() ? "" : "<span class=\"dims\">" + Html.escape(size) + "</span>")
                    .line("</caption>");
        }
        h.raw("<thead><tr>");
        t.header().forEach(name -> h.raw("<th>").raw(Html.escape(name)).raw("</th>"));
        h.line("</tr></thead>").line("<tbody>");
        for (List<String> row : t.rows()) {
            if (TextTable.isEllipsis(row)) {
                h.line("<tr class=\"more\"><td colspan=\"" + row.size() + "\">⋯ rows left out ⋯</td></tr>");
                continue;
            }
            h.raw("<tr>");
            row.forEach(cell -> h.raw(NUMBER.matcher(cell).matches() ? "<td class=\"n\">" : "<td>")
                    .raw(Html.escape(cell)).raw("</td>"));
            h.line("</tr>");
        }
        h.line("</tbody></table></div>");
    }

    private void chart(Html h, Block.Chart c) {
        h.line("<figure>");
        if (Files.isRegularFile(c.png())) {
            h.line("<img alt=\"" + Html.escape("chart " + c.name()) + "\" src=\"data:image/png;base64,"
                    + Base64.getEncoder().encodeToString(read(c.png())) + "\">");
        } else {
            h.element("p", "class=\"status-failed\"", "Chart file missing: " + c.png().getFileName());
        }
        h.raw("<figcaption>").raw(Html.escape(c.name())).raw(links(c)).line("</figcaption>");
        h.line("</figure>");
    }

    private String links(Block.Chart c) {
        if (!c.png().toAbsolutePath().normalize().startsWith(outDir)) {
            return "";
        }
        return " — <a href=\"" + href(c.png()) + "\">PNG</a>"
                + (Files.isRegularFile(c.svg()) ? " · <a href=\"" + href(c.svg()) + "\">SVG</a>" : "");
    }

    private String href(Path file) {
        return Html.escape(outDir.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/'));
    }

    private static void error(Html h, Block.Error e) {
        h.raw("<div class=\"error\" role=\"alert\"><strong>✗ This step failed</strong> at <span class=\"where\">")
                .raw(Html.escape(e.where())).line("</span>");
        h.element("p", "", e.message());
        if (!e.details().isBlank()) {
            h.element("pre", "", e.details().stripTrailing());
        }
        h.line("</div>");
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("render: cannot read chart " + file + ": " + e.getMessage(), e);
        }
    }
}
