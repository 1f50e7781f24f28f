/**
 * Benchmarks: {@link dev.shellbook.bench.EpochBenchmark} times one softmax-regression epoch on Fashion-MNIST with
 * the fast kernel, with the natural EJML formulation and against two streaming passes over X;
 * {@link dev.shellbook.bench.SessionBenchmark} times the session's startup and a trivial step against JShell's
 * stock engines, the trivial step side by side with a local JShell.
 */
package dev.shellbook.bench;
