/**
 * Benchmarks: {@link dev.shellbook.bench.EpochBenchmark} times one softmax-regression epoch on Fashion-MNIST with
 * the fast kernel, with the natural EJML formulation and against two streaming passes over X.
 */
package dev.shellbook.bench;
