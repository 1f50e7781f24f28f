package dev.shellbook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A closed session leaves nothing of its compiler behind in this JVM: {@code run --all} opens one session per lesson,
 * and each left-over JShell would keep javac's file manager with one zip file system per class-path jar.
 */
@Timeout(120)
class SessionCloseTest {

    /** The classes counted: JShell itself, javac's file manager, and the zip file systems it opens. */
    private static final String[] KEPT = {"jdk.jshell.JShell", "com.sun.tools.javac.file.JavacFileManager",
        "jdk.nio.zipfs.ZipFileSystem"};

    @Test
    void closedSessionsLeaveNoJShellNorZipFileSystemBehind() throws Exception {
        Map<String, Long> whileOpen = useAndClose();
        Map<String, Long> afterOne = live();
        useAndClose();
        useAndClose();
        Map<String, Long> afterThree = live();
        assertTrue(whileOpen.get(KEPT[0]) > afterOne.get(KEPT[0]), "an open session's JShell is counted ("
                + whileOpen + ") and is gone once it closed (" + afterOne + ")");
        for (String name : KEPT) {
            assertTrue(afterThree.get(name) <= afterOne.get(name), name + ": " + afterOne.get(name)
                    + " reachable after one closed session, " + afterThree.get(name) + " after three");
        }
    }

    /** Uses a session as {@code run} and the shell do (cells, completion), then closes it; the counts while open. */
    private static Map<String, Long> useAndClose() throws Exception {
        try (Session session = Session.start(SessionOptions.defaults().spare(false).heap("128m"))) {
            assertTrue(session.run("var words = new ArrayList<String>(List.of(\"a\"));", Origin.INPUT).ok());
            assertEquals("1", session.run("words.size()", Origin.INPUT).lastValue());
            assertTrue(session.complete("words.si", 8).suggestions().contains("size()"));
            return counts(histogram());
        }
    }

    /**
     * Instances of {@link #KEPT} still reachable, by the JVM's class histogram (which collects garbage first); the
     * smallest of three readings, so an engine still closing on a background thread is not counted.
     */
    private static Map<String, Long> live() throws Exception {
        Map<String, Long> least = null;
        for (int reading = 0; reading < 3; reading++) {
            Map<String, Long> now = counts(histogram());
            least = least == null ? now : least.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> Math.min(e.getValue(), now.get(e.getKey()))));
            Thread.sleep(300);
        }
        return least;
    }

    private static Map<String, Long> counts(String histogram) {
        return java.util.Arrays.stream(KEPT).collect(Collectors.toMap(name -> name, name -> {
            Matcher row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+" + Pattern.quote(name) + "\\s",
                    Pattern.MULTILINE).matcher(histogram);
            return row.find() ? Long.parseLong(row.group(1)) : 0L;
        }));
    }

    private static String histogram() throws Exception {
        ObjectName commands = new ObjectName("com.sun.management:type=DiagnosticCommand");
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(commands, "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
    }
}
