package dev.shellbook.session;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * This JVM's class path as real entries, for the execution JVM and JShell's compiler.
 *
 * <p>Maven Surefire runs tests from a manifest-only booter jar (the real path is in
 * {@code surefire.test.class.path}); {@code java -jar target/shellbook.jar} puts {@code lib/*.jar} in the jar's
 * manifest {@code Class-Path}. Both are expanded here, relative manifest entries against the jar's folder.
 */
final class ClassPath {

    private ClassPath() {
    }

    /** The current JVM's class path, expanded, existing entries only, without duplicates. */
    static List<Path> current() {
        String raw = System.getProperty("surefire.test.class.path");
        if (raw == null || raw.isBlank()) {
            raw = System.getProperty("java.class.path", "");
        }
        Set<Path> entries = new LinkedHashSet<>();
        for (String part : raw.split(File.pathSeparator)) {
            if (!part.isBlank()) {
                addWithManifest(Path.of(part).toAbsolutePath().normalize(), entries);
            }
        }
        return new ArrayList<>(entries);
    }

    /** Entries joined with the platform's path separator. */
    static String join(List<Path> entries) {
        return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
    }

    private static void addWithManifest(Path entry, Set<Path> entries) {
        if (!Files.exists(entry) || !entries.add(entry)) {
            return;
        }
        if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
            for (String ref : manifestClassPath(entry)) {
                Path resolved = resolve(entry, ref);
                if (resolved != null) {
                    addWithManifest(resolved, entries);
                }
            }
        }
    }

    private static List<String> manifestClassPath(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            return value == null || value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Path resolve(Path jar, String ref) {
        try {
            if (ref.startsWith("file:")) {
                return Path.of(new java.net.URI(ref)).normalize();
            }
            Path dir = jar.getParent() == null ? Path.of(".") : jar.getParent();
            return dir.resolve(ref.replace('/', File.separatorChar)).normalize();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
