package dev.shellbook.shell;

import dev.shellbook.files.AtomicFiles;
import dev.shellbook.session.Completions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.jline.builtins.Nano;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.keymap.KeyMap;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/**
 * A person at a terminal: JLine line editing, history kept in {@code work/history} (in memory only when that
 * folder is read-only), Tab completion, multi-line
 * Java (Enter continues until the snippet is complete), Ctrl-C and Ctrl-D, and JLine's Nano as built-in editor.
 */
public final class JLineInput implements LineInput {
    private static final String CANCEL_OR_DELETE = "shellbook-cancel-or-delete";
    private static final String DROP_ANSWER = "shellbook-drop-terminal-answer";

    private final Terminal terminal;
    private final LineReader reader;
    private final PrintWriter out;
    private final AboveWriter above;
    private final Style style;
    private final java.util.concurrent.atomic.AtomicBoolean woken = new java.util.concurrent.atomic.AtomicBoolean();

    private JLineInput(Terminal terminal, LineReader reader) {
        this.terminal = terminal;
        this.reader = reader;
        this.above = new AboveWriter(reader, terminal.writer());
        this.out = new PrintWriter(above, true);
        this.style = Style.forTerminal(terminal.getType(), true);
    }

    /** The system's terminal, for {@link #over}; it may be asked things before the line editor is built on it. */
    static Terminal systemTerminal() {
        try {
            // JLine's native terminal (JNI) when it loads, else JLine's own search: that search tries each way it
            // has of reaching a terminal, one of them by running a process, and costs the prompt ~50–100 ms
            Terminal terminal = TerminalBuilder.builder().system(true).name("shellbook").provider("jni").dumb(true)
                    .build();
            if (terminal instanceof DumbTerminal) {
                terminal.close();
                terminal = TerminalBuilder.builder().system(true).name("shellbook").build();
            }
            if ((terminal.getWidth() <= 0 || terminal.getHeight() <= 0) && !dumb(terminal)) {
                terminal.setSize(new Size(80, 24));
            }
            return terminal;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
        }
    }

    /**
     * Line editing on {@code terminal} (the system's, or a test's over pipes).
     *
     * @param history  file the history is kept in across runs
     * @param complete whether a piece of Java is complete
     * @param tab      completion suggestions for (input, cursor)
     */
    static JLineInput over(Terminal terminal, Path history, Predicate<String> complete,
                           BiFunction<String, Integer, Completions> tab) {
        try {
            boolean saves = AtomicFiles.canWrite(history.toAbsolutePath().getParent());
            if (saves) {
                Files.createDirectories(history.toAbsolutePath().getParent());
            }
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("shellbook")
                    .parser(new JavaLineParser(complete))
                    .completer((r, line, candidates) -> candidates.addAll(candidates(line, tab)))
                    .history(saves ? new DefaultHistory() : readOnlyHistory())
                    .variable(LineReader.HISTORY_FILE, history)
                    .variable(LineReader.HISTORY_FILE_SIZE, 2000)
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%P ...> ")
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .option(LineReader.Option.INSERT_TAB, false)
                    .build();
            cancelOnCtrlDInAnEmptyContinuation(reader);
            dropLateAnswers(reader);
            return new JLineInput(terminal, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
        }
    }

    /**
     * Ctrl-D on the empty last line of unfinished Java cancels the input, as Ctrl-C does (JLine would list every
     * completion); anywhere else it does what it always does.
     */
    private static void cancelOnCtrlDInAnEmptyContinuation(LineReader reader) {
        reader.getWidgets().put(CANCEL_OR_DELETE, () -> {
            String text = reader.getBuffer().toString();
            if (text.contains("\n") && text.substring(text.lastIndexOf('\n') + 1).isBlank()
                    && reader.getBuffer().cursor() == text.length()) {
                throw new UserInterruptException(text);
            }
            reader.callWidget(LineReader.DELETE_CHAR_OR_LIST);
            return true;
        });
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(CANCEL_OR_DELETE), KeyMap.ctrl('D'));
    }

