package dev.shellbook.data;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Features {@code x} (n × d, float64; images scaled to [0, 1]) with integer labels {@code y} in 0..k-1. A data set
 * may be a view ({@link #map}): its features are f(stored x), computed row by row as training reads them.
 */
public final class Dataset {
    private final DMatrixRMaj x;
    /** Null, or f of a view: its features are f(x[i, j]). */
    private final DoubleUnaryOperator map;
    /** A view's whole matrix f(x), made by the first {@link #x()}. */
    private DMatrixRMaj mapped;
    private final int[] y;
    private final String[] classNames;
    private final int imageRows;
    private final int imageCols;

    /** A data set over {@code x} (kept, not copied) whose rows are not images (image shape 1 × d). */
    public Dataset(DMatrixRMaj x, int[] y, String[] classNames) {
        this(x, y, classNames, 1, x.numCols);
    }

    /** A data set whose rows are {@code imageRows × imageCols} images stored row by row. */
    public Dataset(DMatrixRMaj x, int[] y, String[] classNames, int imageRows, int imageCols) {
        this(x, null, y, classNames, imageRows, imageCols);
    }

    private Dataset(DMatrixRMaj x, DoubleUnaryOperator map, int[] y, String[] classNames, int imageRows,
            int imageCols) {
        if (x.numRows != y.length) {
            throw new IllegalArgumentException("Dataset: expected " + x.numRows + " labels (one per row of x), found "
                    + y.length);
        }
        if (imageRows * imageCols != x.numCols) {
            throw new IllegalArgumentException("Dataset: expected images of " + x.numCols + " pixels, found "
                    + imageRows + "×" + imageCols);
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= classNames.length) {
                throw new IllegalArgumentException("Dataset: expected labels 0.." + (classNames.length - 1)
                        + ", found y[" + i + "] = " + y[i]);
            }
        }
        this.x = x;
        this.map = map;
        this.y = y;
        this.classNames = classNames.clone();
        this.imageRows = imageRows;
        this.imageCols = imageCols;
    }

    /**
     * The n × d feature matrix (not a copy: do not modify it). For a view ({@link #map}), f(x), computed on the first
     * call and kept by the view.
     */
    public DMatrixRMaj x() {
        return map == null ? x : mappedX();
    }

    private synchronized DMatrixRMaj mappedX() {
        if (mapped == null) {
            int[] all = new int[size()];
            Arrays.setAll(all, i -> i);
            DMatrixRMaj m = new DMatrixRMaj(size(), features());
            copyRows(all, 0, size(), m.data);
            mapped = m;
        }
        return mapped;
    }

    /**
     * A view of this data set whose features are f(x), element by element (labels and image shape the same):
     * nothing is computed now. Training reads each batch's rows through f ({@link #copyRows}), so a view of 60,000
     * images costs no second 376 MB matrix; {@link #x()} computes the whole matrix once, when first asked.
     * {@code train.map(v -> Math.round(255 * v))}: the raw pixels 0..255 of images scaled to [0, 1].
     */
    public Dataset map(DoubleUnaryOperator f) {
        DoubleUnaryOperator both = map == null ? f : map.andThen(f);
        return new Dataset(x, both, y, classNames, imageRows, imageCols);
    }

    /**
     * dst[i·d + j] = feature j of row rows[from + i], for i < n: stored rows are copied, a view's go through its f.
     * The one place rows are read for training batches and subsets. Modifies dst (at least n·d long).
     */
    public void copyRows(int[] rows, int from, int n, double[] dst) {
        int d = x.numCols;
        for (int i = 0; i < n; i++) {
            System.arraycopy(x.data, rows[from + i] * d, dst, i * d, d);
        }
        if (map != null) {
            for (int k = 0; k < n * d; k++) {
                dst[k] = map.applyAsDouble(dst[k]);
            }
        }
    }

    /** The n labels (not a copy). */
    public int[] y() {
        return y;
    }

    public String[] classNames() {
        return classNames.clone();
    }

    public int size() {
        return y.length;
    }

    public int features() {
        return x.numCols;
    }

    public int classes() {
        return classNames.length;
    }

    public int imageRows() {
        return imageRows;
    }

    public int imageCols() {
        return imageCols;
    }

    /** The given rows, in the given order (copied; a view's rows as f gives them). */
    public Dataset subset(int[] rows) {
        DMatrixRMaj sx = new DMatrixRMaj(rows.length, x.numCols);
        int[] sy = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] < 0 || rows[i] >= size()) {
                throw new IllegalArgumentException("subset: expected rows 0.." + (size() - 1) + ", found " + rows[i]);
            }
            sy[i] = y[rows[i]];
        }
        copyRows(rows, 0, rows.length, sx.data);
        return new Dataset(sx, sy, classNames, imageRows, imageCols);
    }

    /**
     * The first {@code n} rows, copied; when {@code n >= size()}, this data set itself, as nothing modifies a data
     * set in place and a copy of 60,000 images would cost 376 MB ({@code FashionMnist.train().first(60_000)}).
     */
    public Dataset first(int n) {
        if (n >= size()) {
            return this;
        }
        int[] rows = new int[Math.max(0, Math.min(n, size()))];
        Arrays.setAll(rows, i -> i);
        return subset(rows);
    }

    /** Y: n × k, Y[i, y_i] = 1, all else 0. */
    public DMatrixRMaj oneHot() {
        DMatrixRMaj m = new DMatrixRMaj(size(), classes());
        for (int i = 0; i < y.length; i++) {
            m.unsafe_set(i, y[i], 1.0);
        }
        return m;
    }

    /** Only the rows of classes {@code a} and {@code b}, relabelled a → 0 and b → 1, named {name(a), name(b)}. */
    public Dataset onlyClasses(int a, int b) {
        if (a == b || a < 0 || b < 0 || a >= classes() || b >= classes()) {
            throw new IllegalArgumentException("onlyClasses: expected two different classes in 0.." + (classes() - 1)
                    + ", found " + a + " and " + b);
        }
        int[] rows = java.util.stream.IntStream.range(0, size()).filter(i -> y[i] == a || y[i] == b).toArray();
        Dataset s = subset(rows);
        int[] relabelled = Arrays.stream(s.y).map(v -> v == a ? 0 : 1).toArray();
        return new Dataset(s.x, relabelled, new String[] {classNames[a], classNames[b]}, imageRows, imageCols);
    }

    /** How many rows each class has: columns class, name, count. */
    public Table classCounts() {
        int[] counts = new int[classes()];
        for (int v : y) {
            counts[v]++;
        }
        int[] ids = new int[classes()];
        Arrays.setAll(ids, i -> i);
        return Table.create("class counts", IntColumn.create("class", ids), StringColumn.create("name", classNames),
                IntColumn.create("count", counts));
    }

    @Override
    public String toString() {
        return "Dataset[" + size() + " rows × " + features() + " features, " + classes() + " classes]";
    }
}
