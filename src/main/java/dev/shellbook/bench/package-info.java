/**
 * Benchmarks: {@link dev.shellbook.bench.EpochBenchmark} times one softmax-regression epoch on Fashion-MNIST with
 * the fast kernel (float32 and float64, Vector API and scalar, 1 and 2 threads), with the natural EJML formulation,
 * against two streaming passes over X in each precision, and against numpy and torch
 * ({@code SoftmaxPeers}, running the shipped {@code softmax_peers.py}); {@link dev.shellbook.bench.NetworkBenchmark} ({@code bench --networks}) times dense
 * networks' epochs on the blocked kernel against EJML's products, as a share of the peak that
 * {@code PeakProbe} measures on this machine (FMA throughput and memory bandwidth);
 * {@link dev.shellbook.bench.SessionBenchmark} times the session's startup and a trivial step against JShell's
 * stock engines, the trivial step side by side with a local JShell.
 */
package dev.shellbook.bench;
