/**
 * Lessons as Jupyter notebooks for a Java kernel (IJava, JJava): {@code shellbook export <lesson…> --ipynb}.
 *
 * <p>{@link dev.shellbook.export.NotebookCells} turns a lesson (through the lesson model's public records) into
 * cells: the introduction and every step's prose as Markdown, every step's code as a code cell, an exercise as
 * the learner's blank with its TODO, its hints in a collapsed Markdown cell and its checks in a cell of their
 * own. The first code cell adds the project's jar to the kernel's class path with {@code %jars}.
 * {@link dev.shellbook.export.Ipynb} writes nbformat 4.5 JSON the way Jupyter itself does (sorted keys, one
 * space of indent, sources as lists of lines), so the same lesson always gives the same bytes.
 * {@link dev.shellbook.export.NotebookExport} writes the file; for {@code --outputs}, {@code HeadlessOutputs}
 * first runs the lesson headless and keeps what each step printed and returned, and its charts as
 * {@code image/png}.
 *
 * <p>Arrows: export uses lesson, session and files; only the command line ({@code cli}) uses export.
 */
package dev.shellbook.export;
