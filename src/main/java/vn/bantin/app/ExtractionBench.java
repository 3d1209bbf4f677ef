package vn.bantin.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import vn.bantin.domain.ParsedPage;
import vn.bantin.ingest.RejectedInputException;
import vn.bantin.ingest.page.HtmlPageParser;
import vn.bantin.ingest.page.TextDecoder;

/**
 * {@code bantin bench --extraction DIR}: runs the HTML parser the importer uses on every page of an
 * article-extraction benchmark folder ({@code html/ID.html[.gz]}) and writes {@code output/bantin.json} in the
 * benchmark's own format, so its {@code evaluate.py} scores Bantin beside the other extractors in one run.
 */
public final class ExtractionBench {
    private ExtractionBench() {
    }

    /** The article body as the benchmark counts it: the lead and the paragraphs, without title or captions. */
    public static String articleBody(ParsedPage page) {
        StringBuilder sb = new StringBuilder(page.lead());
        for (String p : page.body()) {
            sb.append("\n\n").append(p);
        }
        return sb.toString();
    }

    public static Map<String, Object> run(Path dir, Path outFile, int rounds, PrintWriter progress) throws IOException {
        Path html = dir.resolve("html");
        if (!Files.isDirectory(html)) {
            throw new IOException(dir + " has no html/ folder: not an article-extraction benchmark");
        }
        List<Path> pages = new ArrayList<>();
        try (var s = Files.list(html)) {
            s.filter(p -> p.getFileName().toString().matches(".*\\.html?(\\.gz)?$")).sorted().forEach(pages::add);
        }
        if (pages.isEmpty()) {
            throw new IOException(html + " has no .html or .html.gz page");
        }
        Map<String, byte[]> inputs = new TreeMap<>();
        for (Path p : pages) {
            inputs.put(p.getFileName().toString().replaceFirst("\\.html?(\\.gz)?$", ""), read(p));
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode output = json.createObjectNode();
        List<String> rejected = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < Math.max(1, rounds); round++) {
            for (Map.Entry<String, byte[]> in : inputs.entrySet()) {
                long t0 = System.nanoTime();
                String body;
                try {
                    body = articleBody(HtmlPageParser.parse(TextDecoder.decode(in.getValue()), null));
                } catch (RejectedInputException e) {
                    body = "";
                    if (round == 0) {
                        rejected.add(in.getKey() + ": " + e.getMessage());
                    }
                }
                millis.add((System.nanoTime() - t0) / 1e6);
                if (round == 0) {
                    output.putObject(in.getKey()).put("articleBody", body);
                }
            }
        }
        Files.createDirectories(outFile.toAbsolutePath().getParent());
        json.writerWithDefaultPrettyPrinter().writeValue(outFile.toFile(), output);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("pages", inputs.size());
        figures.put("rejected", rejected.size());
        millis.sort(null);
        figures.put("median_ms", Math.round(millis.get(millis.size() / 2) * 100) / 100.0);
        figures.put("p95_ms", Math.round(millis.get((int) Math.ceil(millis.size() * 0.95) - 1) * 100) / 100.0);
        figures.put("output", outFile.toString());
        if (progress != null) {
            rejected.forEach(r -> progress.println("rejected " + r));
        }
        return figures;
    }

    private static byte[] read(Path p) throws IOException {
        if (!p.toString().endsWith(".gz")) {
            return Files.readAllBytes(p);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }
}
