package vn.bantin.app.bench;

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
        Map<String, byte[]> inputs = pages(dir);
        ObjectMapper json = new ObjectMapper();
        ObjectNode output = json.createObjectNode();
        Map<String, String> bodies = new TreeMap<>();
        List<String> rejected = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < Math.max(1, rounds); round++) {
            for (Map.Entry<String, byte[]> in : inputs.entrySet()) {
                long t0 = System.nanoTime();
                String body;
                try {
                    body = extract(in.getValue());
                } catch (RejectedInputException e) {
                    body = "";
                    if (round == 0) {
                        rejected.add(in.getKey() + ": " + e.getMessage());
                    }
                }
                millis.add((System.nanoTime() - t0) / 1e6);
                if (round == 0) {
                    bodies.put(in.getKey(), body);
                    output.putObject(in.getKey()).put("articleBody", body);
                }
            }
        }
        Files.createDirectories(outFile.toAbsolutePath().getParent());
        json.writerWithDefaultPrettyPrinter().writeValue(outFile.toFile(), output);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("pages", inputs.size());
        figures.put("rejected", rejected.size());
        Map<String, String> truth = truth(dir);
        if (!truth.isEmpty()) {
            ExtractionScore.Figures f = ExtractionScore.score(truth, bodies);
            figures.put("f1", round3(f.f1()));
            figures.put("precision", round3(f.precision()));
            figures.put("recall", round3(f.recall()));
        }
        millis.sort(null);
        figures.put("median_ms", Math.round(millis.get(millis.size() / 2) * 100) / 100.0);
        figures.put("p95_ms", Math.round(millis.get((int) Math.ceil(millis.size() * 0.95) - 1) * 100) / 100.0);
        figures.put("output", outFile.toString());
        if (progress != null) {
            rejected.forEach(r -> progress.println("rejected " + r));
        }
        return figures;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** The body Bantin's importer keeps of one saved HTML page, as the benchmark counts it. */
    public static String extract(byte[] page) throws RejectedInputException {
        return articleBody(HtmlPageParser.parse(TextDecoder.decode(page), null));
    }

    /** The pages of a benchmark folder by id (the file name without {@code .html.gz}), in id order. */
    public static Map<String, byte[]> pages(Path dir) throws IOException {
        Path html = dir.resolve("html");
        if (!Files.isDirectory(html)) {
            throw new IOException(dir + " has no html/ folder: not an article-extraction benchmark");
        }
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(html)) {
            s.filter(p -> p.getFileName().toString().matches(".*\\.html?(\\.gz)?$")).sorted().forEach(files::add);
        }
        if (files.isEmpty()) {
            throw new IOException(html + " has no .html or .html.gz page");
        }
        Map<String, byte[]> inputs = new TreeMap<>();
        for (Path p : files) {
            inputs.put(p.getFileName().toString().replaceFirst("\\.html?(\\.gz)?$", ""), read(p));
        }
        return inputs;
    }

    /** The folder's {@code ground-truth.json} as page id to article body; empty when it has none. */
    public static Map<String, String> truth(Path dir) throws IOException {
        Path file = dir.resolve("ground-truth.json");
        Map<String, String> out = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        new ObjectMapper().readTree(file.toFile()).fields()
                .forEachRemaining(e -> out.put(e.getKey(), e.getValue().path("articleBody").asText("")));
        return out;
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
