package dev.shellbook.data;

/** A data file is missing, truncated, corrupt or inconsistent. The message names the file, the fault and the fix. */
public class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
