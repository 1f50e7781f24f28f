package dev.shellbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesEverySpecialCharacter() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
                Html.escape("<a href=\"x\" title='y'>&</a>"));
    }

    @Test
    void markdownEscapesRawHtmlAndRendersTables() {
        String html = Markdown.toHtml("<script>alert(1)</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("<table>") && html.contains("<td>2</td>"), html);
    }

    @Test
    void highlighterEscapesCodeAndMarksCommentsStringsKeywords() {
        String html = JavaHighlighter.toHtml("int a = b < c; // x<y\nString s = \"<\\\"q\";");
        assertEquals("<span class=\"k\">int</span> a = b &lt; c; <span class=\"c\">// x&lt;y</span>\n"
                + "String s = <span class=\"s\">&quot;&lt;\\&quot;q&quot;</span>;", html);
    }
}
