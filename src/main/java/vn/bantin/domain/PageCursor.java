package vn.bantin.domain;

/**
 * Keyset position: the last row of the previous page. Lists run newest first on (sortTs, key); search
 * results run best first on (rank, key), where rank is the search engine's score (lower is better) and NaN
 * outside a search.
 */
public record PageCursor(long sortTs, long key, double rank) {
    public PageCursor(long sortTs, long key) {
        this(sortTs, key, Double.NaN);
    }
}
