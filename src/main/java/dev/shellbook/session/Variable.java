package dev.shellbook.session;

/**
 * A variable alive in the session.
 *
 * @param name its name
 * @param type its declared type as written by JShell ({@code DMatrixRMaj}, {@code int[]})
 * @param value a short one-line display of its value
 */
public record Variable(String name, String type, String value) {

    @Override
    public String toString() {
        return type + " " + name + " = " + value;
    }
}
