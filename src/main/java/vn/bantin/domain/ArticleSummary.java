package vn.bantin.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** One row of the article list: never the body. {@code rank} is the search score in a search, else NaN. */
public record ArticleSummary(long key, String id, String title, String sourceName, String url,
                             OffsetDateTime published, long sortTs, String lead, List<String> aboutIds,
                             List<String> mentionedIds, boolean read, boolean bookmarked, Instant bookmarkedAt,
                             double rank) {
    public ArticleSummary {
        aboutIds = List.copyOf(aboutIds);
        mentionedIds = List.copyOf(mentionedIds);
    }

    public PageCursor cursor() {
        return new PageCursor(sortTs, key, rank);
    }
}
