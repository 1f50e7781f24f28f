package dev.shellbook.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * The {@code .plot} text file saved beside every chart: a {@link Plot} as plain lines, numbers in Java's
 * shortest round-trip form, so the same data gives the same bytes and reading it back gives the same plot.
 *
 * <pre>
 * shellbook-plot 1 lines        shellbook-plot 1 cells          shellbook-plot 1 images
 * title Loss per epoch          title Confusion matrix          title
 * x epoch                       x predicted                     columns 10
 * y loss                        y actual                        tile 28 00ff…(hex levels) true: Coat
 * series 0 train loss           column T-shirt/top  (one each)
 * xs 1.0 2.0 3.0                row T-shirt/top     (one each)
 * ys 0.9 0.6 0.5                values 181.0 2.0 …  (one line per row)
 * </pre>
 */
public final class PlotFile {
    static final String MAGIC = "shellbook-plot 1 ";

    private PlotFile() {}

    /** The file's text. */
    public static String write(Plot plot) {
        List<String> lines = new ArrayList<>();
        if (plot instanceof Plot.Lines l) {
            lines.addAll(List.of(MAGIC + "lines", "title " + one(l.title()), "x " + one(l.xLabel()),
                    "y " + one(l.yLabel())));
            for (Plot.Series s : l.series()) {
                lines.addAll(List.of("series " + (s.reference() ? 1 : 0) + " " + one(s.name()),
                        "xs " + numbers(s.x()), "ys " + numbers(s.y())));
            }
        } else if (plot instanceof Plot.Cells c) {
            lines.addAll(List.of(MAGIC + "cells", "title " + one(c.title()), "x " + one(c.xLabel()),
                    "y " + one(c.yLabel())));
            c.columns().forEach(name -> lines.add("column " + one(name)));
            c.rows().forEach(name -> lines.add("row " + one(name)));
            Arrays.stream(c.values()).forEach(row -> lines.add("values " + numbers(row)));
        } else if (plot instanceof Plot.Images i) {
            lines.addAll(List.of(MAGIC + "images", "title " + one(i.title()), "columns " + i.columns()));
            i.tiles().forEach(t -> lines.add("tile " + t.side() + " " + hex(t.gray()) + " " + one(t.title())));
        }
        return String.join("\n", lines) + "\n";
    }

    /** Reads a file's text back; a text that is not a plot file fails with a message naming what is wrong. */
    public static Plot read(String text) {
        Iterator<String> lines = text.lines().iterator();
        String head = lines.hasNext() ? lines.next() : "";
        if (!head.startsWith(MAGIC)) {
            throw new IllegalArgumentException("not a shellbook plot file: expected \"" + MAGIC + "…\", found \""
                    + head + "\"");
        }
        return switch (head.substring(MAGIC.length())) {
            case "lines" -> lines(lines);
            case "cells" -> cells(lines);
            case "images" -> images(lines);
            default -> throw new IllegalArgumentException("unknown plot kind in \"" + head + "\"");
        };
    }

    private static Plot lines(Iterator<String> in) {
        String title = field(in, "title"), x = field(in, "x"), y = field(in, "y");
        List<Plot.Series> series = new ArrayList<>();
        while (in.hasNext()) {
            String head = field(in, "series");
            series.add(new Plot.Series(head.substring(2), parse(field(in, "xs")), parse(field(in, "ys")),
                    head.startsWith("1")));
        }
        return new Plot.Lines(title, x, y, series);
    }

    private static Plot cells(Iterator<String> in) {
        String title = field(in, "title"), x = field(in, "x"), y = field(in, "y");
        List<String> columns = new ArrayList<>(), rows = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        while (in.hasNext()) {
            String line = in.next();
            String key = line.contains(" ") ? line.substring(0, line.indexOf(' ')) : line;
            String rest = line.substring(Math.min(line.length(), key.length() + 1));
            switch (key) {
                case "column" -> columns.add(rest);
                case "row" -> rows.add(rest);
                case "values" -> values.add(parse(rest));
                default -> throw new IllegalArgumentException("plot file: unexpected line \"" + line + "\"");
            }
        }
        return new Plot.Cells(title, x, y, columns, rows, values.toArray(double[][]::new));
    }

    private static Plot images(Iterator<String> in) {
        String title = field(in, "title");
        int columns = Integer.parseInt(field(in, "columns"));
        List<Plot.Tile> tiles = new ArrayList<>();
        while (in.hasNext()) {
            String[] parts = field(in, "tile").split(" ", 3);
            byte[] bytes = HexFormat.of().parseHex(parts[1]);
            int[] gray = new int[bytes.length];
            Arrays.setAll(gray, i -> bytes[i] & 0xff);
            tiles.add(new Plot.Tile(parts.length > 2 ? parts[2] : "", Integer.parseInt(parts[0]), gray));
        }
        return new Plot.Images(title, columns, tiles);
    }

    /** The rest of the next line, which must start with {@code key}. */
    private static String field(Iterator<String> in, String key) {
        String line = in.hasNext() ? in.next() : "";
        if (!line.equals(key) && !line.startsWith(key + " ")) {
            throw new IllegalArgumentException("plot file: expected a \"" + key + "\" line, found \"" + line + "\"");
        }
        return line.length() > key.length() ? line.substring(key.length() + 1) : "";
    }

    private static String one(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
    }

    private static String numbers(double[] values) {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            b.append(b.length() == 0 ? "" : " ").append(v);
        }
        return b.toString();
    }

    private static double[] parse(String text) {
        return text.isBlank() ? new double[0] : Arrays.stream(text.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    private static String hex(int[] gray) {
        byte[] bytes = new byte[gray.length];
        for (int i = 0; i < gray.length; i++) {
            bytes[i] = (byte) gray[i];
        }
        return HexFormat.of().formatHex(bytes);
    }
}
