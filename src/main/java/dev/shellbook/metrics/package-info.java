/**
 * Measuring a classifier: confusion matrices, classification reports, binary counts, threshold sweeps and ROC
 * curves, each shown as a Tablesaw {@link tech.tablesaw.api.Table} a learner can print in JShell.
 *
 * <p>Classes appear in numeric order and every class is present, even one that is never predicted. A ratio
 * whose denominator is zero (say, the precision of a model that never predicts the positive class) is a
 * {@link dev.shellbook.metrics.Metric} that is <em>undefined</em> and says why, never a silent {@code NaN}.
 *
 * <p>This package depends on EJML and Tablesaw only; it never imports the shell, session, lesson, exercise or
 * render packages.
 */
package dev.shellbook.metrics;
