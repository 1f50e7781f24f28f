package dev.shellbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
    /** Exactly what Tablesaw 0.44 prints for a named table with a bar inside one cell. */
    private static final List<String> PRINTED = List.of(
            "           class counts           ",
            " class  |     name      |   x    |",
            "----------------------------------",
            "     0  |  T-shirt/top  |   0.5  |",
            "     1  |      Trouser  |  1.25  |",
            "     2  |        a | b  |        |");

    @Test
    void parsesTitleHeaderAndRows() {
        TextTable.Match m = TextTable.at(PRINTED, 0).orElseThrow();
        assertEquals(6, m.lines());
        assertEquals("class counts", m.table().title());
        assertEquals(List.of("class", "name", "x"), m.table().header());
        assertEquals(List.of("1", "Trouser", "1.25"), m.table().rows().get(1));
    }

    @Test
    void keepsBarInsideCellWhole() {
        TextTable t = TextTable.at(PRINTED, 0).orElseThrow().table();
        assertEquals(List.of("2", "a | b", ""), t.rows().get(2));
    }

    @Test
    void readsUntitledTableAndLeftOutRows() {
        List<String> lines = List.of("some text", " i  |", "-----", " 0  |", "after");
        assertTrue(TextTable.at(lines, 0).isEmpty(), "plain text before an untitled table is not its title");
        List<String> more = List.of(" epoch  |  loss  |", "------------------", "     0  |   1.0  |",
                "   ...  |   ...  |", "     9  |   0.1  |");
        TextTable t = TextTable.at(more, 0).orElseThrow().table();
        assertEquals(3, t.rows().size());
        assertTrue(TextTable.isEllipsis(t.rows().get(1)));
        assertFalse(TextTable.isEllipsis(t.rows().get(0)));
    }

    @Test
    void ignoresTextThatOnlyLooksLikeATable() {
        List<String> lines = List.of("a | b |", "------", "x");
        assertTrue(TextTable.at(lines, 0).isEmpty(), "dashes must be as wide as the header");
        assertTrue(TextTable.at(List.of("loss: 0.5", "acc: 0.9"), 0).isEmpty());
    }
}
