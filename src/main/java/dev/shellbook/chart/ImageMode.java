package dev.shellbook.chart;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the shell shows a saved chart, as {@code --images} names it: an inline image in one of three terminal
 * protocols, a text plot, or only the saved path. {@link #AUTO} is decided by {@link ImageDetection}.
 */
public enum ImageMode {
    AUTO, KITTY, ITERM, SIXEL, TEXT, OFF;

    /** The mode named {@code name} ({@code kitty}, any case); a wrong name says which names exist. */
    public static ImageMode parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--images: expected one of " + names() + ", found \"" + name
                    + "\". Leave --images out to let the terminal decide (auto).", e);
        }
    }

    /** {@code auto|kitty|iterm|sixel|text|off}. */
    public static String names() {
        return Arrays.stream(values()).map(ImageMode::label).collect(Collectors.joining("|"));
    }

    /** The lower-case name, as typed. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code true} for the three inline-image protocols. */
    public boolean isImage() {
        return this == KITTY || this == ITERM || this == SIXEL;
    }
}
