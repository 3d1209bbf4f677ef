package vn.bantin.domain;

import java.time.Instant;

/**
 * A subscription. {@code etag} and {@code lastModified} are what the server sent last, for a conditional GET;
 * {@code lastStatus} is what the last sync of this feed came to ("ok", "not modified", or the reason it failed).
 */
public record Feed(long id, String url, String title, String siteUrl, String etag, String lastModified,
                   Instant lastSync, String lastStatus, long unread) {
}
