package dev.shellbook.export;

import dev.shellbook.lesson.Lesson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lesson as an nbformat 4.5 notebook for a Java kernel: kernelspec {@code java} (IJava's and JJava's name),
 * language {@code java}. The set-up cell adds the project's jar and its libraries with {@code %jars} (IJava and
 * JJava both have it) and points the lesson at the project's data and chart folders, all relative to the
 * notebook's folder, where Jupyter starts the kernel.
 */
final class Ipynb {
    static final int MINOR = 5;

    private Ipynb() {}

    /** The notebook's bytes; {@code project} is the repository's folder as seen from the notebook's folder. */
    static byte[] of(Lesson lesson, Path project, Map<Integer, List<Output>> outputs) {
        Map<String, Object> notebook = new LinkedHashMap<>();
        notebook.put("cells", new NotebookCells(lesson, setup(lesson, project), outputs).cells());
        notebook.put("metadata", Map.of(
                "kernelspec", Map.of("display_name", "Java", "language", "java", "name", "java"),
                "language_info", Map.of("name", "java", "codemirror_mode", "java", "file_extension", ".jshell",
                        "mimetype", "text/x-java-source", "pygments_lexer", "java")));
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", MINOR);
        return Json.write(notebook).getBytes(StandardCharsets.UTF_8);
    }

    /** The first code cell: {@code %jars} for the jar and its libraries, then the course's settings. */
    static List<String> setup(Lesson lesson, Path project) {
        String root = project.toString().isEmpty() ? "." : project.toString().replace('\\', '/');
        return List.of(
                "%jars " + root + "/target/shellbook.jar " + root + "/target/lib/*.jar",
                "// Build the jar first (./shellbook or mvn package in " + root + "). The lesson reads its data",
                "// and saves its charts where the shell would:",
                "System.setProperty(\"shellbook.data\", \"" + root + "/data\");",
                "System.setProperty(\"shellbook.out\", \"" + root + "/out\");",
                "System.setProperty(\"shellbook.lesson\", \"" + lesson.id() + "\");",
                "System.setProperty(\"java.awt.headless\", \"true\");");
    }
}
