package vn.bantin.service.export;

/** An export that cannot be written, with a message naming the file and the reason. */
public final class ExportException extends RuntimeException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
