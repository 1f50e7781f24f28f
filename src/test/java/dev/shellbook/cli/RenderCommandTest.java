package dev.shellbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Renders the two test lessons (one fine, one with a failing step) through the command, as an instructor would. */
class RenderCommandTest {
    private static final Path LESSONS = Path.of("src/test/resources/render-lessons");

    @TempDir
    static Path out;
    private static int exit;
    private static String stdout;
    private static String stderr;

    @BeforeAll
    static void renderBothLessons() {
        exit = render();
    }

    @Test
    void pageHasHeadingsCodeOutputTableAndChart() throws IOException {
        String page = Files.readString(out.resolve("01-tiny.html"));
        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
        assertTrue(page.contains("<h1>A tiny lesson for the renderer</h1>"), page);
        for (String step : new String[] {"Numbers and text", "A table", "A chart", "Double a number"}) {
            assertTrue(page.contains("</span>" + step), "heading for " + step);
        }
        assertTrue(page.contains("<span class=\"k\">int</span> n = Course.pick(50, 5);"), "code shown");
        assertTrue(page.contains("<pre>points: 5 &lt;b&gt;not bold&lt;/b&gt;\ntwice: 10</pre>"),
                "output escaped, quick mode, one box for consecutive prints, printf's PrintStream@hash hidden");
        assertTrue(page.contains("<pre class=\"value\">10</pre>"), "expression value shown");
        assertFalse(page.contains(">null</pre>"), "null values (map.put's) hidden");
        assertTrue(page.contains("<caption>class counts<span class=\"dims\">3 rows × 2 columns</span></caption>"),
                "table value with its size in the caption");
        assertTrue(page.contains("<tr><td class=\"n\">2</td><td>a | b</td></tr>"), "cells cut at the column bars");
        assertFalse(page.contains("Table class counts 3×2"), "size line folded into the caption");
        assertTrue(page.contains("<div class=\"todo\"><strong>TODO</strong> return two times x</div>"));
        assertTrue(page.contains("<details><summary>Reference solution</summary>"), "solution collapsed");
        assertTrue(page.contains("✓ The reference solution passes the checks."));
        assertFalse(page.contains("<script") || page.contains("http://") || page.contains("https://"),
                "nothing fetched from the web");
    }

    @Test
    void chartIsEmbeddedAndItsFilesExist() throws IOException {
        String page = Files.readString(out.resolve("01-tiny.html"));
        Matcher img = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(page);
        assertTrue(img.find(), "embedded PNG");
        Path png = out.resolve("01-tiny/square.png");
        assertTrue(Files.size(out.resolve("01-tiny/square.svg")) > 0, "SVG beside the page");
        assertEquals(Base64.getEncoder().encodeToString(Files.readAllBytes(png)), img.group(1));
        assertTrue(page.contains("<a href=\"01-tiny/square.png\">PNG</a> · <a href=\"01-tiny/square.svg\">SVG</a>"));
        assertFalse(page.contains("chart saved:"), "the chart line became the figure");
    }

    @Test
    void failingStepShowsInPageAndExitsNonZero() throws IOException {
        assertEquals(1, exit, stdout + stderr);
        assertTrue(Pattern.compile("02-broken\\.jsh:11: 02-broken step 2 \"Divide by zero\" failed: "
                + "ArithmeticException: / by zero").matcher(stderr).find(), stderr);
        String page = Files.readString(out.resolve("02-broken.html"));
        assertTrue(page.contains("<div class=\"error\" role=\"alert\"><strong>✗ This step failed</strong>"), page);
        assertTrue(Pattern.compile("02-broken\\.jsh:11</span>").matcher(page).find(), page);
        assertTrue(page.contains("<p>ArithmeticException: / by zero</p>"), page);
        assertTrue(page.contains("<pre>still runs</pre>"), "later steps still run");
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("href=\"01-tiny.html\"") && index.contains("✗ 1 step failed"), index);
    }

    @Test
    void renderingTwiceGivesIdenticalBytes() throws IOException {
        Map<String, byte[]> first = files();
        assertEquals(exit, render());
        Map<String, byte[]> second = files();
        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, bytes) -> assertTrue(java.util.Arrays.equals(bytes, second.get(name)), name + " changed"));
    }

    private static int render() {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cli = new CommandLine(new RenderCommand()).setOut(new PrintWriter(o)).setErr(new PrintWriter(e));
        int code = cli.execute("--lessons", LESSONS.toString(), "--out", out.toString(), "--quick");
        stdout = o.toString();
        stderr = e.toString();
        return code;
    }

    private Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                all.put(out.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return all;
    }
}
