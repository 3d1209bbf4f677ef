package vn.bantin.service.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.bantin.domain.Article;

/** The export as CSL-JSON, which Zotero, Pandoc and every CSL processor read: an array of newspaper articles. */
final class CslJsonWriter implements ExportWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonGenerator out;
    private LocalDate accessed;

    CslJsonWriter(Path file) throws IOException {
        out = JSON.getFactory().createGenerator(file.toFile(), JsonEncoding.UTF8);
        out.useDefaultPrettyPrinter();
    }

    @Override
    public void begin(Header h) throws IOException {
        accessed = h.made();
        out.writeStartArray();
    }

    @Override
    public void write(ExportItem item) throws IOException {
        Article a = item.article();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", a.id());
        o.put("type", "article-newspaper");
        o.put("title", a.title());
        o.put("container-title", a.source().name());
        if (a.author() != null && !a.author().isBlank()) {
            // one name as written: CSL prints a literal whole, where splitting a Vietnamese name would misplace it
            o.put("author", List.of(Map.of("literal", a.author().strip())));
        }
        if (item.dated()) {
            o.put("issued", dateParts(item.day()));
        }
        if (a.url() != null) {
            o.put("URL", a.url());
            o.put("accessed", dateParts(accessed));
        }
        o.put("language", a.language());
        if (!item.provinces().isEmpty()) {
            o.put("event-place", String.join(", ", item.provinces()));
        }
        if (!a.lead().isBlank()) {
            o.put("abstract", a.lead().strip());
        }
        JSON.writeValue(out, o);
    }

    private static Map<String, Object> dateParts(LocalDate d) {
        return Map.of("date-parts", List.of(List.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth())));
    }

    @Override
    public void finish() throws IOException {
        out.writeEndArray();
        out.close();
    }

    @Override
    public void abandon() {
        Writers.closeQuietly(out);
    }
}
