package dev.shellbook.chart;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import javax.swing.ImageIcon;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.knowm.xchart.SwingWrapper;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Opens saved charts in windows when the learner asked for it and a display exists. Without a display nothing
 * fails: the saved path has already been printed. Closing a window never ends the JShell session.
 */
final class Display {
    /** Starts as {@code -Dshellbook.windows=true} says ({@code ./shellbook --windows}); {@link Charts#show} changes it. */
    private static volatile boolean wanted = Boolean.getBoolean("shellbook.windows");

    private Display() {}

    static void want(boolean show) {
        wanted = show;
    }

    static boolean wanted() {
        return wanted;
    }

    /** Opens the figure if wanted and possible; returns whether a window was opened. */
    static boolean maybeShow(String name, Figure figure, Path png) {
        if (!wanted || GraphicsEnvironment.isHeadless()) {
            return false;
        }
        try {
            JFrame frame = figure.chart().map(Display::wrap).orElseGet(() -> framed(name, figure));
            SwingUtilities.invokeLater(() -> frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE));
            return true;
        } catch (RuntimeException | java.awt.AWTError e) { // a broken X connection must not break the lesson
            System.out.println("chart window not opened (" + e.getMessage() + "); see " + png);
            return false;
        }
    }

    private static JFrame wrap(Chart<?, ?> chart) {
        return new SwingWrapper<Chart<?, ?>>(chart).displayChart();
    }

    private static JFrame framed(String name, Figure figure) {
        JFrame frame = new JFrame(name);
        SwingUtilities.invokeLater(() -> {
            frame.add(new JLabel(new ImageIcon(Render.image(figure))));
            frame.pack();
            frame.setVisible(true);
        });
        return frame;
    }
}
