/**
 * Instructor rendering: runs lessons headless with their reference solutions and writes one self-contained HTML
 * page per lesson, every chart as PNG and SVG, and an index page.
 *
 * <p>{@link dev.shellbook.render.RenderCommand} is the command line ({@code shellbook render}).
 * {@link dev.shellbook.render.Renderer} runs each lesson in a fresh session and turns what every step printed into
 * {@link dev.shellbook.render.Block}s: plain text, Tablesaw tables parsed back from their printed form
 * ({@link dev.shellbook.render.TextTable}) and charts found from their {@code chart saved:} lines
 * ({@link dev.shellbook.render.OutputParser}). {@link dev.shellbook.render.PageWriter} and
 * {@link dev.shellbook.render.IndexWriter} write the HTML: escaped, with an inlined stylesheet and charts embedded as
 * base64 PNG, no scripts and nothing fetched from the web. The same lessons render to the same bytes.
 *
 * <p>Arrows: render uses session, lesson and exercise; nothing of ours but the shell uses render.
 */
package dev.shellbook.render;
