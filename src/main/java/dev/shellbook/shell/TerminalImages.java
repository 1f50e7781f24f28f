package dev.shellbook.shell;

import dev.shellbook.chart.ChartPictures;
import dev.shellbook.chart.ImageDetection;
import dev.shellbook.chart.ImageMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.NonBlockingReader;

/**
 * Asks the terminal what {@code --images} needs, once, before the line editor starts: its device attributes
 * (DA1, which say whether it draws sixel), its cell size in pixels ({@code ESC[16t}) and its number of sixel
 * colour registers ({@code ESC[?1;1;0S}). All three go out together, DA1 last: every terminal answers DA1, so
 * its answer ends the wait, and an answer that never comes costs at most {@link #WAIT_MS} and never lands in
 * the learner's input later. Only asked when the answer matters and both ends are a terminal.
 */
public final class TerminalImages implements ImageDetection.Probe {
    static final long WAIT_MS = 800;
    private static final String QUERY = "\u001B[16t\u001B[?1;1;0S\u001B[c";

    private final boolean interactive;
    private final Terminal shared;
    private String answers;
    private String typed = "";

    private TerminalImages(boolean interactive, Terminal shared) {
        this.interactive = interactive;
        this.shared = shared;
    }

    /** How charts are shown for {@code asked} on this terminal; {@code colour} is the shell's colour decision. */
    public static ChartPictures pictures(ImageMode asked, Style style) {
        return pictures(asked, style, null);
    }

    /**
     * Same, asking through {@code input}'s terminal (before it first reads) when it is not null, so that the
     * system's terminal is opened once; keys typed meanwhile are handed back to it.
     */
    static ChartPictures pictures(ImageMode asked, Style style, JLineInput input) {
        Map<String, String> env = System.getenv();
        boolean interactive = System.console() != null;
        TerminalImages probe = new TerminalImages(interactive, input == null ? null : input.terminal());
        ImageDetection.Target target = ImageDetection.resolve(asked, env, interactive, probe);
        if (input != null) {
            input.typeAhead(probe.typed());
        }
        String answers = target.mode() == ImageMode.SIXEL ? probe.deviceAttributes() : "";
        return new ChartPictures(target, ChartPictures.Geometry.of(number(env, "COLUMNS", 80),
                number(env, "LINES", 24), answers), style.colored());
    }

    @Override
    public String deviceAttributes() {
        if (answers == null) {
            answers = !interactive ? "" : shared != null ? ask(shared) : ask();
            typed = typedAmong(answers);
        }
        return answers;
    }

    /** What the learner typed during {@link #deviceAttributes} (not an answer), to be read as typed. */
    String typed() {
        return typed;
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

    /** Sends the three queries on a terminal of its own, and reads the answers. */
    private static String ask() {
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("shellbook-probe").build()) {
            return ask(terminal);
        } catch (IOException | RuntimeException e) {
            return ""; // no answer: text plots, never a guess
        }
    }

    /** Sends the three queries and reads until DA1's answer ({@code ESC[?…c}) or the time is up. */
    private static String ask(Terminal terminal) {
        StringBuilder reply = new StringBuilder();
        try {
            Attributes saved = terminal.enterRawMode();
            try {
                terminal.writer().print(QUERY);
                terminal.writer().flush();
                NonBlockingReader in = terminal.reader();
                long deadline = System.currentTimeMillis() + WAIT_MS;
                while (!reply.toString().matches("(?s).*\u001B\\[\\?[0-9;]*c")) {
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
        } catch (IOException | RuntimeException e) {
            return reply.toString(); // no answer: text plots, never a guess
        }
        return reply.toString();
    }

    /** An answer to one of the three queries: a window or cell size, a graphics attribute, DA1. */
    private static final java.util.regex.Pattern ANSWER =
            java.util.regex.Pattern.compile("\u001B\\[[?]?[0-9;]*[tSc]");

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
