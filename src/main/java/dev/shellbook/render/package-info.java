/**
 * Instructor rendering: runs lessons headless with their reference solutions and writes one self-contained HTML
 * page per lesson, every chart as PNG and SVG, and an index page.
 *
 * <p>{@link dev.shellbook.render.SiteWriter} renders a list of lessons (the command line's {@code render} calls it).
 * {@link dev.shellbook.render.Renderer} runs each lesson in a fresh session, the cells each step's
 * {@link dev.shellbook.lesson.Step#cells()} names, and turns what every snippet showed
 * ({@link dev.shellbook.session.Shown}: printed text, the value worth showing, the charts saved) into
 * {@link dev.shellbook.render.Block}s: plain text, Tablesaw tables parsed back from their printed form
 * ({@link dev.shellbook.render.TextTable}) and charts, from their chart lines ({@code OutputParser}, with
 * {@link dev.shellbook.chart.ChartLine}) or found new in the lesson's chart folder ({@code ChartWatch}).
 * {@code PageWriter} and {@code IndexWriter} write the HTML: escaped, with an inlined stylesheet and charts embedded
 * as base64 PNG, no scripts and nothing fetched from the web. The same lessons render to the same bytes.
 *
 * <p>Arrows: render uses session, lesson, chart (the chart line) and files; only the command line uses render.
 */
package dev.shellbook.render;
