package dev.shellbook.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class HistoryTest {
    @Test
    void epochLinePrintsLikeTheLesson() {
        assertEquals("epoch 1, loss 0.7872, train acc 0.748, test acc 0.804",
                new EpochStats(1, 0.78721, 0.7481, 0.8039, Double.NaN, 0.2).toString());
        assertEquals("epoch 2, loss 0.5000, train acc 0.800",
                new EpochStats(2, 0.5, 0.8, Double.NaN, Double.NaN, 0.2).toString());
        assertEquals("epoch 3, loss 0.4000, train acc 0.850, val loss 0.4500, val acc 0.830",
                new EpochStats(3, 0.4, 0.85, 0.83, 0.45, 0.2).toString());
    }

    @Test
    void historyConvertsToATable() {
        History h = new History("run");
        h.add(new EpochStats(1, 0.9, 0.7, 0.72, Double.NaN, 0.1));
        h.add(new EpochStats(2, 0.6, 0.8, 0.81, Double.NaN, 0.1));
        Table t = h.named("lr 0.1").toTable();
        assertEquals("lr 0.1", t.name());
        assertEquals(2, t.rowCount());
        assertEquals(0.81, t.doubleColumn("test acc").getDouble(1), 0);
        assertArrayEquals(new double[] {0.9, 0.6}, h.losses(), 0);
        assertEquals(2, h.last().epoch());
        assertThrows(IllegalStateException.class, () -> new History("empty").last());
    }
}
