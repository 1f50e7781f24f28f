package dev.shellbook.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class ImageGridTest {
    /** Two 28×28 images: the first all black except a white top-left pixel, the second all grey (0..255 scale). */
    private static DMatrixRMaj twoImages() {
        DMatrixRMaj x = new DMatrixRMaj(2, 784);
        x.set(0, 0, 1.0);
        for (int p = 0; p < 784; p++) {
            x.set(1, p, 128);
        }
        return x;
    }

    @Test
    void gridSizeFollowsColumnsAndRows() {
        Figure figure = grid(new int[] {0, 1, 0}, 2).figure();
        int cellWidth = Math.max(28 * ImageGrid.SCALE, ImageGrid.MIN_CELL) + ImageGrid.PAD;
        assertEquals(ImageGrid.PAD + 2 * cellWidth, figure.width());
        assertEquals(ImageGrid.PAD + 2 * (28 * ImageGrid.SCALE + 30 + ImageGrid.PAD), figure.height());
    }

    @Test
    void pixelsAreEnlargedSquaresInGrey() {
        BufferedImage image = Render.image(grid(new int[] {0, 1}, 2).figure());
        int cellWidth = Math.max(28 * ImageGrid.SCALE, ImageGrid.MIN_CELL) + ImageGrid.PAD;
        int left = ImageGrid.PAD + (cellWidth - ImageGrid.PAD - 28 * ImageGrid.SCALE) / 2;
        int top = ImageGrid.PAD + 30;
        assertEquals(0xFFFFFFFF, image.getRGB(left + ImageGrid.SCALE - 1, top + ImageGrid.SCALE - 1));
        assertEquals(0xFF000000, image.getRGB(left + ImageGrid.SCALE, top + ImageGrid.SCALE));
        int secondLeft = left + cellWidth;
        assertEquals(128, image.getRGB(secondLeft + 50, top + 50) & 0xFF);
    }

    @Test
    void wrongPredictionTitleIsRed() {
        ImageGrid grid = new ImageGrid(twoImages(), new int[] {0}, new String[] {"WWWW"}, new boolean[] {true}, 1);
        BufferedImage image = Render.image(grid.figure());
        boolean red = false;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < ImageGrid.PAD + 15; y++) {
                int rgb = image.getRGB(x, y);
                red |= (rgb >> 16 & 0xFF) > 150 && (rgb >> 8 & 0xFF) < 80;
            }
        }
        assertTrue(red);
    }

    @Test
    void nonSquareFeatureCountIsRejectedWithShape() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ImageGrid(
                new DMatrixRMaj(3, 10), new int[] {0}, new String[] {"a"}, new boolean[1], 1));
        assertEquals("image grid: expected n×(side²) pixels such as n×784, found 3×10", e.getMessage());
    }

    @Test
    void rowOutsideTheMatrixIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> grid(new int[] {2}, 1));
        assertEquals("image grid: row 2 is outside 0..1 of a 2×784 matrix", e.getMessage());
    }

    private static ImageGrid grid(int[] rows, int columns) {
        String[] titles = new String[rows.length];
        java.util.Arrays.fill(titles, "true: Coat / pred: Shirt");
        return new ImageGrid(twoImages(), rows, titles, new boolean[rows.length], columns);
    }
}
