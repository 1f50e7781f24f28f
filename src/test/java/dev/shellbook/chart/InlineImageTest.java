package dev.shellbook.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InlineImageTest {
    private static final Pattern KITTY = Pattern.compile("\u001B_G([^;]*);([A-Za-z0-9+/=]*)\u001B\\\\");

    private static byte[] chartPng() {
        return Render.png(Figure.of(LineCharts.lines("Loss", "epoch", "loss", new double[] {1, 2, 3},
                Map.of("train", new double[] {0.9, 0.5, 0.4}))));
    }

    @Test
    void kittyChunksDecodeBackToTheChartsPng() {
        byte[] png = chartPng();
        String sequence = InlineImage.kitty(png, 72);
        Matcher m = KITTY.matcher(sequence);
        StringBuilder data = new StringBuilder();
        List<String> keys = new ArrayList<>();
        int end = 0;
        while (m.find()) {
            assertEquals(end, m.start(), "chunks follow each other with nothing between");
            keys.add(m.group(1));
            assertTrue(m.group(2).length() <= InlineImage.KITTY_CHUNK);
            data.append(m.group(2));
            end = m.end();
        }
        assertEquals(sequence.length(), end);
        assertTrue(keys.size() > 1, "a chart takes several chunks");
        assertEquals("a=T,f=100,q=2,c=72,m=1", keys.get(0));
        assertEquals("q=2,m=0", keys.get(keys.size() - 1));
        keys.subList(1, keys.size() - 1).forEach(k -> assertEquals("q=2,m=1", k));
        assertArrayEquals(png, Base64.getDecoder().decode(data.toString()));
    }

    @Test
    void itermSequenceDecodesBackToTheChartsPng() {
        byte[] png = chartPng();
        Matcher m = Pattern.compile("\u001B]1337;File=inline=1;size=(\\d+);width=64;preserveAspectRatio=1:"
                + "([A-Za-z0-9+/=]+)\u0007").matcher(InlineImage.iterm(png, 64));
        assertTrue(m.matches());
        assertEquals(png.length, Integer.parseInt(m.group(1)));
        assertArrayEquals(png, Base64.getDecoder().decode(m.group(2)));
    }

    @Test
    void tmuxPassThroughDoublesEveryEscapeAndUnwrapsToTheSequence() {
        String kitty = InlineImage.kitty(chartPng(), 40);
        String wrapped = Passthrough.TMUX.wrap(kitty);
        assertTrue(wrapped.startsWith("\u001BPtmux;\u001B\u001B_G"));
        assertTrue(wrapped.endsWith("\u001B\u001B\\\u001B\\"));
        String inner = wrapped.substring("\u001BPtmux;".length(), wrapped.length() - 2);
        assertEquals(kitty, inner.replace("\u001B\u001B", "\u001B"));
    }

    @Test
    void screenPassThroughSplitsIntoShortStringsThatNeverHoldAWholeTerminator() {
        String kitty = InlineImage.kitty(chartPng(), 40);
        String wrapped = Passthrough.SCREEN.wrap(kitty);
        Matcher m = Pattern.compile("\u001BP(.*?)\u001B\\\\", Pattern.DOTALL).matcher(wrapped);
        StringBuilder joined = new StringBuilder();
        int end = 0;
        while (m.find()) {
            assertEquals(end, m.start());
            assertTrue(m.group(1).length() <= Passthrough.SCREEN_PIECE);
            assertTrue(!m.group(1).contains("\u001B\\"));
            joined.append(m.group(1));
            end = m.end();
        }
        assertEquals(wrapped.length(), end);
        assertEquals(kitty, joined.toString());
    }
}
