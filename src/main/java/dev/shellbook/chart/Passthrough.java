package dev.shellbook.chart;

/**
 * Wraps an escape sequence so that tmux or GNU screen hands it to the terminal they run in instead of eating
 * it. tmux only does that with {@code allow-passthrough on}, which {@link ImageDetection} checks first.
 */
public enum Passthrough {
    /** Straight to the terminal. */
    NONE,
    /** {@code ESC P tmux; …ESC\}, every ESC inside doubled. */
    TMUX,
    /** {@code ESC P …ESC\} in pieces of at most 768 bytes, screen's limit for one string. */
    SCREEN;

    static final int SCREEN_PIECE = 768;
    private static final String ESC = "\u001B";
    private static final String ST = ESC + "\\";

    /** {@code sequence}, wrapped for this multiplexer. */
    public String wrap(String sequence) {
        return switch (this) {
            case NONE -> sequence;
            case TMUX -> ESC + "Ptmux;" + sequence.replace(ESC, ESC + ESC) + ST;
            case SCREEN -> screen(sequence);
        };
    }

    /**
     * Pieces of at most {@value #SCREEN_PIECE} characters, each in its own DCS string. An ST inside the sequence
     * is split between two pieces (the piece ends after its ESC), so screen never sees it end a string early.
     */
    private static String screen(String sequence) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (from < sequence.length()) {
            int to = Math.min(sequence.length(), from + SCREEN_PIECE);
            int st = sequence.indexOf(ST, from);
            if (st >= 0 && st + 1 < to) {
                to = st + 1;
            }
            out.append(ESC).append('P').append(sequence, from, to).append(ST);
            from = to;
        }
        return out.toString();
    }
}
