package dev.shellbook.chart;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides {@code --images=auto} without guessing: an image protocol only when the terminal says it has one, by
 * its environment (kitty, Ghostty, iTerm2, WezTerm) or by its answer to the primary device-attributes query
 * (DA1: a {@code 4} among its attributes means sixel). Pipes and {@code TERM=dumb} get the path only; any other
 * terminal gets text plots. Inside tmux an image protocol goes through tmux's pass-through only when
 * {@code allow-passthrough} is on; inside GNU screen through screen's.
 */
public final class ImageDetection {
    private static final Pattern DA1 = Pattern.compile("\u001B\\[\\?([0-9;]*)c");

    /** What detection may ask beyond the environment; each answer may come late or never. */
    public interface Probe {
        /** The terminal's answer to DA1 ({@code ESC[c}), or {@code ""} when it gave none in time. */
        String deviceAttributes();

        /** {@code true} when tmux's {@code allow-passthrough} option is {@code on} or {@code all}. */
        boolean tmuxPassthrough();
    }

    /**
     * Where images go.
     *
     * @param mode        never {@link ImageMode#AUTO}
     * @param passthrough how to wrap the escape sequences for a multiplexer
     */
    public record Target(ImageMode mode, Passthrough passthrough) {}

    private ImageDetection() {}

    /** Resolves {@code asked} for this terminal; an explicit mode is kept as it is (the learner knows best). */
    public static Target resolve(ImageMode asked, Map<String, String> env, boolean terminal, Probe probe) {
        Passthrough wrap = env.containsKey("TMUX") ? Passthrough.TMUX
                : env.containsKey("STY") ? Passthrough.SCREEN : Passthrough.NONE;
        if (asked != ImageMode.AUTO) {
            return new Target(asked, asked == ImageMode.SIXEL ? Passthrough.NONE : wrap);
        }
        String term = env.getOrDefault("TERM", "");
        if (!terminal || term.isEmpty() || term.startsWith("dumb")) {
            return new Target(ImageMode.OFF, Passthrough.NONE);
        }
        ImageMode byName = byEnvironment(env);
        if (byName != ImageMode.TEXT && (wrap != Passthrough.TMUX || probe.tmuxPassthrough())) {
            return new Target(byName, wrap);
        }
        // tmux and screen answer DA1 themselves: a 4 there means they draw sixel themselves, unwrapped.
        return new Target(hasSixel(probe.deviceAttributes()) ? ImageMode.SIXEL : ImageMode.TEXT, Passthrough.NONE);
    }

    /** Kitty or iTerm2 when the environment names a terminal that has it, else {@link ImageMode#TEXT}. */
    static ImageMode byEnvironment(Map<String, String> env) {
        String term = env.getOrDefault("TERM", ""), program = env.getOrDefault("TERM_PROGRAM", "");
        if (env.containsKey("KITTY_WINDOW_ID") || term.equals("xterm-kitty") || term.equals("xterm-ghostty")
                || program.equalsIgnoreCase("ghostty")) {
            return ImageMode.KITTY;
        }
        if (program.equals("iTerm.app") || env.getOrDefault("LC_TERMINAL", "").equals("iTerm2")
                || program.equals("WezTerm")) {
            return ImageMode.ITERM;
        }
        return ImageMode.TEXT;
    }

    /** {@code true} when a DA1 answer such as {@code ESC[?62;4;22c} lists attribute 4 (sixel graphics). */
    static boolean hasSixel(String answer) {
        Matcher m = DA1.matcher(answer == null ? "" : answer);
        if (!m.find()) {
            return false;
        }
        String[] attributes = m.group(1).split(";"); // the first is the terminal's class (62 = VT220, 64 = VT420)
        return java.util.Arrays.asList(attributes).subList(1, attributes.length).contains("4");
    }
}
