package dev.shellbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputParserTest {
    private final OutputParser parser = new OutputParser(Path.of("/work/x"));

    @Test
    void chartLineBecomesChartWithBothFiles() {
        List<Block> blocks = parser.parse("epoch 1\nchart saved: out/site/01-a/loss.png (+ .svg)\ndone\n", false);
        assertEquals(3, blocks.size());
        Block.Chart c = assertInstanceOf(Block.Chart.class, blocks.get(1));
        assertEquals("loss", c.name());
        assertEquals(Path.of("/work/x/out/site/01-a/loss.png"), c.png());
        assertEquals(Path.of("/work/x/out/site/01-a/loss.svg"), c.svg());
        assertEquals(new Block.Text("epoch 1\n", false), blocks.get(0));
        assertEquals(new Block.Text("done\n", false), blocks.get(2));
    }

    @Test
    void tableBetweenTextKeepsOrder() {
        String text = "counts:\n  t  \n a  |\n-----\n 1  |\n 2  |\nend\n";
        List<Block> blocks = parser.parse(text, false);
        assertEquals(3, blocks.size());
        assertEquals(new Block.Text("counts:\n", false), blocks.get(0));
        TextTable t = assertInstanceOf(Block.Table.class, blocks.get(1)).table();
        assertEquals("t", t.title());
        assertEquals(List.of(List.of("1"), List.of("2")), t.rows());
        assertEquals(new Block.Text("end\n", false), blocks.get(2));
    }

    @Test
    void sizeLineOfTableValueFoldsIntoTable() {
        List<Block> blocks = TableValues.fold(parser.parse("Table t 60000×1\n  t  \n a  |\n-----\n 1  |\n", false));
        assertEquals(1, blocks.size());
        Block.Table t = assertInstanceOf(Block.Table.class, blocks.get(0));
        assertEquals("60000 rows × 1 column", t.size());
        List<Block> other = TableValues.fold(parser.parse("Table u 2×1\n  t  \n a  |\n-----\n 1  |\n", false));
        assertEquals(2, other.size(), "a size line naming another table stays text");
    }
}
