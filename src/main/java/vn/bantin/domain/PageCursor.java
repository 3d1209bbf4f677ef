package vn.bantin.domain;

/** Keyset position in the newest-first order: the last row of the previous page. */
public record PageCursor(long sortTs, long key) {
}
