package vn.bantin.domain;

import static vn.bantin.i18n.Texts.t;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One row of the article list: never the body. {@code rank} is the search score in a search, else NaN;
 * {@code otherSources} names the outlets of the story's other versions. {@code mentionedIds} are the provinces
 * the article only names, apart from those it is about.
 */
public record ArticleSummary(long key, String id, String title, String sourceName, String url,
                             OffsetDateTime published, long sortTs, String lead, List<String> aboutIds,
                             List<String> mentionedIds, boolean read, boolean bookmarked, Instant bookmarkedAt,
                             double rank, long storyId, List<String> otherSources) {
    public ArticleSummary {
        aboutIds = List.copyOf(aboutIds);
        mentionedIds = List.copyOf(mentionedIds);
        otherSources = List.copyOf(otherSources);
    }

    /** The same summary with its story: its id and the outlets of its other versions. */
    public ArticleSummary inStory(long story, List<String> others) {
        return new ArticleSummary(key, id, title, sourceName, url, published, sortTs, lead, aboutIds, mentionedIds, read,
                bookmarked, bookmarkedAt, rank, story, others);
    }

    /**
     * What a row says about the story's other versions: the other outlets that told it ("+1 source: Tuoi Tre
     * News"), each named once and never the outlet being read; versions from that same outlet only are counted as
     * versions ("+1 version"). Empty when the article stands alone.
     */
    public String othersNote() {
        if (otherSources.isEmpty()) {
            return "";
        }
        List<String> outlets = otherSources.stream().filter(o -> !o.equals(sourceName)).distinct().toList();
        if (outlets.isEmpty()) {
            return t("list.versions", otherSources.size());
        }
        return t("list.sources", outlets.size(), String.join(", ", outlets));
    }

    public PageCursor cursor() {
        return new PageCursor(sortTs, key, rank);
    }
}
