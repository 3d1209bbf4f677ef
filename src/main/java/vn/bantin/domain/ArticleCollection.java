package vn.bantin.domain;

/** A named set of articles the reader keeps for something ("Mekong drought 2025", "Da Nang brief"). */
public record ArticleCollection(long id, String name, long articles) {
    /** Longer names are refused: a sidebar entry, a file name and a BibTeX key are made from them. */
    public static final int MAX_NAME = 120;
}
