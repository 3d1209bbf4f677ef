package vn.bantin.domain;

import java.time.Instant;
import java.util.List;

/** A parsed and tagged article on its way into the store, with the raw input kept for re-parsing. */
public record NewArticle(String id, ParsedPage page, List<ProvinceTag> tags, String rawName, String rawInput,
                         Instant importedAt, Fingerprint fingerprint) {
    public NewArticle {
        tags = List.copyOf(tags);
    }

    public NewArticle(String id, ParsedPage page, List<ProvinceTag> tags, String rawName, String rawInput, Instant importedAt) {
        this(id, page, tags, rawName, rawInput, importedAt, null);
    }
}
