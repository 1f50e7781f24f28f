/**
 * Softmax regression from scratch on EJML ({@code DMatrixRMaj}, float64): the stable softmax and losses, activations,
 * label helpers, minibatch SGD options, training histories, and three models: {@link dev.shellbook.ml.SoftmaxRegression},
 * {@link dev.shellbook.ml.LogisticRegression} and the one-hidden-layer {@link dev.shellbook.ml.MultiClassNetwork}.
 *
 * <p>Math code shows the equation in a comment above the line computing it. Methods say which of their arguments
 * they modify; all others are left untouched.
 */
package dev.shellbook.ml;
