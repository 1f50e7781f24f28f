/**
 * Charts for the lessons: training curves, function plots, ROC and precision/recall curves, confusion-matrix
 * and loss-surface heat maps (XChart), and grids of 28×28 images (drawn with Java2D).
 *
 * <p>Every chart is saved as PNG and SVG in {@code out/<lesson>/} ({@link dev.shellbook.Course#lessonOut()}),
 * works headless, and is reproducible: the same data gives byte-identical files. Files are written to a
 * temporary file first and then moved into place, so a reader never sees half a chart. With
 * {@link dev.shellbook.chart.Charts#show(boolean)} a chart also opens in a window when a display is available.
 * Beside them, {@code <name>.plot} ({@link dev.shellbook.chart.PlotFile}) keeps the chart's data
 * ({@link dev.shellbook.chart.Plot}), so that a text plot can be drawn without the PNG.
 *
 * <p>Showing a saved chart where the learner looks: {@link dev.shellbook.chart.ChartPictures} turns a PNG into
 * an inline image (kitty's graphics protocol and iTerm2's inline images in {@link dev.shellbook.chart.InlineImage},
 * sixel in {@link dev.shellbook.chart.Sixel}, wrapped for tmux or screen by
 * {@link dev.shellbook.chart.Passthrough}) or a text plot ({@link dev.shellbook.chart.TextPlots}: braille line
 * charts, shaded heat maps and images). {@link dev.shellbook.chart.ImageDetection} decides {@code --images=auto}
 * from the environment and the terminal's own answers; asking the terminal is the caller's (the shell's) part.
 *
 * <p>Each saved chart prints one {@link dev.shellbook.chart.ChartLine}, the only place that line is written and
 * read back (the session's {@link dev.shellbook.session.Shown} and the rendered pages find charts by it).
 *
 * <p>This package may use {@code ml}, {@code data}, {@code metrics}, {@code files} and {@code Course}; it never
 * imports the shell, session, lesson, exercise, render or cli packages.
 */
package dev.shellbook.chart;
