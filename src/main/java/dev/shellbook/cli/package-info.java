/**
 * The command line: {@link dev.shellbook.cli.Main} and every picocli subcommand ({@code shell}, {@code run},
 * {@code list}, {@code progress}, {@code verify}, {@code render}, {@code mnist}, {@code bench}).
 *
 * <p>Options several commands share ({@code --lessons}, {@code --work}, {@code --data}, {@code --out},
 * {@code --quick}) are declared once, as mixins in {@code Options}; {@code CourseOptions} turns the shell's into a
 * {@link dev.shellbook.shell.Setup}. A command parses its arguments and calls the package that does the work;
 * errors reaching the top become one line ({@code shellbook: …}), never a stack trace.
 *
 * <p>Arrows: cli uses shell, exercise, render, lesson, session, data and bench; nothing uses cli. It is the only
 * package that imports picocli.
 */
package dev.shellbook.cli;
