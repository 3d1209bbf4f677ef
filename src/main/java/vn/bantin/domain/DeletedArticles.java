package vn.bantin.domain;

/**
 * A deletion that can still be undone while the file stays open: how many articles went, and the ticket to put
 * them back.
 */
public record DeletedArticles(int count, long ticket) {
    public static final DeletedArticles NONE = new DeletedArticles(0, -1);
}
