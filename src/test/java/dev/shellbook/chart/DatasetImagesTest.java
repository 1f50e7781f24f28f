package dev.shellbook.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shellbook.data.Dataset;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class DatasetImagesTest {
    private final Dataset d = new Dataset(new DMatrixRMaj(3, 784), new int[] {4, 6, 8},
            new String[] {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
                "Ankle boot"}, 28, 28);

    @Test
    void predictionsForEveryDatasetRowAreLookedUpByRow() {
        DatasetImages images = DatasetImages.of(d, new int[] {2, 0}, new int[] {4, 6, 6});
        assertArrayEquals(new String[] {"true: Bag / pred: Shirt", "true: Coat / pred: Coat"}, images.titles());
        assertArrayEquals(new boolean[] {true, false}, images.wrong());
    }

    @Test
    void predictionsForTheChosenRowsAreTakenInOrder() {
        DatasetImages images = DatasetImages.of(d, new int[] {1}, new int[] {6});
        assertArrayEquals(new String[] {"true: Shirt / pred: Shirt"}, images.titles());
    }

    @Test
    void withoutPredictionsTitlesNameTheClass() {
        assertArrayEquals(new String[] {"true: Coat"}, DatasetImages.of(d, new int[] {0}, null).titles());
    }

    @Test
    void predictionCountThatFitsNeitherIsRejected() {
        assertEquals("image grid: expected 3 predictions (one per dataset row) or 2 (one per chosen row), found 1",
                assertThrows(IllegalArgumentException.class,
                        () -> DatasetImages.of(d, new int[] {0, 1}, new int[] {1})).getMessage());
    }

    @Test
    void rowOutsideTheDatasetIsRejected() {
        assertEquals("image grid: row 3 is outside 0..2 of a dataset of 3", assertThrows(
                IllegalArgumentException.class, () -> DatasetImages.of(d, new int[] {3}, null)).getMessage());
    }
}
