/**
 * Charts for the lessons: training curves, function plots, ROC and precision/recall curves, confusion-matrix
 * and loss-surface heat maps (XChart), and grids of 28×28 images (drawn with Java2D).
 *
 * <p>Every chart is saved as PNG and SVG in {@code out/<lesson>/} ({@link dev.shellbook.Course#lessonOut()}),
 * works headless, and is reproducible: the same data gives byte-identical files. Files are written to a
 * temporary file first and then moved into place, so a reader never sees half a chart. With
 * {@link dev.shellbook.chart.Charts#show(boolean)} a chart also opens in a window when a display is available.
 *
 * <p>Each saved chart prints one {@link dev.shellbook.chart.ChartLine}, the only place that line is written and
 * read back (the session's {@link dev.shellbook.session.Shown} and the rendered pages find charts by it).
 *
 * <p>This package may use {@code ml}, {@code data}, {@code metrics}, {@code files} and {@code Course}; it never
 * imports the shell, session, lesson, exercise, render or cli packages.
 */
package dev.shellbook.chart;
