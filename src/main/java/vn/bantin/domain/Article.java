package vn.bantin.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** A stored article with everything the reading view shows. */
public record Article(long key, String id, Source source, String url, String title, String lead,
                      List<String> body, List<String> captions, OffsetDateTime published, String language,
                      Instant importedAt, List<ProvinceTag> tags, ArticleStatus status, long storyId,
                      List<Version> versions, String author) {
    public Article {
        body = List.copyOf(body);
        captions = List.copyOf(captions);
        tags = List.copyOf(tags);
        versions = List.copyOf(versions);
    }

    /** One outlet's version of the same story (this article among them). */
    public record Version(long key, String id, String sourceName, String title) {
    }

    public Article withStatus(ArticleStatus s) {
        return new Article(key, id, source, url, title, lead, body, captions, published, language, importedAt, tags, s,
                storyId, versions, author);
    }

    public List<String> aboutIds() {
        return tags.stream().filter(t -> t.relation() == Relation.ABOUT).map(ProvinceTag::provinceId).toList();
    }

    /** Every province the article names, the ones it is about included. */
    /** Provinces the article only names; those it is about are in {@link #aboutIds()}, not here as well. */
    public List<String> mentionedIds() {
        return tags.stream().filter(t -> t.relation() == Relation.MENTIONED).map(ProvinceTag::provinceId).toList();
    }
}
