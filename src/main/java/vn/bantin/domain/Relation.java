package vn.bantin.domain;

/** How an article relates to a province: the story is about it, or it is only named. */
public enum Relation {
    ABOUT, MENTIONED;

    public String dbName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Relation fromDb(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
