package dev.shellbook.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a learner's exercise file in their editor ({@code $VISUAL}, {@code $EDITOR}) or in JLine's built-in Nano,
 * and tells whether the file changed.
 */
final class Editing {
    private final LineInput input;
    private final Notebook notebook;

    Editing(LineInput input, Notebook notebook) {
        this.input = input;
        this.notebook = notebook;
    }

    /** Edits {@code file}; {@code true} when its content changed. */
    boolean edit(Path file) {
        if (!input.interactive()) {
            notebook.line("Edit " + file + " in your editor, save it, then type /check.");
            return false;
        }
        String before = read(file);
        String editor = editorCommand();
        if (editor != null) {
            input.handOver(() -> external(editor, file));
        } else if (!input.editBuiltIn(file)) {
            notebook.line("This terminal cannot show the built-in editor. Edit " + file
                    + " in your editor (or set $EDITOR), save it, then type /check.");
            return false;
        }
        if (before.equals(read(file))) {
            notebook.note("No changes to " + file + ". Type /check when you are ready.");
            return false;
        }
        return true;
    }

    private static String editorCommand() {
        for (String name : new String[] {"VISUAL", "EDITOR"}) {
            String value = System.getenv(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private void external(String editor, Path file) {
        try {
            Process p = new ProcessBuilder("sh", "-c", editor + " \"$1\"", "editor", file.toString())
                    .inheritIO().start();
            int status = p.waitFor();
            if (status != 0) {
                notebook.error("The editor (" + editor + ") ended with status " + status + ". Check " + file
                        + ", or unset $EDITOR to use the built-in one.");
            }
        } catch (IOException e) {
            notebook.error("Could not start the editor '" + editor + "': " + e.getMessage()
                    + ". Fix $EDITOR, or unset it to use the built-in one.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
