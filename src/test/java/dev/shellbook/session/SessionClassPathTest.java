package dev.shellbook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The execution JVM gets real class path entries, whether we run under Surefire or from the shipped jar. */
class SessionClassPathTest {

    @Test
    void expandsSurefiresClassPathSoTheSessionSeesOurClassesAndLibraries() {
        List<Path> entries = ClassPath.current();
        assertTrue(entries.stream().anyMatch(p -> p.toString().contains("ejml-ddense")), entries.toString());
        assertTrue(entries.stream().anyMatch(p -> Files.isDirectory(p) && p.endsWith("classes")), entries.toString());
    }

    @Test
    void expandsAManifestClassPathRelativeToTheJar(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("lib"));
        Path lib = Files.createFile(dir.resolve("lib/a.jar"));
        Path jar = jar(dir.resolve("shellbook.jar"), "lib/a.jar lib/missing.jar");
        String old = System.getProperty("surefire.test.class.path");
        try {
            System.setProperty("surefire.test.class.path", jar.toString());
            assertEquals(List.of(jar, lib), ClassPath.current());
        } finally {
            System.setProperty("surefire.test.class.path", old);
        }
    }

    private static Path jar(Path file, String classPath) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return file;
    }
}
