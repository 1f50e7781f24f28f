package dev.shellbook.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A palette of at most {@code n} colours for an image, by median cut (Heckbert 1982): start with one box around
 * every colour the image uses, split the box holding the most pixels at the pixel median of its widest channel,
 * and repeat until there are {@code n} boxes. Each palette colour is the pixel-weighted mean of its box, and
 * every pixel takes the nearest palette colour. An image with at most {@code n} colours keeps them exactly.
 * Deterministic: ties are broken by colour value, never by hash order.
 */
final class MedianCut {
    private MedianCut() {}

    /**
     * The palette and each pixel's index into it.
     *
     * @param palette colours as {@code 0xRRGGBB}
     * @param index   one palette index per pixel, in the image's order
     */
    record Result(int[] palette, int[] index) {}

    /** Quantises {@code pixels} ({@code 0xRRGGBB} each) to at most {@code n} colours. */
    static Result quantise(int[] pixels, int n) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int p : pixels) {
            counts.merge(p & 0xffffff, 1, Integer::sum);
        }
        int[] colours = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] weights = Arrays.stream(colours).map(counts::get).toArray();
        List<int[]> boxes = new ArrayList<>(List.of(java.util.stream.IntStream.range(0, colours.length).toArray()));
        while (boxes.size() < n) {
            int[] widest = boxes.stream().filter(b -> b.length > 1)
                    .max(Comparator.comparingLong(b -> weight(b, weights))).orElse(null);
            if (widest == null) {
                break;
            }
            boxes.remove(widest);
            boxes.addAll(split(widest, colours, weights));
        }
        int[] palette = boxes.stream().mapToInt(b -> mean(b, colours, weights)).toArray();
        Map<Integer, Integer> nearest = new HashMap<>();
        int[] index = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            index[i] = nearest.computeIfAbsent(pixels[i] & 0xffffff, c -> nearest(palette, c));
        }
        return new Result(palette, index);
    }

    /** The box's colours sorted along its widest channel, cut where half its pixels lie on each side. */
    private static List<int[]> split(int[] box, int[] colours, int[] weights) {
        int shift = widestChannel(box, colours);
        Integer[] sorted = Arrays.stream(box).boxed().toArray(Integer[]::new);
        Arrays.sort(sorted, Comparator.<Integer>comparingInt(i -> (colours[i] >> shift) & 0xff)
                .thenComparingInt(i -> colours[i]));
        long half = weight(box, weights) / 2, seen = 0;
        int cut = 1;
        for (int i = 0; i < sorted.length - 1; i++) {
            seen += weights[sorted[i]];
            cut = i + 1;
            if (seen >= half) {
                break;
            }
        }
        int[] all = Arrays.stream(sorted).mapToInt(Integer::intValue).toArray();
        return List.of(Arrays.copyOfRange(all, 0, cut), Arrays.copyOfRange(all, cut, all.length));
    }

    /** 16 for red, 8 for green, 0 for blue: the channel whose values spread widest in the box. */
    private static int widestChannel(int[] box, int[] colours) {
        int best = 16, bestRange = -1;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int min = 255, max = 0;
            for (int i : box) {
                int v = (colours[i] >> shift) & 0xff;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (max - min > bestRange) {
                best = shift;
                bestRange = max - min;
            }
        }
        return best;
    }

    private static long weight(int[] box, int[] weights) {
        long sum = 0;
        for (int i : box) {
            sum += weights[i];
        }
        return sum;
    }

    /** The pixel-weighted mean colour of a box, each channel rounded. */
    private static int mean(int[] box, int[] colours, int[] weights) {
        long r = 0, g = 0, b = 0, w = weight(box, weights);
        for (int i : box) {
            r += (long) ((colours[i] >> 16) & 0xff) * weights[i];
            g += (long) ((colours[i] >> 8) & 0xff) * weights[i];
            b += (long) (colours[i] & 0xff) * weights[i];
        }
        return (int) ((r + w / 2) / w) << 16 | (int) ((g + w / 2) / w) << 8 | (int) ((b + w / 2) / w);
    }

    /** The index of the palette colour closest to {@code c} (squared RGB distance; the first of equals). */
    private static int nearest(int[] palette, int c) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int dr = ((palette[i] >> 16) & 0xff) - ((c >> 16) & 0xff);
            int dg = ((palette[i] >> 8) & 0xff) - ((c >> 8) & 0xff);
            int db = (palette[i] & 0xff) - (c & 0xff);
            long d = (long) dr * dr + (long) dg * dg + (long) db * db;
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }
}
