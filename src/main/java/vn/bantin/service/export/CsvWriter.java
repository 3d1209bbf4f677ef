package vn.bantin.service.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.bantin.domain.Article;

/**
 * One row per article for a spreadsheet. It starts with a byte-order mark, without which spreadsheet programs read
 * the file in the system's old code page and garble every Vietnamese letter.
 */
final class CsvWriter implements ExportWriter {
    static final String[] COLUMNS = {"id", "title", "outlet", "author", "published", "url", "provinces", "mentioned",
            "collections", "bookmarked", "read", "lead", "body", "captions", "note", "highlights"};
    private final BufferedWriter file;
    private final CSVPrinter out;

    CsvWriter(Path path) throws IOException {
        file = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        file.write('\uFEFF');
        out = new CSVPrinter(file, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get());
    }

    @Override
    public void begin(Header h) {
        // the header row is written with the first record
    }

    @Override
    public void write(ExportItem item) throws IOException {
        Article a = item.article();
        out.printRecord(a.id(), a.title(), a.source().name(), a.author(), a.published() == null ? null : a.published().toString(),
                a.url(), String.join("; ", item.provinces()), String.join("; ", a.mentionedIds()),
                String.join("; ", item.collections()), a.status().bookmarked(), a.status().read(), a.lead(),
                String.join("\n\n", a.body()), String.join("\n", a.captions()), item.note(),
                String.join("\n", item.highlights().stream().map(h -> "“" + h.quote() + "”" + (h.note() == null ? "" : " — " + h.note())).toList()));
    }

    @Override
    public void finish() throws IOException {
        out.close(true);
    }

    @Override
    public void abandon() {
        Writers.closeQuietly(out);
    }
}
