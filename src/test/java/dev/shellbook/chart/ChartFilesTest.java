package dev.shellbook.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartFilesTest {
    @TempDir
    Path dir;

    @Test
    void writeReplacesTheFileAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("sub/a.png");
        ChartFiles.write(target, new byte[] {1, 2});
        ChartFiles.write(target, new byte[] {3});
        assertArrayEquals(new byte[] {3}, Files.readAllBytes(target));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void savedFilesAreReadableByOthers() throws Exception {
        Path target = dir.resolve("b.png");
        ChartFiles.write(target, new byte[] {1});
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            assertTrue(Files.getPosixFilePermissions(target).contains(PosixFilePermission.OTHERS_READ));
        }
    }

    @Test
    void saveWritesPngAndSvgAndReturnsThePng() throws Exception {
        Path png = ChartFiles.save(dir, "dot", Figure.drawn(20, 10, (g, w, h) -> g.fillRect(0, 0, 5, 5)));
        assertEquals(dir.resolve("dot.png"), png);
        assertTrue(Files.size(dir.resolve("dot.svg")) > 100);
    }

    @Test
    void namesWithPathsOrExtensionsAreRejected() {
        for (String bad : new String[] {"../x", "a/b", "loss.png", "", ".hidden", "a b"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChartFiles.checkName(bad));
            assertTrue(e.getMessage().endsWith("found \"" + bad + "\""), e.getMessage());
        }
        ChartFiles.checkName("loss-lr_0.1");
    }
}
