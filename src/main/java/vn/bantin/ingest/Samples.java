package vn.bantin.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.bantin.ingest.page.TextDecoder;

/**
 * The sample articles a new file is filled with (written by us, about real places, in `resources/samples/`), and
 * how to know them again: by the id their text gives, whatever name they were stored under.
 */
public final class Samples {
    private static final String FOLDER = "/samples/";

    private Samples() {
    }

    public static List<ImportService.Document> documents() {
        List<ImportService.Document> docs = new ArrayList<>();
        for (String name : names()) {
            try (InputStream in = Samples.class.getResourceAsStream(FOLDER + name)) {
                if (in != null) {
                    docs.add(new ImportService.Document("samples/" + name, in.readAllBytes()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return docs;
    }

    /**
     * The ids the sample articles have once imported, as listed in {@code ids.txt}: asked as the window starts, and
     * parsing the 13 pages held the list's first page back on the worker it queued behind.
     */
    public static List<String> ids() {
        return lines("ids.txt");
    }

    /** The ids the sample articles have once imported, parsed as an import parses them. */
    static List<String> parsedIds() {
        List<String> out = new ArrayList<>();
        for (ImportService.Document d : documents()) {
            try {
                String text = TextDecoder.decode(d.bytes());
                out.add(ImportService.articleId(ImportService.parse(d.name(), text), text));
            } catch (RejectedInputException e) {
                throw new IllegalStateException("a sample article does not import: " + d.name() + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    static List<String> names() {
        return lines("index.txt");
    }

    private static List<String> lines(String file) {
        try (InputStream in = Samples.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
