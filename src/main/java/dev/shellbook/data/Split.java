package dev.shellbook.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Row indices of a train/validation split. {@link #stratified} keeps each class's share in both parts, like
 * scikit-learn's {@code train_test_split(stratify=y)}: 80/20 of Fashion-MNIST's 60,000 gives 4,800/1,200 per class.
 */
public record Split(int[] train, int[] validation) {

    /** A split and the two data sets it cuts, each a copy of its rows. */
    public record Parts(Split split, Dataset train, Dataset validation) {}

    /**
     * {@link #stratified(int[], double, long)} on {@code all}'s labels, and its two parts as data sets. Nothing here
     * keeps {@code all}: {@code Split.stratified(FashionMnist.train(), 0.2, 42)} holds 48,000 + 12,000 images, not
     * those and the 60,000 they were cut from (376 MB more).
     */
    public static Parts stratified(Dataset all, double validationFraction, long seed) {
        Split split = stratified(all.y(), validationFraction, seed);
        return new Parts(split, all.subset(split.train()), all.subset(split.validation()));
    }

    /**
     * Splits the rows 0..n-1 of labels {@code y}: ceil(fraction · n) rows go to validation, shared among the classes
     * in proportion to their counts (largest remainders get the leftover rows); within each class the rows are
     * picked by a shuffle seeded with {@code seed}. Both index arrays come back in a seeded random order.
     */
    public static Split stratified(int[] y, double validationFraction, long seed) {
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("stratified: expected a validation fraction in (0, 1), found "
                    + validationFraction);
        }
        int k = Arrays.stream(y).max().orElse(-1) + 1;
        int[][] byClass = rowsByClass(y, k);
        int[] take = allocate(byClass, (int) Math.ceil(validationFraction * y.length), y.length);
        SplittableRandom random = new SplittableRandom(seed);
        int[] train = new int[y.length - Arrays.stream(take).sum()];
        int[] validation = new int[y.length - train.length];
        int t = 0;
        int v = 0;
        for (int c = 0; c < k; c++) {
            int[] rows = byClass[c];
            shuffle(rows, random);
            System.arraycopy(rows, 0, validation, v, take[c]);
            System.arraycopy(rows, take[c], train, t, rows.length - take[c]);
            v += take[c];
            t += rows.length - take[c];
        }
        shuffle(train, random);
        shuffle(validation, random);
        return new Split(train, validation);
    }

    private static int[][] rowsByClass(int[] y, int k) {
        int[] counts = new int[k];
        for (int v : y) {
            if (v < 0) {
                throw new IllegalArgumentException("stratified: expected labels >= 0, found " + v);
            }
            counts[v]++;
        }
        int[][] rows = new int[k][];
        for (int c = 0; c < k; c++) {
            rows[c] = new int[counts[c]];
        }
        int[] fill = new int[k];
        for (int i = 0; i < y.length; i++) {
            rows[y[i]][fill[y[i]]++] = i;
        }
        return rows;
    }

    /** Validation rows per class: floor(total · n_c / n), then one more for the largest remainders. */
    private static int[] allocate(int[][] byClass, int total, int n) {
        int k = byClass.length;
        int[] take = new int[k];
        double[] remainder = new double[k];
        int left = total;
        for (int c = 0; c < k; c++) {
            double exact = (double) total * byClass[c].length / n;
            take[c] = (int) Math.floor(exact);
            remainder[c] = exact - take[c];
            left -= take[c];
        }
        while (left-- > 0) {
            int best = -1;
            for (int c = 0; c < k; c++) {
                if (take[c] < byClass[c].length && (best < 0 || remainder[c] > remainder[best])) {
                    best = c;
                }
            }
            take[best]++;
            remainder[best] = -1;
        }
        return take;
    }

    /** Fisher–Yates shuffle of {@code a} in place. */
    static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }

    @Override
    public String toString() {
        return "Split[train " + train.length + " rows, validation " + validation.length + " rows]";
    }
}
