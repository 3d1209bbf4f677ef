package vn.bantin.ingest.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The built-in list of feeds of outlets that report on Vietnam ({@code resources/feeds/catalogue.json}). */
public final class Catalogue {
    /** One feed the catalogue offers. */
    public record Source(String name, String outlet, String language, String url, String site) {
    }

    private Catalogue() {
    }

    public static List<Source> standard() {
        try (InputStream in = Catalogue.class.getResourceAsStream("/feeds/catalogue.json")) {
            if (in == null) {
                throw new IllegalStateException("the feed catalogue is missing from the build");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Source> read(InputStream in) throws IOException {
        List<Source> out = new ArrayList<>();
        for (JsonNode s : new ObjectMapper().readTree(in).path("sources")) {
            out.add(new Source(s.path("name").asText(), s.path("outlet").asText(null), s.path("language").asText("vi"),
                    s.path("url").asText(), s.path("site").asText(null)));
        }
        return out;
    }
}
