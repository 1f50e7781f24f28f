package dev.shellbook.chart;

import java.awt.image.BufferedImage;

/**
 * Decodes the sixel subset our encoder writes (raster attributes, RGB colour definitions, colour selection,
 * sixel characters, {@code !} repeats, {@code $} and {@code -}) into an image, as a terminal would paint it.
 */
final class SixelDecoder {
    private SixelDecoder() {}

    static BufferedImage decode(String sequence) {
        if (!sequence.startsWith("\u001BPq\"") || !sequence.endsWith("\u001B\\")) {
            throw new AssertionError("not a sixel DCS string: " + sequence.substring(0, Math.min(20, sequence.length())));
        }
        String body = sequence.substring(4, sequence.length() - 2);
        int[] i = {0};
        int[] raster = numbers(body, i, 4);
        BufferedImage image = new BufferedImage(raster[2], raster[3], BufferedImage.TYPE_INT_RGB);
        int[] palette = new int[1024];
        int colour = 0, x = 0, top = 0;
        while (i[0] < body.length()) {
            char c = body.charAt(i[0]++);
            if (c == '#') {
                int[] n = numbers(body, i, 5);
                if (n.length == 5) {
                    palette[n[0]] = channel(n[2]) << 16 | channel(n[3]) << 8 | channel(n[4]);
                }
                colour = n[0];
            } else if (c == '!') {
                int count = numbers(body, i, 1)[0];
                char s = body.charAt(i[0]++);
                for (int k = 0; k < count; k++) {
                    paint(image, x++, top, s - 63, palette[colour]);
                }
            } else if (c == '$') {
                x = 0;
            } else if (c == '-') {
                x = 0;
                top += 6;
            } else if (c >= 63 && c <= 126) {
                paint(image, x++, top, c - 63, palette[colour]);
            } else {
                throw new AssertionError("unexpected character " + (int) c + " at " + i[0]);
            }
        }
        return image;
    }

    private static void paint(BufferedImage image, int x, int top, int bits, int rgb) {
        for (int r = 0; r < 6; r++) {
            if ((bits & 1 << r) != 0) {
                image.setRGB(x, top + r, rgb);
            }
        }
    }

    /** Up to {@code max} numbers separated by ';' starting at i. */
    private static int[] numbers(String s, int[] i, int max) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        while (out.size() < max) {
            int start = i[0];
            while (i[0] < s.length() && Character.isDigit(s.charAt(i[0]))) {
                i[0]++;
            }
            out.add(Integer.parseInt(s.substring(start, i[0])));
            if (i[0] < s.length() && s.charAt(i[0]) == ';' && out.size() < max) {
                i[0]++;
            } else {
                break;
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int channel(int percent) {
        return Math.round(percent * 255 / 100f);
    }
}
