package dev.shellbook.chart;

import dev.shellbook.data.Dataset;

/**
 * Titles for images of a {@link Dataset}: {@code "true: Coat / pred: Shirt"}, and which of them are wrong.
 *
 * @param titles one title per chosen row
 * @param wrong  {@code true} where the prediction differs from the label
 */
record DatasetImages(String[] titles, boolean[] wrong) {

    /** {@code predicted} has one label per dataset row, one per chosen row, or is {@code null} (no predictions). */
    static DatasetImages of(Dataset d, int[] rows, int[] predicted) {
        if (d == null || rows == null) {
            throw new IllegalArgumentException("image grid: expected a dataset and row indices, found null");
        }
        int[] y = d.y();
        String[] titles = new String[rows.length];
        boolean[] wrong = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int actual = label(y, rows[i]);
            titles[i] = "true: " + d.classNames()[actual];
            if (predicted != null) {
                int guess = predictionFor(d, rows, predicted, i);
                titles[i] += " / pred: " + className(d, guess);
                wrong[i] = guess != actual;
            }
        }
        return new DatasetImages(titles, wrong);
    }

    private static int label(int[] y, int row) {
        if (row < 0 || row >= y.length) {
            throw new IllegalArgumentException("image grid: row " + row + " is outside 0.." + (y.length - 1)
                    + " of a dataset of " + y.length);
        }
        return y[row];
    }

    private static int predictionFor(Dataset d, int[] rows, int[] predicted, int i) {
        if (predicted.length == d.size()) {
            return predicted[rows[i]];
        }
        if (predicted.length == rows.length) {
            return predicted[i];
        }
        throw new IllegalArgumentException("image grid: expected " + d.size() + " predictions (one per dataset row) or "
                + rows.length + " (one per chosen row), found " + predicted.length);
    }

    private static String className(Dataset d, int label) {
        return label >= 0 && label < d.classes() ? d.classNames()[label] : "class " + label;
    }
}
