package dev.shellbook.exercise;

import java.util.Optional;

/**
 * A failed exercise check, with its parts as fields: what was checked, what was expected, what was found, and the
 * {@link Kind} of difference. The check runs in the learner's session JVM, and only an exception's message crosses
 * back to the shell, so the message is the readable sentence followed by one line holding the fields
 * ({@link #detail(String)} reads it back); plain {@code jshell} shows the sentence first.
 */
public class CheckFailed extends AssertionError {
    private static final long serialVersionUID = 1L;
    /**
     * Starts the line that carries the fields; the unit separator ({@code U+001F}) also separates them, and
     * {@code END} closes them (Java counts U+001F as white space, so a stripped message keeps its last field).
     */
    private static final String MARK = "\n\u001Fcheck\u001F";
    private static final String SEP = "\u001F";
    private static final String END = "\u001F.";

    private final transient Detail detail;

    /** How the found value differs from the expected one: what a mistake's failure is matched on. */
    public enum Kind {
        /** Something else, said in the check's own words ({@link Check#that}). */
        OTHER,
        /** A value is NaN. */
        NAN,
        /** A value is infinite. */
        INFINITE,
        /** A result that should be null-free is null. */
        NULL,
        /** A matrix or array has the wrong shape or length. */
        SHAPE,
        /** Rows that should be probabilities do not sum to 1. */
        NOT_NORMALISED,
        /** A method changed an argument it must leave as it was. */
        INPUT_CHANGED,
        /** A method that must update an argument in place left it as it was. */
        UNCHANGED,
        /** An update moved uphill (with the gradient) instead of downhill. */
        WRONG_DIRECTION,
        /** A value differs from the expected one. */
        MISMATCH
    }

    /**
     * A check failure's parts.
     *
     * @param kind     the kind of difference
     * @param what     what was checked, in the learner's terms ({@code softmax(z)[1,0]}); for {@link Kind#OTHER}
     *                 the check's whole sentence
     * @param expected what was expected ({@code 1 (±1e-9)}), or {@code ""}
     * @param found    what was found ({@code NaN}), or {@code ""}
     */
    public record Detail(Kind kind, String what, String expected, String found) {
        /** One sentence without a final period: {@code softmax(z)[1,0] is NaN, expected a finite number}. */
        public String text() {
            return expected.isEmpty() && found.isEmpty() ? what : what + " is " + found + ", expected " + expected;
        }
    }

    /** A failure in the check's own words (kind {@link Kind#OTHER}). */
    public CheckFailed(String message) {
        this(new Detail(Kind.OTHER, message, "", ""));
    }

    /** A failure with its parts. */
    public CheckFailed(Kind kind, String what, String expected, String found) {
        this(new Detail(kind, what, expected, found));
    }

    private CheckFailed(Detail detail) {
        super(detail.text() + MARK + String.join(SEP, detail.kind().name(), clean(detail.what()),
                clean(detail.expected()), clean(detail.found())) + END);
        this.detail = detail;
    }

    /** This failure's parts. */
    public Detail detail() {
        return detail;
    }

    /**
     * The parts carried by a failure's message, as it arrives from the session; a message without them (an
     * {@code assert}, another exception) is a {@link Kind#OTHER} detail holding the whole message.
     */
    public static Detail detail(String message) {
        return parse(message).orElseGet(() -> new Detail(Kind.OTHER, message == null ? "" : message.strip(), "", ""));
    }

    private static Optional<Detail> parse(String message) {
        int at = message == null ? -1 : message.indexOf(MARK);
        if (at < 0) {
            return Optional.empty();
        }
        String rest = message.substring(at + MARK.length());
        int end = rest.lastIndexOf(END);
        String[] f = end < 0 ? new String[0] : rest.substring(0, end).split(SEP, -1);
        if (f.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Detail(Kind.valueOf(f[0].strip()), f[1], f[2], f[3]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String clean(String s) {
        return s.replace(SEP, " ").replaceAll("\\s*\\R\\s*", " ");
    }
}
