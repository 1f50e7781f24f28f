package dev.shellbook.session;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.ejml.data.DMatrix;
import org.ejml.data.FMatrix;
import org.ejml.data.Matrix;
import org.ejml.simple.SimpleBase;

/**
 * Shape plus excerpt of an EJML matrix: {@code DMatrixRMaj 60000×784} and a few rows and columns with
 * {@code …} where rows or columns are left out. Reads only the cells it shows; runs in the execution JVM.
 */
final class MatrixDisplay {

    static final int HEAD_ROWS = 4;
    static final int HEAD_COLS = 6;

    /** Reads cell (row, col) as a double. */
    private interface Cells {
        double get(int row, int col);
    }

    private MatrixDisplay() {
    }

    /** The display of {@code value} if it is an EJML matrix, otherwise {@code null}. */
    static String of(Object value) {
        if (value instanceof SimpleBase<?> simple) {
            return show(value.getClass().getSimpleName(), simple.getMatrix());
        }
        if (value instanceof Matrix matrix) {
            return show(value.getClass().getSimpleName(), matrix);
        }
        return null;
    }

    private static String show(String name, Matrix matrix) {
        Cells cells = cells(matrix);
        String header = name + " " + matrix.getNumRows() + "×" + matrix.getNumCols();
        if (cells == null || matrix.getNumRows() == 0 || matrix.getNumCols() == 0) {
            return header;
        }
        int[] rows = picks(matrix.getNumRows(), HEAD_ROWS);
        int[] cols = picks(matrix.getNumCols(), HEAD_COLS);
        return header + "\n" + grid(cells, rows, cols);
    }

    private static Cells cells(Matrix matrix) {
        if (matrix instanceof DMatrix d) {
            return d::get;
        }
        if (matrix instanceof FMatrix f) {
            return f::get;
        }
        return null;
    }

    /** Indices to show: all when few, else the first {@code head}, a gap (-1), and the last. */
    static int[] picks(int count, int head) {
        if (count <= head + 2) {
            return IntStream.range(0, count).toArray();
        }
        int[] picked = new int[head + 2];
        for (int i = 0; i < head; i++) {
            picked[i] = i;
        }
        picked[head] = -1;
        picked[head + 1] = count - 1;
        return picked;
    }

    private static String grid(Cells cells, int[] rows, int[] cols) {
        NumberStyle style = NumberStyle.of(values(cells, rows, cols));
        List<String[]> table = new ArrayList<>();
        for (int r : rows) {
            String[] line = new String[cols.length];
            for (int j = 0; j < cols.length; j++) {
                line[j] = r < 0 || cols[j] < 0 ? "…" : style.format(cells.get(r, cols[j]));
            }
            table.add(line);
        }
        return align(table, cols.length);
    }

    private static double[] values(Cells cells, int[] rows, int[] cols) {
        DoubleStream.Builder shown = DoubleStream.builder();
        for (int r : rows) {
            for (int c : cols) {
                if (r >= 0 && c >= 0) {
                    shown.add(cells.get(r, c));
                }
            }
        }
        return shown.build().toArray();
    }

    private static String align(List<String[]> table, int width) {
        int[] widths = new int[width];
        table.forEach(line -> {
            for (int j = 0; j < width; j++) {
                widths[j] = Math.max(widths[j], line[j].length());
            }
        });
        StringBuilder text = new StringBuilder();
        for (String[] line : table) {
            text.append(text.length() == 0 ? "" : "\n").append(" ");
            for (int j = 0; j < width; j++) {
                text.append(' ').append(" ".repeat(widths[j] - line[j].length())).append(line[j]);
            }
        }
        return text.toString();
    }
}
