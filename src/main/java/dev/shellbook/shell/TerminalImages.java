package dev.shellbook.shell;

import dev.shellbook.chart.ChartPictures;
import dev.shellbook.chart.ImageDetection;
import dev.shellbook.chart.ImageMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.NonBlockingReader;

/**
 * Asks the terminal what {@code --images} needs, in at most two short rounds, the moment its terminal is open
 * (the shell's: while the line editor is built and the first screen shown). Round one is DA1 alone
 * ({@code ESC[c}): every terminal that answers at all does so in milliseconds, and one that never answers (a bare
 * pseudo-terminal) costs at most {@link #ROUND_MS}. Only when DA1 lists sixel (attribute 4), or sixel was asked for
 * by name, round two asks the cell size in pixels ({@code ESC[16t}) and the number of sixel colour registers
 * ({@code ESC[?1;1;0S}), DA1 again last: a terminal answers in order, so DA1's answer ends each round. Round two
 * may wait longer ({@link #SIZES_MS}) but ends in milliseconds: it follows an answer that came in time.
 * <p>
 * An answer later than the round (a slow link) reaches the line editor, which drops it ({@link JLineInput}): it
 * never lands in the learner's line. A late DA1 means text plots for this run, without a message; a learner on
 * such a link who wants sixel passes {@code --images=sixel}. Keys typed during a round come back with the answers;
 * they are kept ({@link Asked#typed}) and read first, as typed. Only asked when both ends are a terminal.
 */
public final class TerminalImages implements ImageDetection.Probe {
    /**
     * How long one round waits for DA1's answer after sending it: xterm answered in 9–30 ms on a loaded machine
     * (load 12 on 2 cores), tmux in as little, an ssh link in one round trip; a pseudo-terminal that never answers
     * costs the prompt about this much beyond the line editor's own start, which it overlaps.
     */
    static final long ROUND_MS = 200;
    /**
     * How long round two waits: it goes only to a terminal that has just answered DA1 in time, and so ends at its
     * DA1 in about as long; the margin keeps a slow answer to {@code ESC[16t}, which the line editor could not
     * tell from keys, out of the learner's line.
     */
    static final long SIZES_MS = 4 * ROUND_MS;
    static final String DA1 = "\u001B[c";
    static final String SIZES = "\u001B[16t\u001B[?1;1;0S" + DA1;
    private static final Pattern DA1_ANSWER = Pattern.compile("(?s).*\u001B\\[\\?[0-9;]*c");
    /** An answer to one of the queries: a cell size, a graphics attribute, DA1. */
    private static final Pattern ANSWER = Pattern.compile("\u001B\\[[?]?[0-9;]*[tSc]");

    /** How charts are shown, and what the learner typed while the terminal was asked (without the answers). */
    record Asked(ChartPictures pictures, String typed) {}

    private final boolean interactive;
    private Terminal terminal;
    private final boolean own;
    private String attributes;
    private final StringBuilder typed = new StringBuilder();

    private TerminalImages(boolean interactive, Terminal shared) {
        this.interactive = interactive;
        this.terminal = shared;
        this.own = shared == null;
    }

    /** How charts are shown for {@code asked} on this terminal, asked on a terminal of its own when needed. */
    public static ChartPictures pictures(ImageMode asked, Style style) {
        TerminalImages probe = new TerminalImages(System.console() != null, null);
        try {
            return probe.decide(asked, System.getenv(), style).pictures();
        } finally {
            probe.closeOwn();
        }
    }

    /** Same, asking through {@code terminal} (the line editor's, before it first reads keys). */
    static Asked ask(ImageMode asked, Style style, Terminal terminal) {
        return ask(asked, System.getenv(), System.console() != null, style, terminal);
    }

    /** Same, for the environment {@code env}; {@code interactive} when both ends are a terminal. */
    static Asked ask(ImageMode asked, Map<String, String> env, boolean interactive, Style style, Terminal terminal) {
        return new TerminalImages(interactive, terminal).decide(asked, env, style);
    }

    private Asked decide(ImageMode asked, Map<String, String> env, Style style) {
        ImageDetection.Target target = ImageDetection.resolve(asked, env, interactive, this);
        // sixel asked for by name skips round one, so it has no answer to go by: it waits one round
        String sizes = target.mode() == ImageMode.SIXEL && interactive
                ? round(SIZES, attributes == null ? ROUND_MS : SIZES_MS) : "";
        ChartPictures.Geometry geometry = ChartPictures.Geometry.of(number(env, "COLUMNS", 80),
                number(env, "LINES", 24), sizes);
        return new Asked(new ChartPictures(target, geometry, style.colored()), typed.toString());
    }

    @Override
    public String deviceAttributes() {
        if (attributes == null) {
            attributes = interactive ? round(DA1, ROUND_MS) : "";
        }
        return attributes;
    }

    /** Sends {@code query} and waits up to {@code waitMs}; the reply, the keys typed meanwhile kept aside. */
    private String round(String query, long waitMs) {
        String reply;
        try {
            if (terminal == null) {
                terminal = TerminalBuilder.builder().system(true).name("shellbook-probe").build();
            }
            reply = exchange(terminal, query, waitMs);
        } catch (IOException | RuntimeException e) {
            reply = ""; // no answer: text plots, never a guess
        }
        typed.append(typedAmong(reply));
        return reply;
    }

    /** Sends {@code query} in raw mode (nothing echoed) and reads until DA1's answer or {@code waitMs} passed. */
    static String exchange(Terminal terminal, String query, long waitMs) throws IOException {
        StringBuilder reply = new StringBuilder();
        Attributes saved = terminal.enterRawMode();
        try {
            terminal.writer().print(query);
            terminal.writer().flush();
            NonBlockingReader in = terminal.reader();
            long deadline = System.currentTimeMillis() + waitMs;
            while (!DA1_ANSWER.matcher(reply).matches()) {
                long left = deadline - System.currentTimeMillis();
                int c = left <= 0 ? -2 : in.read(left);
                if (c < 0) {
                    break;
                }
                reply.append((char) c);
            }
        } finally {
            terminal.setAttributes(saved);
        }
        return reply.toString();
    }

    private void closeOwn() {
        if (own && terminal != null) {
            try {
                terminal.close();
            } catch (IOException e) {
                // the probe's own terminal: nothing to tell the learner
            }
        }
    }

    @Override
    public boolean tmuxPassthrough() {
        try {
            Process tmux = new ProcessBuilder("tmux", "show-options", "-gqv", "allow-passthrough")
                    .redirectErrorStream(true).start();
            String value = new String(tmux.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return tmux.waitFor(2, TimeUnit.SECONDS) && (value.equals("on") || value.equals("all"));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * What the learner typed while the terminal was being asked (it arrived mixed with the answers): the reply
     * without the answers, to be handed to the line editor as if typed after them.
     */
    static String typedAmong(String reply) {
        return ANSWER.matcher(reply).replaceAll("");
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        try {
            return Integer.parseInt(env.getOrDefault(name, String.valueOf(fallback)).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
