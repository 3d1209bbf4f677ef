package vn.bantin.domain;

/** A named set of articles the reader keeps for something ("Mekong drought 2025", "Da Nang brief"). */
public record ArticleCollection(long id, String name, long articles) {
    /** Longer names are refused: a name is a sidebar entry, an export's title and its file's name. */
    public static final int MAX_NAME = 120;
}
