package dev.shellbook.data;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Features {@code x} (n × d, float64; images scaled to [0, 1]) with integer labels {@code y} in 0..k-1. Three kinds
 * share this class: a set over a given matrix; a loaded image set ({@link FashionMnist}, {@link Mnist}), which keeps
 * the file's pixel bytes and makes x = pixel / 255 only when {@link #x()} is first called (training reads its rows
 * straight from the bytes: 47 MB for 60,000 images, where x is 376 MB); and a view ({@link #map}), whose features
 * are f of another set's, computed as rows are read. {@link #copyRows} is where every kind's rows are read.
 */
public final class Dataset {
    /** The matrix: given, or (loaded set, view) made by the first {@link #x()}, which sets it before pixels = null. */
    private volatile DMatrixRMaj x;
    /** A loaded set's pixels until x is made (then null). */
    private volatile ImageSet pixels;
    /** A view's source set and its f (both null for the other kinds). */
    private final Dataset base;
    private final DoubleUnaryOperator map;
    private final boolean lazy;
    private final int features;
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
        this(x, null, null, null, x.numRows, y, classNames, imageRows, imageCols);
    }

    private Dataset(DMatrixRMaj x, ImageSet pixels, Dataset base, DoubleUnaryOperator map, int rows, int[] y,
            String[] classNames, int imageRows, int imageCols) {
        int d = x != null ? x.numCols : imageRows * imageCols;
        if (rows != y.length) {
            throw new IllegalArgumentException("Dataset: expected " + rows + " labels (one per row of x), found "
                    + y.length);
        }
        if (imageRows * imageCols != d) {
            throw new IllegalArgumentException("Dataset: expected images of " + d + " pixels, found "
                    + imageRows + "×" + imageCols);
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= classNames.length) {
                throw new IllegalArgumentException("Dataset: expected labels 0.." + (classNames.length - 1)
                        + ", found y[" + i + "] = " + y[i]);
            }
        }
        this.x = x;
        this.pixels = pixels;
        this.base = base;
        this.map = map;
        this.lazy = x == null;
        this.features = d;
        this.y = y;
        this.classNames = classNames.clone();
        this.imageRows = imageRows;
        this.imageCols = imageCols;
    }

    /** A loaded image set: x = pixel / 255, read from {@code images}' bytes until {@link #x()} makes it. */
    static Dataset ofPixels(ImageSet images, int[] y, String[] classNames) {
        return new Dataset(null, images, null, null, images.count(), y, classNames, images.rows(), images.cols());
    }

    /**
     * The n × d feature matrix (not a copy: do not modify it). A loaded set scales its pixels into it on the first
     * call (then lets the bytes go), a view ({@link #map}) computes f of its source's rows; both keep it.
     */
    public DMatrixRMaj x() {
        return lazy ? made() : x;
    }

    private synchronized DMatrixRMaj made() {
        if (x == null) {
            if (base == null) {
                x = DataFiles.scaled(pixels);
                pixels = null;
            } else {
                int[] all = new int[size()];
                Arrays.setAll(all, i -> i);
                DMatrixRMaj m = new DMatrixRMaj(size(), features);
                copyRows(all, 0, size(), m.data);
                x = m;
            }
        }
        return x;
    }

    /**
     * A view of this data set whose features are f(x), element by element (labels and image shape the same):
     * nothing is computed now. Training reads each batch's rows through f ({@link #copyRows}), so a view of 60,000
     * images costs no second 376 MB matrix; {@link #x()} computes the whole matrix once, when first asked.
     * {@code train.map(v -> Math.round(255 * v))}: the raw pixels 0..255 of images scaled to [0, 1].
     */
    public Dataset map(DoubleUnaryOperator f) {
        return new Dataset(null, null, this, f, size(), y, classNames, imageRows, imageCols);
    }

    /**
     * dst[i·d + j] = feature j of row rows[from + i], for i < n: a matrix's rows are copied, a loaded set's pixels
     * scaled, a view's source rows put through f. The one place rows are read, for training batches and subsets.
     * Safe from several threads at once (the kernels' chunks). Modifies dst (at least n·d long).
     */
    public void copyRows(int[] rows, int from, int n, double[] dst) {
        if (base != null) {
            base.copyRows(rows, from, n, dst);
            for (int k = 0; k < n * features; k++) {
                dst[k] = map.applyAsDouble(dst[k]);
            }
            return;
        }
        DMatrixRMaj m = x;
        ImageSet p = m == null ? pixels : null;
        if (p != null) {
            DataFiles.scaledRows(p, rows, from, n, dst);
            return;
        }
        m = m != null ? m : x;   // made between the two reads: x is set before pixels is cleared
        for (int i = 0; i < n; i++) {
            System.arraycopy(m.data, rows[from + i] * features, dst, i * features, features);
        }
    }

    /** X when it is a matrix now (given, or made by {@link #x()}); empty while a loaded set or a view has none. */
    public Optional<DMatrixRMaj> matrix() {
        return Optional.ofNullable(x);
    }

    /**
     * dst[at + i][j] = feature j of row rows[from + i] rounded to float32, for i < n: the rows the float32 kernels
     * read. A loaded set's pixels go from their bytes straight to float32 (the same value as (float) (pixel / 255));
     * the other kinds go through {@link #copyRows(int[], int, int, double[])}. Modifies dst[at .. at + n).
     */
    public void copyRows(int[] rows, int from, int n, float[][] dst, int at) {
        ImageSet p = x == null && base == null ? pixels : null;
        if (p != null) {
            DataFiles.scaledRows(p, rows, from, n, dst, at);
            return;
        }
        double[] wide = new double[features];
        for (int i = 0; i < n; i++) {
            copyRows(rows, from + i, 1, wide);
            for (int j = 0; j < features; j++) {
                // x_ij, rounded to float32
                dst[at + i][j] = (float) wide[j];
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
        return features;
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
        DMatrixRMaj sx = new DMatrixRMaj(rows.length, features);
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
