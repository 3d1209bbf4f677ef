package vn.bantin.domain;

import java.util.List;
import java.util.Set;

/**
 * What story grouping compares: a MinHash signature of an article's words and the names it is built around
 * (people, places, organisations), folded to lower case without accents. {@code places} are the keys that
 * name a province or a place in one: they find candidates but vouch for little, since many stories of a day
 * happen in Hanoi.
 */
public record Fingerprint(int[] minhash, List<String> keys, Set<String> places) {
    public Fingerprint {
        minhash = minhash.clone();
        keys = List.copyOf(keys);
        places = Set.copyOf(places);
    }

    /** Values in a signature. */
    public static final int SIZE = 64;

    /**
     * Estimated Jaccard similarity of the two word sets: the share of MinHash values equal in their low 16 bits, all
     * that the file keeps of them.
     */
    public double similarity(Fingerprint other) {
        return similarity(minhash, other.minhash);
    }

    public static double similarity(int[] a, int[] b) {
        int n = Math.min(a.length, b.length);
        if (n == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < n; i++) {
            if ((a[i] & 0xffff) == (b[i] & 0xffff)) {
                same++;
            }
        }
        return same / (double) n;
    }
}
