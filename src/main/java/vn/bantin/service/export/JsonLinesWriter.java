package vn.bantin.service.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One JSON object per line, per article: the shape of {@code bantin show --json}, with the collections it is in, the
 * reader's note and highlights (offsets into title, lead and paragraphs joined by blank lines, and their words).
 */
final class JsonLinesWriter extends TextFileWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    JsonLinesWriter(Path file) throws IOException {
        super(file);
    }

    @Override
    public void begin(Header h) {
        // no header line: each line stands alone, as tools that read JSON Lines expect
    }

    @Override
    public void write(ExportItem item) throws IOException {
        Map<String, Object> o = ArticleJson.of(item.article());
        o.put("collections", item.collections());
        o.put("note", item.note());
        List<Map<String, Object>> marked = new java.util.ArrayList<>();
        for (vn.bantin.domain.Highlight h : item.highlights()) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("start", h.start());
            m.put("end", h.end());
            m.put("quote", h.quote());
            m.put("note", h.note());
            marked.add(m);
        }
        o.put("highlights", marked);
        out.write(JSON.writeValueAsString(o));
        out.write('\n');
    }
}
