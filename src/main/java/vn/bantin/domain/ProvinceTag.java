package vn.bantin.domain;

import java.util.List;

/**
 * A province an article is about or names, with the words that made the tag. {@code byReader} marks a tag the
 * reader added; a tag the reader removed is not stored at all, and neither survives being re-read.
 */
public record ProvinceTag(String provinceId, Relation relation, int mentions, List<TagEvidence> evidence,
                          boolean byReader) {
    public ProvinceTag {
        evidence = List.copyOf(evidence);
    }

    public ProvinceTag(String provinceId, Relation relation, int mentions) {
        this(provinceId, relation, mentions, List.of(), false);
    }
}
