package vn.bantin.domain;

/** A news outlet (or a feed, later) that articles come from. */
public record Source(String id, String name, String homepage) {
    public static final Source UNKNOWN = new Source("unknown", "Saved page", null);
}
