package vn.bantin.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.TestPages;

class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        List<JsonNode> json() throws Exception {
            List<JsonNode> out = new ArrayList<>();
            for (String line : this.out.split("\n")) {
                if (!line.isBlank()) {
                    out.add(new ObjectMapper().readTree(line));
                }
            }
            return out;
        }
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    Path pages() throws Exception {
        Path in = dir.resolve("pages/nested");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), TestPages.hanoiTimes("Can Tho builds a new bridge", "Can Tho", "Mar 3, 2024 / 10:00"));
        Files.writeString(in.resolve("b.txt"), TestPages.hanoiTimes("Lao Cai opens a market", "Lao Cai", "Mar 4, 2024 / 10:00"));
        Files.write(in.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0});
        return dir.resolve("pages");
    }

    @Test
    void importReportsEachInputAndIsIdempotent() throws Exception {
        Path db = dir.resolve("x.db");
        Run first = run("import", "--db", db.toString(), "--json", pages().toString());
        assertThat(first.code()).isEqualTo(1);
        List<JsonNode> lines = first.json();
        assertThat(lines).hasSize(3);
        assertThat(lines).filteredOn(n -> n.get("status").asText().equals("imported")).hasSize(2);
        JsonNode rejected = lines.stream().filter(n -> n.get("status").asText().equals("rejected")).findFirst().orElseThrow();
        assertThat(rejected.get("file").asText()).endsWith("broken.txt");
        assertThat(rejected.get("reason").asText()).contains("binary");

        Run second = run("import", "--db", db.toString(), "--json", dir.resolve("pages/nested/a.txt").toString(),
                dir.resolve("pages/nested/b.txt").toString());
        assertThat(second.code()).isZero();
        assertThat(second.json()).allSatisfy(n -> assertThat(n.get("status").asText()).isEqualTo("duplicate"));
    }

    @Test
    void listFiltersByProvinceAndByTheUnitOf2025() throws Exception {
        Path db = dir.resolve("x.db");
        run("import", "--db", db.toString(), pages().toString());
        List<JsonNode> canTho = run("list", "--db", db.toString(), "--json", "--province", "can-tho").json();
        assertThat(canTho).hasSize(1);
        assertThat(canTho.get(0).get("title").asText()).isEqualTo("Can Tho builds a new bridge");
        assertThat(canTho.get(0).get("provinces")).extracting(JsonNode::asText).containsExactly("can-tho");
        assertThat(canTho.get(0).get("published").asText()).isEqualTo("2024-03-03T10:00+07:00");
        // Lao Cai is a member of the 2025 unit named Lao Cai; Can Tho is not.
        assertThat(run("list", "--db", db.toString(), "--json", "--province", "unit:lao-cai").json()).hasSize(1);
        assertThat(run("list", "--db", db.toString(), "--json", "--search", "lao cai").json()).hasSize(1);
        Run bad = run("list", "--db", db.toString(), "--province", "atlantis");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("Unknown province");
    }

    @Test
    void showBookmarkAndReadRoundTrip() throws Exception {
        Path db = dir.resolve("x.db");
        run("import", "--db", db.toString(), pages().toString());
        String id = run("list", "--db", db.toString(), "--json").json().get(0).get("id").asText();
        assertThat(run("bookmark", "--db", db.toString(), id).code()).isZero();
        assertThat(run("read", "--db", db.toString(), id).code()).isZero();
        JsonNode shown = run("show", "--db", db.toString(), "--json", id).json().get(0);
        assertThat(shown.get("bookmarked").asBoolean()).isTrue();
        assertThat(shown.get("read").asBoolean()).isTrue();
        assertThat(shown.get("lead").asText()).startsWith("Authorities in");
        assertThat(shown.get("body").asText()).contains("\n\n");
        assertThat(run("list", "--db", db.toString(), "--json", "--bookmarked").json()).hasSize(1);
        assertThat(run("list", "--db", db.toString(), "--json", "--unread").json()).hasSize(1);
        assertThat(run("retag", "--db", db.toString()).code()).isZero();
        assertThat(run("list", "--db", db.toString(), "--json", "--bookmarked").json()).hasSize(1);
        assertThat(run("unbookmark", "--db", db.toString(), id).code()).isZero();
        assertThat(run("list", "--db", db.toString(), "--json", "--bookmarked").json()).isEmpty();
        assertThat(run("show", "--db", db.toString(), "ffffffffffff").code()).isEqualTo(1);
    }

    @Test
    void embeddedDefaultIsFilledWithSamplesOnFirstUse() throws Exception {
        String old = System.getProperty(AppPaths.DATA_DIR_PROPERTY);
        System.setProperty(AppPaths.DATA_DIR_PROPERTY, dir.resolve("data").toString());
        try {
            List<JsonNode> rows = run("list", "--json", "--limit", "100").json();
            assertThat(rows).hasSizeGreaterThanOrEqualTo(12);
            assertThat(dir.resolve("data/bantin.db")).exists();
            List<JsonNode> provinces = run("provinces", "--json").json();
            assertThat(provinces).hasSize(63);
            assertThat(provinces.stream().mapToLong(p -> p.get("count").asLong()).sum()).isGreaterThanOrEqualTo(12);
            assertThat(run("provinces", "--json", "--units").json()).hasSize(34);
        } finally {
            if (old == null) {
                System.clearProperty(AppPaths.DATA_DIR_PROPERTY);
            } else {
                System.setProperty(AppPaths.DATA_DIR_PROPERTY, old);
            }
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("import").code()).isEqualTo(2);
    }

    @Test
    void refusedDatabaseIsReportedNotThrown() throws Exception {
        Path notDb = dir.resolve("notes.db");
        Files.writeString(notDb, "just text ".repeat(100), StandardCharsets.UTF_8);
        Run r = run("list", "--db", notDb.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("notes.db").contains("not SQLite");
    }
}