    /**
     * A terminal's late answer to a query ({@code ESC[?…c}, DA1; {@code ESC[?…S}, sixel graphics attributes: the
     * terminal was asked about images and answered after the prompt came up) is read to its final byte and
     * dropped, never put in the learner's line; keys typed before and after it are read as typed. No key sends
     * {@code ESC[?}, so the binding is never ambiguous.
     */
    private static void dropLateAnswers(LineReader reader) {
        LineReaderImpl keys = (LineReaderImpl) reader; // what LineReaderBuilder builds; it reads one key at a time
        reader.getWidgets().put(DROP_ANSWER, () -> {
            int c = keys.readCharacter();
            while (c >= 0x20 && c <= 0x3F) { // parameters and intermediates; the final byte is 0x40–0x7E
                c = keys.readCharacter();
            }
            if (c >= 0 && (c < 0x40 || c > 0x7E)) {
                reader.runMacro(new String(Character.toChars(c))); // not an answer's end: a key, read as typed
            }
            return true;
        });
        for (String map : List.of(LineReader.MAIN, LineReader.VIINS, LineReader.VICMD)) {
            reader.getKeyMaps().get(map).bind(new Reference(DROP_ANSWER), "\u001B[?");
        }
    }

    /** The history from the file, never written back (its folder is read-only: each save would fail loudly). */
    private static DefaultHistory readOnlyHistory() {
        return new DefaultHistory() {
            @Override
            public void save() {
                // nothing can be saved in a read-only folder; the learner was told once, at start
            }
        };
    }

    private static List<Candidate> candidates(org.jline.reader.ParsedLine line,
                                              BiFunction<String, Integer, Completions> tab) {
        Completions c = tab.apply(line.line(), line.cursor());
        int wordStart = line.cursor() - line.wordCursor();
        String lead = c.anchor() > wordStart && c.anchor() <= line.cursor()
                ? line.line().substring(wordStart, c.anchor()) : "";
        return c.suggestions().stream().distinct().map(s -> {
            boolean done = !(s.endsWith("(") || s.endsWith("."));
            return new Candidate(lead + s, s, null, null, null, null, done);
        }).toList();
    }

    @Override
    public String read(String prompt) throws Interrupted {
        return read(prompt, "");
    }

    @Override
    public String read(String prompt, String typed) throws Interrupted {
        woken.set(false);
        above.reading(true);
        try {
            return reader.readLine(prompt, null, (org.jline.reader.MaskingCallback) null,
                    typed.isEmpty() ? null : typed);
        } catch (UserInterruptException e) {
            if (!woken.getAndSet(false)) {
                throw new Interrupted();
            }
            String partial = e.getPartialLine();
            if (!partial.contains("\n") && prompt.length() + partial.length() < width()) {
                above.dropPrompt(1); // the prompt is read again at once: no copy of it is left behind
            }
            throw new Interrupted(partial, true);
        } catch (EndOfFileException e) {
            return null;
        } finally {
            above.reading(false);
        }
    }

    @Override
    public boolean concurrent() {
        return !dumb(terminal);
    }

    /**
     * Ends the read in progress as Ctrl-C would, but marked as a wake, keeping the typed text. Waits (a little)
     * for the read to have started: the reader may be between two reads.
     */
    @Override
    public void wake() {
        for (int tries = 0; tries < 100; tries++) {
            if (reader.isReading()) {
                woken.set(true);
                terminal.raise(Terminal.Signal.INT);
                return;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Reads {@code keys} first, as if typed (they were, while the terminal was being asked). */
    void typeAhead(String keys) {
        if (!keys.isEmpty()) {
            reader.runMacro(keys);
        }
    }

    @Override
    public PrintWriter writer() {
        return out;
    }

    @Override
    public int width() {
        int w = terminal.getWidth();
        return w <= 0 ? 80 : w;
    }

    @Override
    public Style style() {
        return style;
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public void onInterrupt(Runnable onInterrupt) {
        terminal.handle(Terminal.Signal.INT, s -> onInterrupt.run());
    }

    /**
     * A terminal JLine cannot drive (TERM=dumb): the tty echoes what is typed, so it must keep its size unknown, or
     * JLine draws each line a second time.
     */
    private static boolean dumb(Terminal terminal) {
        return Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
    }

    @Override
    public boolean editBuiltIn(Path file) {
        if (dumb(terminal)) {
            return false;
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Nano nano = new Nano(terminal, dir);
            nano.open(file.getFileName().toString());
            nano.run();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("the editor could not open " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void printAbove(String text) {
        reader.printAbove(text.stripTrailing());
    }

    @Override
    public void handOver(Runnable action) {
        terminal.pause();
        try {
            action.run();
        } finally {
            terminal.resume();
        }
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
            terminal.close();
        } catch (IOException e) {
            // closing at exit: nothing left to tell the learner
        }
    }
}
