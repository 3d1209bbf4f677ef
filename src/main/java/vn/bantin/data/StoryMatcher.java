package vn.bantin.data;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import vn.bantin.domain.NewArticle;

/**
 * Decides, while an article is being stored, which earlier story it belongs to. The store finds the
 * candidates through its index (articles near in time that share a name); the rule is the caller's.
 */
public interface StoryMatcher {
    /**
     * An article already stored that shares names with the new one.
     *
     * @param day days since 1970 of its publication, or null when it has no date
     */
    record Candidate(long articleKey, long storyId, Long day, int[] minhash, int sharedKeys, Set<String> aboutIds,
                     int storySize) {
    }

    /** The story the new article joins, or empty when it starts one. {@code day} as in {@link Candidate}. */
    OptionalLong choose(NewArticle article, Long day, List<Candidate> candidates);

    /** Days either side of a dated article within which another article can be the same event. */
    int windowDays();

    /**
     * The least wording similarity ({@link vn.bantin.domain.Fingerprint#similarity}) a candidate can be
     * chosen with: the store reads the rest of a candidate (date, places, story size) only above it.
     */
    double minSimilarity();
}
