package vn.bantin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.data.StoreException;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.ingest.ImportService;
import vn.bantin.ingest.RereadTest;

/**
 * Article texts are stored deflated (issue 23: they were most of a million-article file), and the texts of a file
 * written before read the same, search the same, re-read the same, and are deflated by {@code bantin compact}.
 */
class CompactTextsTest {
    @TempDir
    Path dir;

    static String one(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void anImportedArticleIsStoredDeflatedAndReadsReReadsAndSearchesAsWritten() throws Exception {
        Path file = dir.resolve("new.db");
        try (AppContext ctx = AppContext.open(file)) {
            Article before = RereadTest.storeAsTheOldParserDid(ctx);
            assertThat(ctx.library().retag(ImportService.Progress.NONE)).isEqualTo(1);
            // the re-read wrote a new body, and the raw input kept beside it (deflated against it) still reads
            Article after = ctx.articles().findByKey(before.key()).orElseThrow();
            assertThat(after.title()).isEqualTo("Vinh Long ferry pier reopens after the flood");
            assertThat(after.body()).anyMatch(p -> p.startsWith("Ferries will run every twenty minutes"));
            assertThat(ctx.library().retag(ImportService.Progress.NONE)).isEqualTo(1);
            assertThat(ctx.articles().findByKey(before.key()).orElseThrow().body()).isEqualTo(after.body());
            assertThat(ctx.reading().count(ArticleQuery.ALL.withText("twenty minutes"))).isEqualTo(1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT typeof(body) FROM article_texts")).isEqualTo("blob");
            assertThat(one(st, "PRAGMA page_size")).as("three deflated texts a page").isEqualTo("8192");
            assertThat(Long.parseLong(one(st, "SELECT length(raw_input) FROM article_texts")))
                    .as("the body's words in the page cost a reference to the body")
                    .isLessThan(deflate(RereadTest.SAVED).length);
        }
    }

    @Test
    void aFileWrittenBeforeReadsAsItWasAndCompactDeflatesItsTexts() throws Exception {
        Path file = dir.resolve("old.db");
        List<String> bodies = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA page_size = 4096"); // as files were made before
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("CREATE TABLE made_before (x)");
            st.execute("DROP TABLE made_before");
        }
        try (AppContext ctx = AppContext.open(file)) {
            for (int i = 0; i < 30; i++) {
                String page = "Thanh Hoa rice harvest " + i + "\n\nFarmers in Thanh Hoa brought in the harvest early.\n\n"
                        + "Prices for the " + i + "th field held steady, the province's farm department said. ".repeat(20);
                ctx.importer().importDocuments(List.of(new ImportService.Document("rice-" + i + ".txt",
                        page.getBytes(java.nio.charset.StandardCharsets.UTF_8))), ImportService.Progress.NONE);
            }
        }
        // as an earlier version stored them: the body as text, the raw input deflated without a dictionary
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT article_id FROM article_texts ORDER BY article_id")) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1)});
                }
            }
            try (AppContext ctx = AppContext.open(file)) {
                for (Object[] r : rows) {
                    Article a = ctx.articles().findByKey((Long) r[0]).orElseThrow();
                    bodies.add(String.join("\n\n", a.body()));
                }
            }
            try (var up = c.prepareStatement("UPDATE article_texts SET body = ?, raw_input = ? WHERE article_id = ?")) {
                for (int i = 0; i < rows.size(); i++) {
                    up.setString(1, bodies.get(i));
                    up.setBytes(2, deflate("raw page " + i));
                    up.setLong(3, (Long) rows.get(i)[0]);
                    up.executeUpdate();
                }
            }
            assertThat(one(st, "SELECT count(*) FROM article_texts WHERE typeof(body) = 'text'")).isEqualTo("30");
            assertThat(one(st, "PRAGMA page_size")).isEqualTo("4096");
        }
        try (AppContext ctx = AppContext.open(file)) {
            long key = ctx.articles().page(ArticleQuery.ALL, null, 1).items().get(0).key();
            String before = String.join("\n\n", ctx.articles().findByKey(key).orElseThrow().body());
            assertThat(ctx.reading().count(ArticleQuery.ALL.withText("farm department"))).isEqualTo(30);
            assertThat(ctx.compactor().compact((done, total) -> { }, () -> false)).isEqualTo(30);
            assertThat(String.join("\n\n", ctx.articles().findByKey(key).orElseThrow().body())).isEqualTo(before);
            assertThat(ctx.reading().count(ArticleQuery.ALL.withText("farm department"))).isEqualTo(30);
            List<String> raws = new ArrayList<>();
            ctx.articles().forEachRaw(100, batch -> batch.forEach(a -> raws.add(a.rawInput())));
            assertThat(raws).hasSize(30).allMatch(s -> s.startsWith("raw page "));
            assertThat(ctx.compactor().compact((done, total) -> { }, () -> false)).as("nothing left to rewrite").isZero();
        }
        // a file this small is mostly one page for each table, whatever their size: the room given back shows at a
        // million articles (BENCHMARKS.md); here, that the file comes out in 8 KB pages, whole and searchable
        assertThat(AppContext.giveRoomBack(file)).isPositive();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT count(*) FROM article_texts WHERE typeof(body) = 'text'")).isEqualTo("0");
            assertThat(one(st, "PRAGMA page_size")).isEqualTo("8192");
            assertThat(one(st, "PRAGMA journal_mode")).isEqualTo("wal");
        }
        try (AppContext ctx = AppContext.open(file)) {
            assertThat(ctx.reading().count(ArticleQuery.ALL.withText("farm department"))).isEqualTo(30);
        }
    }

    @Test
    void theCompactCommandRewritesWhatWasStoredBeforeAndSaysHowBigTheFileIs() throws Exception {
        Path file = dir.resolve("cli.db");
        Path page = dir.resolve("page.txt");
        java.nio.file.Files.writeString(page, vn.bantin.TestPages.hanoiTimes("Nghe An opens a border market", "Nghe An",
                "Mar 6, 2024 / 10:00"));
        assertThat(CliRun.of("import", "--db", file.toString(), page.toString()).code()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("UPDATE article_texts SET body = 'Traders cross at Nam Can.', raw_input = x''"); // as stored before
        }
        CliRun r = CliRun.of("compact", "--db", file.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        var o = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertThat(o.get("rewritten").asLong()).isEqualTo(1);
        assertThat(o.get("bytes_after").asLong()).isEqualTo(java.nio.file.Files.size(file));
        String id = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(CliRun.of("list", "--db", file.toString(), "--json").out()).get("id").asText();
        CliRun shown = CliRun.of("show", "--db", file.toString(), "--json", id);
        assertThat(shown.out()).contains("Traders cross at Nam Can.");
        CliRun said = CliRun.of("compact", "--db", file.toString());
        assertThat(said.out()).contains("rewrote the text of 0 articles");
    }

    @Test
    void aRawInputThatNoLongerMatchesItsBodyIsReportedNotMisread() throws Exception {
        Path file = dir.resolve("damaged.db");
        try (AppContext ctx = AppContext.open(file)) {
            RereadTest.storeAsTheOldParserDid(ctx);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("UPDATE article_texts SET body = 'another text'");
        }
        try (AppContext ctx = AppContext.open(file)) {
            assertThatThrownBy(() -> ctx.articles().forEachRaw(10, b -> { }))
                    .isInstanceOf(StoreException.class).hasMessageContaining("raw input is damaged");
        }
    }

    private static byte[] deflate(String s) {
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        d.setInput(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        d.finish();
        byte[] buf = new byte[4096];
        int n = d.deflate(buf);
        d.end();
        return java.util.Arrays.copyOf(buf, n);
    }
}
