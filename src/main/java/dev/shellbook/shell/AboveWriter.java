package dev.shellbook.shell;

import java.io.PrintWriter;
import java.io.Writer;
import org.jline.reader.LineReader;

/**
 * The terminal's writer, safe to use while the prompt is reading on another thread: what is printed then goes
 * above the prompt ({@link LineReader#printAbove}), whole lines at a time, so the line being typed is kept. A
 * status line ({@link Notebook#status}, which starts with {@code \r ESC[K}) replaces the status line printed
 * above it, so progress stays on one line. With no read in progress, text goes straight to the terminal.
 */
final class AboveWriter extends Writer {
    private static final String TAKE_BACK = "\r\033[K";
    private static final String UP_AND_CLEAR = "\033[1A\033[2K";

    private final LineReader reader;
    private final PrintWriter terminal;
    private final StringBuilder pending = new StringBuilder();
    /** A status line sits right above the prompt, printed while reading. */
    private boolean statusAbove;
    /** That status line was taken back: the next text printed goes over it. */
    private boolean overwrite;

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
        if (!reader.isReading()) {
            statusAbove = false;
            overwrite = false;
            terminal.print(pending);
            terminal.flush();
        } else {
            above(pending.toString());
        }
        pending.setLength(0);
    }

    /** Prints {@code text} above the prompt; a trailing partial line shows as a status line. */
    private void above(String text) {
        String shown = text;
        if (shown.startsWith(TAKE_BACK)) {
            shown = shown.substring(TAKE_BACK.length());
            overwrite = statusAbove;
        }
        if (shown.isEmpty()) {
            return; // a status taken back: the next text printed goes over it
        }
        String up = overwrite ? UP_AND_CLEAR : "";
        overwrite = false;
        statusAbove = !shown.endsWith("\n");
        reader.printAbove(up + (statusAbove ? shown : shown.substring(0, shown.length() - 1)));
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
