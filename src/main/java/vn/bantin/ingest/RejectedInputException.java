package vn.bantin.ingest;

/** An input that cannot become an article; the message is the reason shown to the reader. */
public class RejectedInputException extends Exception {
    public RejectedInputException(String reason) {
        super(reason);
    }
}
