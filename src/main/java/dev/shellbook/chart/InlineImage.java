package dev.shellbook.chart;

import java.util.Base64;

/**
 * The escape sequences that show a PNG inside the terminal, scaled by the terminal to a width in cells with its
 * aspect kept: the kitty graphics protocol and iTerm2's inline images. (Sixel, which the program must scale and
 * colour itself, is {@link Sixel}.)
 */
public final class InlineImage {
    /** The kitty protocol's largest payload per escape code. */
    static final int KITTY_CHUNK = 4096;
    private static final String ESC = "\u001B";
    private static final String ST = ESC + "\\";

    private InlineImage() {}

    /**
     * Kitty: {@code ESC _G a=T,f=100,q=2,c=<columns>,m=1;<base64>ESC\} and further chunks {@code m=1}, the last
     * {@code m=0}. {@code a=T} transmits and shows, {@code f=100} is PNG, {@code q=2} asks for no reply (which
     * would land in the learner's input), and with only {@code c} given kitty computes the rows from the aspect.
     */
    public static String kitty(byte[] png, int columns) {
        String data = Base64.getEncoder().encodeToString(png);
        StringBuilder out = new StringBuilder();
        for (int from = 0; from < data.length() || from == 0; from += KITTY_CHUNK) {
            int to = Math.min(data.length(), from + KITTY_CHUNK);
            String keys = from == 0 ? "a=T,f=100,q=2,c=" + columns + "," : "q=2,";
            out.append(ESC).append("_G").append(keys).append("m=").append(to < data.length() ? 1 : 0).append(';')
                    .append(data, from, to).append(ST);
        }
        return out.toString();
    }

    /**
     * iTerm2: {@code ESC ]1337;File=inline=1;size=<bytes>;width=<columns>;preserveAspectRatio=1:<base64>BEL}.
     * WezTerm and VS Code's terminal read the same sequence.
     */
    public static String iterm(byte[] png, int columns) {
        return ESC + "]1337;File=inline=1;size=" + png.length + ";width=" + columns + ";preserveAspectRatio=1:"
                + Base64.getEncoder().encodeToString(png) + "\u0007";
    }
}
