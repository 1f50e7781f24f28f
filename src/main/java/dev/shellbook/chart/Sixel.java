package dev.shellbook.chart;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;

/**
 * DEC sixel graphics: the image's colours quantised to the terminal's colour registers ({@link MedianCut}), then
 * written six pixel rows at a time. Each band holds, per colour, one character per column (63 + six bits, one
 * per row that has that colour), runs of one character shortened to {@code !<count><char>}; {@code $} returns
 * to the band's start for the next colour and {@code -} goes down to the next band.
 */
public final class Sixel {
    private static final String ESC = "\u001B";

    private Sixel() {}

    /**
     * {@code ESC P q "1;1;<w>;<h> #<i>;2;<r>;<g>;<b>… <bands> ESC\} for the image, with at most {@code colours}
     * registers (colours are given in percent, as sixel has them).
     */
    public static String encode(BufferedImage image, int colours) {
        int w = image.getWidth(), h = image.getHeight();
        MedianCut.Result q = MedianCut.quantise(image.getRGB(0, 0, w, h, null, 0, w), Math.max(2, colours));
        StringBuilder out = new StringBuilder(ESC + "Pq\"1;1;" + w + ";" + h);
        for (int i = 0; i < q.palette().length; i++) {
            int c = q.palette()[i];
            out.append('#').append(i).append(";2;").append(percent(c >> 16)).append(';').append(percent(c >> 8))
                    .append(';').append(percent(c));
        }
        int[] bits = new int[q.palette().length * w];
        for (int top = 0; top < h; top += 6) {
            band(out, q, w, Math.min(6, h - top), top, bits);
            out.append(top + 6 < h ? "-" : "");
        }
        return out.append(ESC).append('\\').toString();
    }

    /** The image scaled to {@code width} pixels wide, its aspect kept (area averaging; never wider than it is). */
    public static BufferedImage scale(BufferedImage image, int width) {
        if (width >= image.getWidth()) {
            return image;
        }
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        try {
            g.drawImage(image.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING), 0, 0, null);
        } finally {
            g.dispose();
        }
        return scaled;
    }

    /** One band of {@code rows} pixel rows starting at {@code top}: each colour it uses, in palette order. */
    private static void band(StringBuilder out, MedianCut.Result q, int w, int rows, int top, int[] bits) {
        java.util.Arrays.fill(bits, 0);
        boolean[] used = new boolean[q.palette().length];
        for (int r = 0; r < rows; r++) {
            for (int x = 0; x < w; x++) {
                int colour = q.index()[(top + r) * w + x];
                bits[colour * w + x] |= 1 << r;
                used[colour] = true;
            }
        }
        boolean first = true;
        for (int colour = 0; colour < used.length; colour++) {
            if (used[colour]) {
                out.append(first ? "" : "$").append('#').append(colour);
                runs(out, bits, colour * w, w);
                first = false;
            }
        }
    }

    /** The colour's sixel characters for one band, trailing empty columns left out, repeats run-length coded. */
    private static void runs(StringBuilder out, int[] bits, int from, int w) {
        int end = w;
        while (end > 0 && bits[from + end - 1] == 0) {
            end--;
        }
        for (int x = 0; x < end; ) {
            int run = 1;
            while (x + run < end && bits[from + x + run] == bits[from + x]) {
                run++;
            }
            char c = (char) (63 + bits[from + x]);
            out.append(run > 3 ? "!" + run + c : String.valueOf(c).repeat(run));
            x += run;
        }
    }

    /** A channel 0..255 as sixel's 0..100 percent. */
    private static int percent(int channel) {
        return Math.round((channel & 0xff) * 100 / 255f);
    }
}
