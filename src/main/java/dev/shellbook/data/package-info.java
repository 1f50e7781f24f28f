/**
 * Data sets for the lessons: a checked IDX reader (magic number, dimensions, length, SHA-256), the Fashion-MNIST
 * and MNIST loaders, the toy CSV sets and a stratified, seeded train/validation split. A loaded
 * {@link dev.shellbook.data.Dataset} keeps its pixel bytes and makes its float64 matrix only when asked; every row
 * is read through {@code Dataset.copyRows}, for views ({@code map}) too.
 *
 * <p>Every problem with a data file is reported as a {@link dev.shellbook.data.DataException} that names the file,
 * says what is wrong and what to do about it.
 */
package dev.shellbook.data;
