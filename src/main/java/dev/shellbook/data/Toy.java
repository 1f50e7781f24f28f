package dev.shellbook.data;

import dev.shellbook.Course;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Small data sets kept as plain CSV files in {@code data/toy/}: a header line, feature columns, and the label
 * in the last column. {@code logistic.csv} holds six points in two separable classes.
 */
public final class Toy {
    private Toy() {}

    /** {@code Course.dataDir()/toy/logistic.csv}. */
    public static Path logisticFile() {
        return Course.dataDir().resolve("toy").resolve("logistic.csv");
    }

    /** The 6 × 2 features [[1,2],[2,3],[3,1],[4,3],[5,3],[6,2]]. */
    public static DMatrixRMaj logisticX() {
        return features(read(logisticFile()));
    }

    /** The labels [0,0,0,1,1,1]. */
    public static int[] logisticY() {
        return labels(read(logisticFile()));
    }

    /** The logistic set as a two-class data set. */
    public static Dataset logistic() {
        double[][] rows = read(logisticFile());
        return new Dataset(features(rows), labels(rows), new String[] {"0", "1"});
    }

    /** Parses a CSV of numbers with one header line; every row must have the header's number of columns. */
    static double[][] read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new DataException(file + ": cannot be read (" + e + "). Restore it: git checkout -- data/toy", e);
        }
        if (lines.isEmpty()) {
            throw new DataException(file + ": empty, expected a header line. Restore it: git checkout -- data/toy");
        }
        int columns = lines.get(0).split(",").length;
        List<String> body = lines.stream().skip(1).filter(l -> !l.isBlank()).toList();
        double[][] rows = new double[body.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = parse(file, i + 2, body.get(i), columns);
        }
        return rows;
    }

    private static double[] parse(Path file, int line, String text, int columns) {
        String[] cells = text.split(",");
        if (cells.length != columns) {
            throw new DataException(file + ":" + line + ": expected " + columns + " values, found " + cells.length
                    + ". Fix the line or restore the file: git checkout -- data/toy");
        }
        double[] row = new double[columns];
        for (int c = 0; c < columns; c++) {
            try {
                row[c] = Double.parseDouble(cells[c].trim());
            } catch (NumberFormatException e) {
                throw new DataException(file + ":" + line + ": '" + cells[c] + "' is not a number. Fix the line or "
                        + "restore the file: git checkout -- data/toy", e);
            }
        }
        return row;
    }

    private static DMatrixRMaj features(double[][] rows) {
        int d = rows.length == 0 ? 0 : rows[0].length - 1;
        DMatrixRMaj x = new DMatrixRMaj(rows.length, d);
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < d; j++) {
                x.set(i, j, rows[i][j]);
            }
        }
        return x;
    }

    private static int[] labels(double[][] rows) {
        int[] y = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            y[i] = (int) rows[i][rows[i].length - 1];
        }
        return y;
    }
}
