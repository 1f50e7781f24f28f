package dev.shellbook.data;

import java.nio.file.Path;
import org.ejml.data.DMatrixRMaj;

/** Raw grey images as stored in an IDX file: {@code count} images of {@code rows × cols} bytes 0..255. */
public final class ImageSet {
    private final Path file;
    private final int count;
    private final int rows;
    private final int cols;
    private final byte[] bytes;
    private final int offset;

    ImageSet(Path file, int count, int rows, int cols, byte[] bytes, int offset) {
        this.file = file;
        this.count = count;
        this.rows = rows;
        this.cols = cols;
        this.bytes = bytes;
        this.offset = offset;
    }

    /** Reads and checks an image IDX file (no hash check: {@link FashionMnist#trainImages()} checks the shipped ones). */
    public static ImageSet read(Path file) {
        return DataFiles.images(IdxFile.read(file), IdxFile.DEFAULT_FIX);
    }

    public int count() {
        return count;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** {count, rows, cols}, e.g. {60000, 28, 28}. */
    public int[] shape() {
        return new int[] {count, rows, cols};
    }

    /** Pixel at row {@code r}, column {@code c} of image {@code i}: 0 (background) .. 255. */
    public int pixel(int i, int r, int c) {
        checkImage(i);
        if (r < 0 || r >= rows || c < 0 || c >= cols) {
            throw new IllegalArgumentException("pixel: expected row 0.." + (rows - 1) + " and column 0.." + (cols - 1)
                    + ", found (" + r + ", " + c + ")");
        }
        return bytes[offset + (i * rows + r) * cols + c] & 0xff;
    }

    /** Image {@code i} as a rows × cols matrix of 0..255 (not scaled). */
    public DMatrixRMaj image(int i) {
        checkImage(i);
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        int start = offset + i * rows * cols;
        for (int k = 0; k < m.data.length; k++) {
            m.data[k] = bytes[start + k] & 0xff;
        }
        return m;
    }

    /** Image {@code i} as text: one line per pixel row, each pixel right-aligned in 4 characters. */
    public String pixelGrid(int i) {
        checkImage(i);
        StringBuilder sb = new StringBuilder(rows * (cols * 4 + 1));
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                sb.append(String.format("%4d", pixel(i, r, c)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    Path file() {
        return file;
    }

    byte[] bytes() {
        return bytes;
    }

    int offset() {
        return offset;
    }

    private void checkImage(int i) {
        if (i < 0 || i >= count) {
            throw new IllegalArgumentException("image: expected an index 0.." + (count - 1) + ", found " + i);
        }
    }

    @Override
    public String toString() {
        return "ImageSet[" + count + " images of " + rows + "×" + cols + " from " + file + "]";
    }
}
