package dev.shellbook.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.function.Predicate;

/**
 * Input from plain lines: piped stdin, a dumb pipe, or a test's script. Each line read is echoed after its prompt,
 * so the output reads as a transcript. Java continues over several lines until it is complete; EOF ends.
 */
public final class PlainInput implements LineInput {
    private final BufferedReader in;
    private final PrintWriter out;
    private final Predicate<String> complete;
    private final Style style;
    private final int width;

    /**
     * @param complete whether a piece of Java is complete (more lines are read while it is not)
     */
    public PlainInput(BufferedReader in, PrintWriter out, Predicate<String> complete, Style style, int width) {
        this.in = in;
        this.out = out;
        this.complete = complete;
        this.style = style;
        this.width = width;
    }

    @Override
    public String read(String prompt) {
        String first = line(prompt);
        if (first == null || first.isBlank() || first.strip().startsWith("/")) {
            return first;
        }
        StringBuilder text = new StringBuilder(first);
        while (!complete.test(text.toString())) {
            String more = line(" ".repeat(Math.max(0, prompt.length() - 5)) + "...> ");
            if (more == null) {
                break;
            }
            text.append('\n').append(more);
        }
        return text.toString();
    }

    private String line(String prompt) {
        try {
            out.print(prompt);
            out.flush();
            String line = in.readLine();
            out.println(line == null ? "" : line);
            out.flush();
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input: " + e.getMessage(), e);
        }
    }

    @Override
    public PrintWriter writer() {
        return out;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public Style style() {
        return style;
    }

    @Override
    public boolean interactive() {
        return false;
    }
}
