package vn.bantin.domain;

import java.time.OffsetDateTime;
import java.util.List;

/** What a parser makes of one saved page or fetched article, before tagging and storing. */
public record ParsedPage(Source source, String url, String title, String lead, List<String> body,
                         List<String> captions, OffsetDateTime published, String language, String author) {
    public ParsedPage {
        body = List.copyOf(body);
        captions = List.copyOf(captions);
        author = author == null || author.isBlank() ? null : author.strip();
    }

    /** A page whose writer is not named (saved text pages rarely name one in a way we can tell). */
    public ParsedPage(Source source, String url, String title, String lead, List<String> body, List<String> captions,
                      OffsetDateTime published, String language) {
        this(source, url, title, lead, body, captions, published, language, null);
    }

    public ParsedPage withUrl(String u) {
        return new ParsedPage(source, u, title, lead, body, captions, published, language, author);
    }

    public ParsedPage withPublished(OffsetDateTime p) {
        return new ParsedPage(source, url, title, lead, body, captions, p, language, author);
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
