package dev.shellbook.render;

import dev.shellbook.files.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The parts every page shares: the document head with the inlined stylesheet, the closing tags, and saving. */
final class Pages {
    private static final String CSS = load("page.css");

    private Pages() {}

    /** Opens the document: doctype, charset, title, the stylesheet inline, and {@code <body>}. */
    static void head(Html h, String title) {
        h.line("<!DOCTYPE html>").line("<html lang=\"en\">").line("<head>").line("<meta charset=\"utf-8\">")
                .line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .element("title", "", title).raw("<style>\n").raw(CSS).line("</style>").line("</head>")
                .line("<body>");
    }

    /** Closes the document and returns it. */
    static String tail(Html h) {
        return h.line("</body>").line("</html>").toString();
    }

    /** Saves a finished page atomically, creating its folder; a failure says how to get a writable one. */
    static void save(Path page, String html) {
        try {
            AtomicFiles.write(page, html);
        } catch (IOException e) {
            throw new UncheckedIOException("render: could not write " + page + ": " + e.getMessage()
                    + ". Check that the output folder is writable, or pass another one with --out.", e);
        }
    }

    private static String load(String name) {
        try (InputStream in = Pages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("render: the stylesheet " + name + " is missing from the jar. "
                        + "Rebuild with mvn package.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("render: cannot read the stylesheet " + name, e);
        }
    }
}
