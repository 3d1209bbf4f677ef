package vn.bantin.ingest.feed;

/** A download that did not give us what we asked for; the message says why in words a reader understands. */
public final class FetchException extends Exception {
    public FetchException(String message) {
        super(message);
    }
}
