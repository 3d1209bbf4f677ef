package vn.bantin.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.dankito.readability4j.extended.Readability4JExtended;
import vn.bantin.ingest.page.TextDecoder;

/**
 * Bantin's extractor and Readability4J (the Kotlin port of Firefox's reader view) on the same benchmark pages in
 * one run: each writes its {@code output/NAME.json}, and the figures and median times are printed side by side.
 * Run with {@code bench/extraction-peers.sh DIR}; it is not a test.
 */
public final class ExtractionPeers {
    private ExtractionPeers() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpora/article-extraction-benchmark");
        Path outDir = Path.of(args.length > 1 ? args[1] : dir.resolve("output").toString());
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Map<String, byte[]> pages = ExtractionBench.pages(dir);
        Map<String, String> truth = ExtractionBench.truth(dir);
        Files.createDirectories(outDir);
        for (String name : List.of("bantin", "readability4j")) {
            Map<String, String> bodies = new TreeMap<>();
            List<Double> ms = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                for (Map.Entry<String, byte[]> p : pages.entrySet()) {
                    long t0 = System.nanoTime();
                    String body;
                    try {
                        body = name.equals("bantin") ? ExtractionBench.extract(p.getValue()) : readability(p.getValue());
                    } catch (Exception e) {
                        body = "";
                    }
                    ms.add((System.nanoTime() - t0) / 1e6);
                    bodies.put(p.getKey(), body);
                }
            }
            ObjectMapper json = new ObjectMapper();
            ObjectNode out = json.createObjectNode();
            bodies.forEach((k, v) -> out.putObject(k).put("articleBody", v));
            json.writerWithDefaultPrettyPrinter().writeValue(outDir.resolve(name + ".json").toFile(), out);
            ms.sort(null);
            ExtractionScore.Figures f = ExtractionScore.score(truth, bodies);
            System.out.printf("%-14s F1 %.3f  P %.3f  R %.3f  median %.2f ms  p95 %.2f ms  (%d pages x %d rounds)%n", name,
                    f.f1(), f.precision(), f.recall(), ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1),
                    pages.size(), rounds);
        }
    }

    private static String readability(byte[] page) throws Exception {
        String html = TextDecoder.decode(page);
        var article = new Readability4JExtended("https://example.org/", html).parse();
        String text = article.getTextContent();
        return text == null ? "" : text;
    }
}
