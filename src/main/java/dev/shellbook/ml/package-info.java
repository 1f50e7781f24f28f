/**
 * Softmax regression from scratch on EJML ({@code DMatrixRMaj}, float64; the kernel engine trains softmax regression
 * in float32 unless {@code Sgd.float64()}): the stable softmax and losses, activations,
 * label helpers, minibatch SGD and Adam options, training histories, and four models: {@link dev.shellbook.ml.SoftmaxRegression},
 * {@link dev.shellbook.ml.LogisticRegression}, the {@link dev.shellbook.ml.Network} of any depth (its products on a
 * {@link dev.shellbook.ml.Gemm}) and its one-hidden-layer case {@link dev.shellbook.ml.MultiClassNetwork}.
 *
 * <p>Math code shows the equation in a comment above the line computing it. Methods say which of their arguments
 * they modify; all others are left untouched.
 */
package dev.shellbook.ml;
