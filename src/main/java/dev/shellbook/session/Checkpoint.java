package dev.shellbook.session;

import dev.shellbook.files.AtomicFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * A checkpoint on disk: which cells ran (and what they declared), keyed by what their values depend on, with the
 * values themselves in a file {@link Snapshot} wrote. Files are written atomically; a damaged one reads as an
 * {@link IOException}, never as wrong data.
 *
 * @param key what the values depend on (JDK, Shellbook's code, data files, lesson file), by name
 * @param cells the journal's cells, oldest first
 * @param script the session's live snippets in order, to declare again on restore
 * @param contents what the values file holds
 */
record Checkpoint(Map<String, String> key, List<Cell> cells, List<Line> script, Snapshot.Contents contents)
        implements Serializable {

    /** A snippet as it sat in its file. */
    record Form(String source, String file, int firstLine, int line) implements Serializable {

        static Form of(Piece p) {
            return new Form(p.source(), p.file().toString(), p.firstLine(), p.line());
        }

        Piece piece() {
            return new Piece(source, Path.of(file), firstLine, line);
        }
    }

    /** A journal cell: the code as run, where from, and the snippets of it that ran OK. */
    record Cell(String code, String file, int line, List<Form> ok) implements Serializable {

        static Cell of(Journal.Entry e) {
            return new Cell(e.code(), e.origin().file().toString(), e.origin().line(),
                    e.ok().stream().map(Form::of).toList());
        }

        Journal.Entry entry() {
            return new Journal.Entry(code, new Origin(Path.of(file), line), ok.stream().map(Form::piece).toList());
        }

        /** {@code true} when this cell is {@code code} run from {@code origin}. */
        boolean is(String otherCode, Origin origin) {
            return code.equals(otherCode) && line == origin.line() && file.equals(origin.file().toString());
        }
    }

    /** What a live snippet is, for the restore. */
    enum Kind { IMPORT, METHOD, TYPE, VAR, CODE }

    /**
     * One live snippet.
     *
     * @param name the declared name (types and variables)
     * @param type a variable's type as JShell names it
     * @param temporary {@code true} for an expression's {@code $n}
     */
    record Line(Kind kind, String name, String type, Form form, boolean temporary) implements Serializable {
    }

    /** The file name of a checkpoint's description; the values are in {@code <name>.values} beside it. */
    static Path values(Path meta) {
        return meta.resolveSibling(meta.getFileName() + ".values");
    }

    /** Writes this description atomically (the values file must be in place already). */
    void write(Path meta) throws IOException {
        AtomicFiles.write(meta, bytes(this));
    }

    /** The description at {@code meta}; an {@link IOException} when it is missing or damaged. */
    static Checkpoint read(Path meta) throws IOException {
        return read(meta, Checkpoint.class);
    }

    /**
     * How many of {@code plan}'s cells, from the first, this checkpoint ran in order (other cells may come
     * between: typed ones, checks); -1 when it ran them out of order or ran a cell of {@code file} at or after
     * {@code endLine} (a later step).
     */
    int covers(List<Journal.Entry> plan, Path file, int endLine) {
        int matched = 0;
        for (Cell cell : cells) {
            if (matched < plan.size() && cell.is(plan.get(matched).code(), plan.get(matched).origin())) {
                matched++;
            } else if (laterIn(plan, matched, cell)
                    || cell.file().equals(file.toString()) && cell.line() >= endLine) {
                return -1;
            }
        }
        return matched;
    }

    /** The first key entry that differs from {@code now}, or {@code null}. */
    String staleBecause(Map<String, String> now) {
        for (Map.Entry<String, String> e : now.entrySet()) {
            if (!e.getValue().equals(key.get(e.getKey()))) {
                return e.getKey();
            }
        }
        return key.keySet().equals(now.keySet()) ? null : "key";
    }

    private static boolean laterIn(List<Journal.Entry> plan, int from, Cell cell) {
        for (int i = from; i < plan.size(); i++) {
            if (cell.is(plan.get(i).code(), plan.get(i).origin())) {
                return true;
            }
        }
        return false;
    }

    /** Java serialization of {@code value}, followed by its CRC-32C. */
    static byte[] bytes(Serializable value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(value);
        }
        CRC32C crc = new CRC32C();
        crc.update(out.toByteArray());
        out.write(ByteBuffer.allocate(Long.BYTES).putLong(crc.getValue()).array());
        return out.toByteArray();
    }

    /** Reads what {@link #bytes} wrote; an {@link IOException} if the file is damaged or of another kind. */
    static <T> T read(Path file, Class<T> type) throws IOException {
        byte[] all = Files.readAllBytes(file);
        if (all.length < Long.BYTES) {
            throw new IOException(file + " is truncated");
        }
        CRC32C crc = new CRC32C();
        crc.update(all, 0, all.length - Long.BYTES);
        if (crc.getValue() != ByteBuffer.wrap(all, all.length - Long.BYTES, Long.BYTES).getLong()) {
            throw new IOException(file + " is damaged (its checksum differs)");
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(all, 0, all.length - Long.BYTES))) {
            return type.cast(in.readObject());
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException(file + " is not a checkpoint of this Shellbook", e);
        }
    }

    /** The cells as journal entries. */
    List<Journal.Entry> entries() {
        List<Journal.Entry> all = new ArrayList<>();
        cells.forEach(c -> all.add(c.entry()));
        return all;
    }
}
