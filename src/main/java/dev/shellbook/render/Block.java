package dev.shellbook.render;

import java.nio.file.Path;

/** One piece of what a step showed, in the order it appeared: text, a table, a chart, a value, or an error. */
sealed interface Block permits Block.Text, Block.Table, Block.Chart, Block.Value, Block.Note, Block.Error {

    /** Printed text, shown preformatted; {@code stderr} marks text the code printed to {@code System.err}. */
    record Text(String text, boolean stderr) implements Block {}

    /**
     * A Tablesaw table parsed from printed text.
     *
     * @param table the table
     * @param size  its full size when shown as a value ({@code 60000 rows × 3 columns}), or {@code ""}
     */
    record Table(TextTable table, String size) implements Block {}

    /**
     * A chart the step saved.
     *
     * @param name the chart's file name without extension ({@code loss-curves})
     * @param png  the PNG file
     * @param svg  the SVG file beside it
     */
    record Chart(String name, Path png, Path svg) implements Block {}

    /** The value of an expression or variable, as the session displays it ({@code name} may be {@code null}). */
    record Value(String name, String text) implements Block {}

    /** A line the renderer adds, such as that the reference solution passes the checks. */
    record Note(String text) implements Block {}

    /**
     * Why the step failed.
     *
     * @param where   {@code file:line} of the failing code
     * @param message one line for the reader
     * @param details compile diagnostics or a short stack excerpt; may be empty
     */
    record Error(String where, String message, String details) implements Block {}
}
