package vn.bantin.service.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** One JSON object per line, per article: the shape of {@code bantin show --json}, with the collections it is in. */
final class JsonLinesWriter implements ExportWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BufferedWriter out;

    JsonLinesWriter(Path file) throws IOException {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    @Override
    public void begin(Header h) {
        // no header line: each line stands alone, as tools that read JSON Lines expect
    }

    @Override
    public void write(ExportItem item) throws IOException {
        Map<String, Object> o = ArticleJson.of(item.article());
        o.put("collections", item.collections());
        out.write(JSON.writeValueAsString(o));
        out.write('\n');
    }

    @Override
    public void finish() throws IOException {
        out.close();
    }

    @Override
    public void abandon() {
        try {
            out.close();
        } catch (IOException ignored) {
            // the partial file is removed next
        }
    }
}
