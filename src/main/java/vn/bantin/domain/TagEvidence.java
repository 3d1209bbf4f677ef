package vn.bantin.domain;

/**
 * The words that made a province tag, as the article writes them ("Mu Cang Chai district"), and how they
 * were read: "province", "district", "commune", "ward", "place", "dateline", or "reader" for a tag the reader
 * added by hand.
 */
public record TagEvidence(String phrase, String how) {
}
