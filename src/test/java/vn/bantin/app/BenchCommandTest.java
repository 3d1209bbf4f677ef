package vn.bantin.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only that the benchmark runs and reports every figure: timings are for BENCHMARKS.md, not for tests. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void smallRunPrintsEveryFigure() throws Exception {
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] {"bench", "--articles", "2000", "--json", "--db", dir.resolve("b.db").toString()},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        JsonNode n = new ObjectMapper().readTree(out.toString().strip());
        assertThat(n.get("articles").asInt()).isEqualTo(2000);
        assertThat(n.get("imported").asInt()).isBetween(1900, 2000);
        for (String key : new String[] {"import_articles_per_s", "first_page_ms", "province_switch_ms", "search_ms",
                "search_rare_ms", "search_province_ms", "counts_ms", "bookmark_toggle_ms", "open_article_ms"}) {
            assertThat(n.has(key)).as(key).isTrue();
            assertThat(n.get(key).asDouble()).as(key).isPositive();
            if (!key.startsWith("import")) {
                assertThat(n.has(key + "_p95")).as(key + "_p95").isTrue();
            }
        }
        assertThat(n.get("db_bytes").asLong()).isPositive();
        assertThat(n.get("peak_rss_mb").asLong()).isPositive();
    }
}
