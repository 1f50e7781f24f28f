/**
 * File writing shared by every package that saves something the user keeps: learner work and progress
 * ({@code exercise}), rendered pages ({@code render}) and charts ({@code chart}). It imports nothing of ours, so any
 * package may use it without bending the dependency arrows.
 */
package dev.shellbook.files;
