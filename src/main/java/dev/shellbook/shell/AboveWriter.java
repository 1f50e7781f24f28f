package dev.shellbook.shell;

import java.io.PrintWriter;
import java.io.Writer;
import org.jline.reader.LineReader;

/**
 * The terminal's writer, safe to use while the prompt is reading on another thread: what is printed then goes
 * above the prompt ({@link LineReader#printAbove}), whole lines at a time, so the line being typed is kept: the
 * unfinished last line of a cell's output is held until its line is complete (a {@code printf} arrives in
 * pieces). A status line ({@link Notebook#status}, which starts with {@code \r ESC[K}) is shown at once and
 * replaces the status line printed above it, so progress stays on one line. With no read in progress, text (a
 * held piece first) goes straight to the terminal.
 */
final class AboveWriter extends Writer {
    private static final String TAKE_BACK = "\r\033[K";
    private static final String UP_AND_CLEAR = "\033[1A\033[2K";

    private final LineReader reader;
    private final PrintWriter terminal;
    private final StringBuilder pending = new StringBuilder();
    /** Output after its last newline, held while reading until the line is complete. */
    private final StringBuilder partial = new StringBuilder();
    /** A status line sits right above the prompt, printed while reading. */
    private boolean statusAbove;
    /** That status line was taken back: the next text printed goes over it. */
    private boolean overwrite;
    /** A read is in progress or about to start ({@link #reading}): text goes above the prompt. */
    private boolean editing;
    /** Text printed straight to the terminal left the cursor on its line (lineOpen), a status line (statusOpen). */
    private boolean lineOpen;
    private boolean statusOpen;

    AboveWriter(LineReader reader, PrintWriter terminal) {
        this.reader = reader;
        this.terminal = terminal;
    }

    @Override
    public synchronized void write(char[] text, int offset, int length) {
        pending.append(text, offset, length);
    }

    @Override
    public synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        if (!editing && !reader.isReading()) {
            statusAbove = false;
            overwrite = false;
            String text = partial.append(pending).toString();
            terminal.print(text);
            partial.setLength(0);
            lineOpen = !text.endsWith("\n");
            statusOpen = lineOpen && text.lastIndexOf(TAKE_BACK) > text.lastIndexOf('\n');
            terminal.flush();
        } else {
            above(pending.toString());
        }
        pending.setLength(0);
    }

    /** Prints {@code text} above the prompt: a status line at once, other text by whole lines. */
    private void above(String text) {
        if (!text.startsWith(TAKE_BACK)) {
            partial.append(text);
            int end = partial.lastIndexOf("\n");
            if (end >= 0) {
                print(partial.substring(0, end), false);
                partial.delete(0, end + 1);
            }
            return;
        }
        String shown = text.substring(TAKE_BACK.length());
        overwrite = statusAbove;
        if (!shown.isEmpty()) { // else a status taken back: the next text printed goes over it
            boolean status = !shown.endsWith("\n");
            print(status ? shown : shown.substring(0, shown.length() - 1), status);
        }
    }

    /** Prints {@code lines} above the prompt, over a status line that was taken back. */
    private void print(String lines, boolean status) {
        String up = overwrite ? UP_AND_CLEAR : "";
        overwrite = false;
        statusAbove = status;
        reader.printAbove(up + lines);
    }

    /**
     * A read starts ({@code true}) or has ended: from now on text goes above the prompt, or straight to the
     * terminal again. A line left open (a status line printed before the prompt came up) is ended first, so the
     * prompt starts a line of its own and the status line above it can still be replaced.
     */
    synchronized void reading(boolean on) {
        if (on && lineOpen) {
            terminal.print("\n");
            terminal.flush();
            statusAbove = statusOpen;
            overwrite = false;
        }
        lineOpen = false;
        statusOpen = false;
        editing = on;
    }

    /**
     * After a read was woken: takes back the {@code rows} the abandoned prompt left, and a status line above it
     * that was taken back while reading, so the prompt is read again where it was.
     */
    synchronized void dropPrompt(int rows) {
        int lines = rows + (overwrite ? 1 : 0);
        terminal.print(UP_AND_CLEAR.repeat(lines) + "\r");
        terminal.flush();
        statusAbove = false;
        overwrite = false;
    }

    @Override
    public void close() {
        flush();
    }
}
