package vn.bantin.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.ingest.RejectedInputException;

/**
 * Bantin's extraction scored on real pages nobody here wrote: a fixed sample of 30 of the public benchmark's 181
 * pages in ../shared/corpora (every sixth page by id), with the benchmark's own scoring. The whole set is
 * measured by {@code bantin bench --extraction}; this floor keeps a regression from landing.
 */
class ExtractionBenchmarkTest {
    static final Path BENCHMARK = Path.of("..", "shared", "corpora", "article-extraction-benchmark");

    @Test
    void aSampleOfTheRealPageBenchmarkScoresAtLeastTheFloorAndNoPageIsRejected() throws Exception {
        assumeTrue(Files.isDirectory(BENCHMARK.resolve("html")),
                "skipped: ../shared/corpora/article-extraction-benchmark is not here (a plain clone has no shared/)");
        Map<String, byte[]> pages = ExtractionBench.pages(BENCHMARK);
        Map<String, String> truth = ExtractionBench.truth(BENCHMARK);
        List<String> ids = new ArrayList<>(pages.keySet());
        Map<String, String> sampleTruth = new TreeMap<>();
        Map<String, String> extracted = new TreeMap<>();
        List<String> rejected = new ArrayList<>();
        for (int i = 0; i < ids.size() && sampleTruth.size() < 30; i += 6) {
            String id = ids.get(i);
            sampleTruth.put(id, truth.get(id));
            try {
                extracted.put(id, ExtractionBench.extract(pages.get(id)));
            } catch (RejectedInputException e) {
                rejected.add(id + ": " + e.getMessage());
            }
        }
        ExtractionScore.Figures f = ExtractionScore.score(sampleTruth, extracted);
        assertThat(sampleTruth).hasSize(30);
        assertThat(rejected).isEmpty();
        assertThat(f.f1()).as("F1 on the 30-page sample (P %.3f, R %.3f)", f.precision(), f.recall()).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void theScorerAgreesWithTheBenchmarksOwnOnKnownCases() {
        // a perfect page, an empty extraction and half the words: the script gives 1, 0 and P 1 / R 0.5
        assertThat(ExtractionScore.score(Map.of("a", "one two three four five"), Map.of("a", "one two three four five")).f1())
                .isEqualTo(1.0);
        assertThat(ExtractionScore.score(Map.of("a", "one two three four five"), Map.of("a", "")).f1()).isEqualTo(0.0);
        ExtractionScore.Figures half = ExtractionScore.score(Map.of("a", "a b c d e f g h i j k"), Map.of("a", "a b c d e f g"));
        assertThat(half.precision()).isEqualTo(1.0);
        assertThat(half.recall()).isEqualTo(0.5);
    }

    @Test
    void benchExtractionWritesTheBenchmarksOutputFileAndScoresIt(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("html"));
        String page = "<html><head><title>Ha Long Bay cruise rules change | Example News</title></head><body>"
                + "<nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>Ha Long Bay cruise rules change</h1>"
                + "<p>Cruise boats on Ha Long Bay must now carry a licensed guide on every overnight trip, the Quang Ninh"
                + " tourism department said on Monday, after a season of record visitor numbers.</p>"
                + "<p>Operators have until March to hire and train guides, and boats without one will be kept in port.</p>"
                + "</article><footer>Copyright Example News</footer></body></html>";
        Files.writeString(dir.resolve("html").resolve("p1.html"), page);
        Files.writeString(dir.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": \"Cruise boats on Ha Long Bay must now"
                + " carry a licensed guide on every overnight trip, the Quang Ninh tourism department said on Monday, after a"
                + " season of record visitor numbers.\\n\\nOperators have until March to hire and train guides, and boats"
                + " without one will be kept in port.\"}}");
        Map<String, Object> figures = ExtractionBench.run(dir, dir.resolve("output").resolve("bantin.json"), 1, null);
        assertThat(figures).containsEntry("pages", 1).containsEntry("rejected", 0).containsEntry("f1", 1.0);
        assertThat(Files.readString(dir.resolve("output").resolve("bantin.json"))).contains("\"p1\"")
                .contains("licensed guide").doesNotContain("Copyright");
    }
}
