package vn.bantin.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.app.cli.Cli;

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

        // --reuse measures the same file again without importing
        StringWriter again = new StringWriter();
        assertThat(Cli.run(new String[] {"bench", "--reuse", "--json", "--db", dir.resolve("b.db").toString()},
                new PrintWriter(again), new PrintWriter(new StringWriter()))).isZero();
        JsonNode m = new ObjectMapper().readTree(again.toString().strip());
        assertThat(m.get("articles").asInt()).isEqualTo(n.get("imported").asInt());
        assertThat(m.has("import_articles_per_s")).isFalse();
        assertThat(m.get("search_ms").asDouble()).isPositive();
    }

    @Test
    void uiRunStartsTheWindowAndAnEmptyOneAndScrollsAProvinceToTheEnd() throws Exception {
        Path db = dir.resolve("ui.db");
        assertThat(Cli.run(new String[] {"bench", "--articles", "600", "--json", "--db", db.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isZero();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // the test JVM runs JavaFX on Monocle; the child processes are given the same platform
        int code = Cli.run(new String[] {"bench", "--ui", "--runs", "1", "--province", "ha-noi", "--json", "--db", db.toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        JsonNode n = new ObjectMapper().readTree(out.toString().strip());
        assertThat(n.get("province").asText()).isEqualTo("ha-noi");
        assertThat(n.get("empty_window_first_paint_ms").asDouble()).isPositive();
        assertThat(n.get("first_paint_ms").asDouble()).isPositive();
        assertThat(n.get("first_paint_ratio").asDouble()).isPositive();
        assertThat(n.get("first_paint_seen_on_screen").isBoolean()).as("says whether the screen was read back").isTrue();
        // the list's page is drawn as text first; the window's controls follow, never before it
        assertThat(n.get("window_ms").asDouble()).isGreaterThanOrEqualTo(n.get("first_paint_ms").asDouble());
        // Hanoi is the corpus's busiest province: its list is longer than one page, and the scroll reached its end
        assertThat(n.get("scroll_rows_total").asLong()).isGreaterThan(100);
        assertThat(n.get("scroll_rows").asLong()).isEqualTo(n.get("scroll_rows_total").asLong());
        assertThat(n.get("scroll_reached_end").asBoolean()).isTrue();
        assertThat(n.get("scroll_frames").asDouble()).isPositive();
        for (String key : new String[] {"scroll_frame_ms", "scroll_frame_ms_p95", "scroll_frame_ms_max", "window_peak_rss_mb", "window_reading_peak_rss_mb"}) {
            assertThat(n.get(key).asDouble()).as(key).isPositive();
        }
    }

    @Test
    void uiRunWithoutADatabaseSaysWhatItNeeds() {
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"bench", "--ui"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--ui needs --db FILE");
        for (String bench : new String[] {"--typing", "--export"}) {
            StringWriter said = new StringWriter();
            assertThat(Cli.run(new String[] {"bench", bench, "--db", dir.resolve("none.db").toString()},
                    new PrintWriter(new StringWriter()), new PrintWriter(said))).isNotZero();
            assertThat(said.toString()).contains(bench + " needs --db FILE");
        }
    }
}
