package dev.shellbook.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageDetectionTest {
    private static final String XTERM_VT340 = "\u001B[?63;1;2;4;6;9;15;16;22;28c";
    private static final String XTERM_PLAIN = "\u001B[?64;1;2;6;9;15;16;17;18;21;22;28c";

    /** A probe that answers DA1 with {@code da1} and says whether tmux passes through. */
    private static ImageDetection.Probe probe(String da1, boolean tmux) {
        return new ImageDetection.Probe() {
            @Override
            public String deviceAttributes() {
                return da1;
            }

            @Override
            public boolean tmuxPassthrough() {
                return tmux;
            }
        };
    }

    private static ImageDetection.Target auto(Map<String, String> env, String da1, boolean tmux) {
        return ImageDetection.resolve(ImageMode.AUTO, env, true, probe(da1, tmux));
    }

    @Test
    void kittyAndGhosttyAreKnownByTheirEnvironment() {
        assertEquals(ImageMode.KITTY, auto(Map.of("TERM", "xterm-kitty", "KITTY_WINDOW_ID", "1"), "", false).mode());
        assertEquals(ImageMode.KITTY, auto(Map.of("TERM", "xterm-ghostty"), "", false).mode());
    }

    @Test
    void itermAndWeztermGetItermImages() {
        assertEquals(ImageMode.ITERM, auto(Map.of("TERM", "xterm-256color", "TERM_PROGRAM", "iTerm.app"), "", false).mode());
        assertEquals(ImageMode.ITERM, auto(Map.of("TERM", "xterm-256color", "LC_TERMINAL", "iTerm2"), "", false).mode());
        assertEquals(ImageMode.ITERM, auto(Map.of("TERM", "xterm-256color", "TERM_PROGRAM", "WezTerm"), "", false).mode());
    }

    @Test
    void sixelOnlyWhenTheTerminalSaysSoInItsDeviceAttributes() {
        Map<String, String> xterm = Map.of("TERM", "xterm");
        assertEquals(ImageMode.SIXEL, auto(xterm, XTERM_VT340, false).mode());
        assertEquals(ImageMode.TEXT, auto(xterm, XTERM_PLAIN, false).mode(), "62/64 is the class, not sixel");
        assertEquals(ImageMode.TEXT, auto(xterm, "", false).mode(), "no answer in time: text, never a guess");
        assertEquals(ImageMode.TEXT, auto(xterm, "\u001B[?4;6c", false).mode(), "a leading 4 is a class");
    }

    @Test
    void pipesAndDumbTerminalsGetThePathOnly() {
        assertEquals(ImageMode.OFF, ImageDetection.resolve(ImageMode.AUTO, Map.of("TERM", "xterm-kitty"), false,
                probe(XTERM_VT340, false)).mode());
        assertEquals(ImageMode.OFF, auto(Map.of("TERM", "dumb"), XTERM_VT340, false).mode());
        assertEquals(ImageMode.OFF, auto(Map.of(), XTERM_VT340, false).mode());
    }

    @Test
    void insideTmuxImagesPassThroughOnlyWhenTmuxAllowsIt() {
        Map<String, String> env = Map.of("TERM", "tmux-256color", "TMUX", "/tmp/tmux-0/default,1,0",
                "KITTY_WINDOW_ID", "3");
        assertEquals(new ImageDetection.Target(ImageMode.KITTY, Passthrough.TMUX), auto(env, "", true));
        assertEquals(new ImageDetection.Target(ImageMode.TEXT, Passthrough.NONE), auto(env, XTERM_PLAIN, false));
        assertEquals(new ImageDetection.Target(ImageMode.SIXEL, Passthrough.NONE), auto(env, XTERM_VT340, false),
                "a tmux that draws sixel itself says so in its own DA1");
    }

    @Test
    void insideScreenTheOuterTerminalsProtocolIsWrapped() {
        Map<String, String> env = Map.of("TERM", "screen", "STY", "123.pts-0", "LC_TERMINAL", "iTerm2");
        assertEquals(new ImageDetection.Target(ImageMode.ITERM, Passthrough.SCREEN), auto(env, "", false));
    }

    @Test
    void anExplicitModeIsKeptAndAWrongNameSaysWhichExist() {
        assertEquals(ImageMode.SIXEL, ImageDetection.resolve(ImageMode.SIXEL, Map.of(), false, probe("", false)).mode());
        assertEquals(ImageMode.ITERM, ImageMode.parse("ITerm"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageMode.parse("sixels"));
        assertEquals("--images: expected one of auto|kitty|iterm|sixel|text|off, found \"sixels\". Leave --images"
                + " out to let the terminal decide (auto).", e.getMessage());
    }

    @Test
    void geometryReadsCellSizeAndRegistersFromTheAnswers() {
        ChartPictures.Geometry g = ChartPictures.Geometry.of(120, 40, "\u001B[6;17;9t\u001B[?1;0;1024S" + XTERM_VT340);
        assertEquals(new ChartPictures.Geometry(120, 40, 9, 17, 256), g);
        assertEquals(new ChartPictures.Geometry(80, 24, 6, 13, 256), ChartPictures.Geometry.of(80, 24, ""),
                "no answer (xterm's default): the smallest common cell, so sixel never overflows the window");
        assertTrue(ChartPictures.Geometry.of(80, 24, "\u001B[?1;0;16S").colours() == 16);
    }
}
