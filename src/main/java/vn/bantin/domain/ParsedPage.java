package vn.bantin.domain;

import java.time.OffsetDateTime;
import java.util.List;

/** What a parser makes of one saved page or fetched article, before tagging and storing. */
public record ParsedPage(Source source, String url, String title, String lead, List<String> body,
                         List<String> captions, OffsetDateTime published, String language) {
    public ParsedPage {
        body = List.copyOf(body);
        captions = List.copyOf(captions);
    }

    /** All reading text in order, as the tagger and the search index see it. */
    public String fullText() {
        StringBuilder sb = new StringBuilder(title).append("\n\n").append(lead);
        for (String p : body) {
            sb.append("\n\n").append(p);
        }
        return sb.toString();
    }
}
