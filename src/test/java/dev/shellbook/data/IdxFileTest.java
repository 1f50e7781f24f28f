package dev.shellbook.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxFileTest {
    @TempDir
    Path dir;

    @Test
    void readsHeaderAndPayloadOfGzAndRawFiles() {
        byte[] bytes = IdxFiles.idx(3, 2, 2);
        IdxFile gz = IdxFile.read(IdxFiles.gz(dir.resolve("a.gz"), bytes));
        IdxFile raw = IdxFile.read(IdxFiles.raw(dir.resolve("a"), bytes));
        assertArrayEquals(new int[] {3, 2, 2}, gz.dims());
        assertArrayEquals(Arrays.copyOfRange(bytes, 16, bytes.length), gz.data());
        assertArrayEquals(gz.data(), raw.data());
        assertEquals(0x803, gz.magic());
    }

    @Test
    void truncatedPayloadNamesFileAndCounts() {
        Path f = IdxFiles.gz(dir.resolve("t.gz"), IdxFiles.idx(new int[] {3, 2, 2}, 7));
        DataException e = assertThrows(DataException.class, () -> IdxFile.read(f));
        assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("truncated: the header says [3, 2, 2] = 12 bytes of data, but the file "
                + "holds 7"), e.getMessage());
    }

    @Test
    void truncatedGzipStreamIsReportedNotThrownAsEof() throws Exception {
        Path good = IdxFiles.gz(dir.resolve("g.gz"), IdxFiles.idx(100, 28, 28));
        byte[] disk = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.gz"), Arrays.copyOf(disk, disk.length / 2));
        DataException e = assertThrows(DataException.class, () -> IdxFile.read(cut));
        assertTrue(e.getMessage().startsWith(cut + ": the gzip data is truncated or corrupt"), e.getMessage());
    }

    @Test
    void truncatedHeaderIsReported() {
        Path f = IdxFiles.raw(dir.resolve("h"), Arrays.copyOf(IdxFiles.idx(3, 2, 2), 9));
        DataException e = assertThrows(DataException.class, () -> IdxFile.read(f));
        assertTrue(e.getMessage().contains("truncated inside the header: 9 bytes"), e.getMessage());
    }

    @Test
    void badMagicNumberIsReported() {
        byte[] bytes = IdxFiles.idx(3, 2, 2);
        bytes[0] = 0x1f;
        Path f = IdxFiles.raw(dir.resolve("m"), bytes);
        DataException e = assertThrows(DataException.class, () -> IdxFile.read(f));
        assertTrue(e.getMessage().contains("bad magic number 0x1f000803"), e.getMessage());
        assertTrue(e.getMessage().contains("not an IDX file"), e.getMessage());
    }

    @Test
    void trailingBytesAreReported() {
        Path f = IdxFiles.raw(dir.resolve("long"), IdxFiles.idx(new int[] {2}, 5));
        DataException e = assertThrows(DataException.class, () -> IdxFile.read(f));
        assertTrue(e.getMessage().contains("too long"), e.getMessage());
    }

    @Test
    void plainFileNamedGzIsReported() {
        Path f = IdxFiles.raw(dir.resolve("plain.gz"), IdxFiles.idx(2));
        DataException e = assertThrows(DataException.class, () -> IdxFile.read(f));
        assertTrue(e.getMessage().contains("named .gz but is not gzip-compressed"), e.getMessage());
    }

    @Test
    void missingFileIsReported() {
        DataException e = assertThrows(DataException.class, () -> IdxFile.read(dir.resolve("none.gz")));
        assertTrue(e.getMessage().contains("none.gz: file not found"), e.getMessage());
    }

    @Test
    void shaOfUncompressedBytesIsVerified() {
        byte[] bytes = IdxFiles.idx(4);
        Path f = IdxFiles.gz(dir.resolve("s.gz"), bytes);
        IdxFile.verifySha256(f, IdxFile.sha256Hex(bytes));
        String wrong = "0".repeat(64);
        DataException e = assertThrows(DataException.class, () -> IdxFile.verifySha256(f, wrong));
        assertTrue(e.getMessage().contains("SHA-256 of the uncompressed bytes is " + IdxFile.sha256Hex(bytes)
                + ", expected " + wrong), e.getMessage());
    }

    @Test
    void sha256HexMatchesKnownValue() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                IdxFile.sha256Hex("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }
}
