package vn.bantin.data.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.app.AppContext;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.SidebarCounts;
import vn.bantin.domain.ArticleSummary;

/** Each migration that moves data, tested on a file written at the schema before it. */
class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void migrationTwoPutsEarlierArticlesIntoStories() throws Exception {
        Path file = dir.resolve("v1.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String sql : Migrations.ALL.get(0).statements()) {
                st.execute(sql);
            }
            st.execute("PRAGMA user_version = 1");
            st.execute("INSERT INTO sources(id, name) VALUES ('vna', 'VNA / VietnamPlus'), ('vnexpress', 'VnExpress International')");
            String body = "Rescuers used boats to evacuate more than 400 households from the banks of the Thao River in Yen Bai."
                    + "\n\nNational Highway 32 was blocked by landslides in five places near Mu Cang Chai.";
            st.execute("INSERT INTO articles(id, uid, source_id, title, lead, published_at, sort_ts, language, imported_at)"
                    + " VALUES (1, 'aaaa000000000001', 'vna', 'Flash floods kill three in Yen Bai',"
                    + " 'Flash floods in Van Chan and Mu Cang Chai districts of Yen Bai province killed three people.',"
                    + " '2024-07-14T08:30+07:00', 1720920600, 'en', '2024-07-14T02:00:00Z'),"
                    + " (2, 'aaaa000000000002', 'vnexpress', 'Three dead as flash floods hit Yen Bai villages',"
                    + " 'Flash floods swept through villages in Van Chan and Mu Cang Chai in Yen Bai province, killing three people.',"
                    + " '2024-07-14T11:05+07:00', 1720929900, 'en', '2024-07-14T05:00:00Z')");
            try (var ps = c.prepareStatement("INSERT INTO article_texts(article_id, body, captions, raw_input) VALUES (?, ?, '', ?)")) {
                for (int id = 1; id <= 2; id++) {
                    ps.setInt(1, id);
                    ps.setString(2, body);
                    ps.setBytes(3, deflated("raw page " + id)); // as written before bodies were deflated
                    ps.executeUpdate();
                }
            }
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
            int rows = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT count(*) FROM article_stories WHERE story_id = article_id AND minhash IS NULL")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(rows).isEqualTo(2);
        }
        // Opening it in the app fingerprints the old articles and groups the two reports of one flood.
        try (AppContext ctx = AppContext.open(file)) {
            var items = ctx.articles().page(ArticleQuery.ALL, null, 10).items();
            assertThat(items).extracting(ArticleSummary::storyId).containsOnly(items.get(0).storyId());
            assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(2);
            // a named step, done once: the file remembers it, and the next look runs nothing
            assertThat(ctx.articles().marker("step:group-articles-from-before-stories")).hasValue(1);
            assertThat(ctx.library().afterUpgrade()).isEmpty();
        }
        try (AppContext again = AppContext.open(file)) {
            assertThat(again.library().afterUpgrade()).isEmpty();
        }
    }

    @Test
    void migrationFourKeepsArticlesStoredAtSchemaThreeReadableAndStoresAuthorsFromThenOn() throws Exception {
        Path file = dir.resolve("v3.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (int v = 0; v < 3; v++) {
                for (String sql : Migrations.ALL.get(v).statements()) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA user_version = 3");
            st.execute("INSERT INTO sources(id, name) VALUES ('vna', 'VNA / VietnamPlus')");
            st.execute("INSERT INTO articles(id, uid, source_id, title, lead, published_at, sort_ts, language, imported_at)"
                    + " VALUES (1, 'bbbb000000000001', 'vna', 'Hue restores the Kien Trung palace',"
                    + " 'Restorers in Hue finished the Kien Trung palace inside the imperial citadel.',"
                    + " '2024-01-10T09:00+07:00', 1704852000, 'en', '2024-01-10T03:00:00Z')");
            st.execute("INSERT INTO article_texts(article_id, body, captions, raw_input) VALUES (1, 'Work took five years.', '', x'')");
            st.execute("INSERT INTO feeds(url, title, added_at) VALUES ('https://example.org/rss', 'Example', '2024-01-01T00:00:00Z')");
        }
        try (AppContext ctx = AppContext.open(file)) {
            var old = ctx.articles().find("bbbb000000000001").orElseThrow();
            assertThat(old.author()).isNull();
            assertThat(old.body()).containsExactly("Work took five years.");
            assertThat(ctx.feeds().list()).extracting(vn.bantin.domain.Feed::title).containsExactly("Example");
            String page = "<html><head><meta name=\"author\" content=\"Tran Thi Mai\"><title>Da Lat flower festival opens</title></head>"
                    + "<body><h1>Da Lat flower festival opens</h1><article><p>The tenth flower festival opened in Da Lat, the"
                    + " capital of Lam Dong province, with gardens laid out around Xuan Huong lake for a week.</p>"
                    + "<p>Growers from across the Central Highlands brought roses, hydrangeas and orchids.</p></article></body></html>";
            var r = ctx.importer().importDocuments(java.util.List.of(new vn.bantin.ingest.ImportService.Document("dalat.html",
                    page.getBytes(java.nio.charset.StandardCharsets.UTF_8))), vn.bantin.ingest.ImportService.Progress.NONE).get(0);
            assertThat(ctx.articles().find(r.id()).orElseThrow().author()).isEqualTo("Tran Thi Mai");
        }
    }

    @Test
    void migrationFiveKeepsTagsStoredAtSchemaFourAndLetsTheReaderCorrectThem() throws Exception {
        Path file = dir.resolve("v4.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (int v = 0; v < 4; v++) {
                for (String sql : Migrations.ALL.get(v).statements()) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA user_version = 4");
            st.execute("INSERT INTO sources(id, name) VALUES ('vna', 'VNA / VietnamPlus')");
            st.execute("INSERT INTO units_2025(id, name_vi, name_en, type, region) VALUES ('lao-cai', 'Lào Cai', 'Lao Cai',"
                    + " 'province', 'northern-midlands')");
            st.execute("INSERT INTO provinces(id, name_vi, name_en, type, region, unit_2025) VALUES"
                    + " ('yen-bai', 'Yên Bái', 'Yen Bai', 'province', 'northern-midlands', 'lao-cai')");
            st.execute("INSERT INTO articles(id, uid, source_id, title, lead, published_at, sort_ts, language, imported_at)"
                    + " VALUES (1, 'cccc000000000001', 'vna', 'Terraces turn gold in Mu Cang Chai',"
                    + " 'Visitors crowd the passes of Mu Cang Chai district at harvest.',"
                    + " '2024-09-20T09:00+07:00', 1726797600, 'en', '2024-09-20T03:00:00Z')");
            st.execute("INSERT INTO article_texts(article_id, body, captions, raw_input) VALUES (1, 'The harvest ends in October.', '', x'')");
            st.execute("INSERT INTO article_provinces(article_id, province_id, relation, mentions, sort_ts)"
                    + " VALUES (1, 'yen-bai', 'about', 2, 1726797600)");
        }
        try (AppContext ctx = AppContext.open(file)) {
            var a = ctx.articles().find("cccc000000000001").orElseThrow();
            assertThat(a.tags()).singleElement().satisfies(t -> {
                assertThat(t.provinceId()).isEqualTo("yen-bai");
                assertThat(t.evidence()).isEmpty();
                assertThat(t.byReader()).isFalse();
            });
            ctx.articles().correctProvince(a.key(), "lao-cai", true);
            assertThat(ctx.articles().findByKey(a.key()).orElseThrow().aboutIds()).containsExactlyInAnyOrder("yen-bai", "lao-cai");
        }
    }

    @Test
    void migrationSixKeepsArticlesStoredAtSchemaFiveAndStartsTellingInterruptedImports() throws Exception {
        Path file = dir.resolve("v5.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (int v = 0; v < 5; v++) {
                for (String sql : Migrations.ALL.get(v).statements()) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA user_version = 5");
            st.execute("INSERT INTO sources(id, name) VALUES ('vna', 'VNA / VietnamPlus')");
            st.execute("INSERT INTO articles(id, uid, source_id, title, lead, published_at, sort_ts, language, imported_at)"
                    + " VALUES (1, 'dddd000000000001', 'vna', 'Ferry links Rach Gia and Phu Quoc again',"
                    + " 'The high-speed boats resume after the storm.', '2025-11-02T07:00+07:00', 1762041600, 'en',"
                    + " '2025-11-02T01:00:00Z')");
            st.execute("INSERT INTO article_texts(article_id, body, captions, raw_input) VALUES (1, 'Tickets sell out.', '', x'')");
        }
        try (AppContext ctx = AppContext.open(file)) {
            assertThat(ctx.articles().find("dddd000000000001").orElseThrow().title()).isEqualTo("Ferry links Rach Gia and Phu Quoc again");
            assertThat(ctx.journal().interrupted()).isEmpty();
        }
        WorkJournalTest.leaveInterrupted(file, "import", java.util.List.of("/a.txt", "/b.txt"), 1, null);
        try (AppContext ctx = AppContext.open(file)) {
            assertThat(ctx.journal().interrupted().orElseThrow().summary()).isEqualTo("The last import stopped after 1 of 2 files.");
        }
    }

    @Test
    void migrationSevenCountsWhatASchemaSixFileHoldsAndKeepsCountingFromThenOn() throws Exception {
        Path file = dir.resolve("v6.db");
        long bridge;
        long hoiAn;
        try (AppContext ctx = AppContext.open(file, false)) {
            long[] keys = bridgesAndHanoi(ctx);
            bridge = keys[0];
            hoiAn = keys[1];
            long hanoi = keys[2];
            ctx.articles().mergeStories(bridge, hoiAn); // one story that the bridge leads
            ctx.statuses().setRead(bridge, true);
            ctx.statuses().setRead(hanoi, true);
        }
        // the file as schema 6 left it: the same rows, without the kept numbers and their triggers
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String t : java.util.List.of("about_in", "about_out", "story_in", "story_out", "story_lead", "story_unlead",
                    "read_in", "read_out", "read_set", "read_unset")) {
                st.execute("DROP TRIGGER kept_" + t);
            }
            st.execute("DELETE FROM counts WHERE name <> 'articles' AND name NOT LIKE 'about:%'");
            withoutLaterSchemas(st);
            st.execute("PRAGMA user_version = 6");
        }
        try (AppContext ctx = AppContext.open(file, false)) {
            ArticleQuery stories = ArticleQuery.ALL.withGrouped(true);
            SidebarCounts c = ctx.articles().sidebarCounts(stories);
            assertThat(c.all()).isEqualTo(2);
            assertThat(c.unread()).isZero();
            assertThat(c.provinces()).containsEntry("da-nang", 1L).containsEntry("quang-nam", 1L).containsEntry("ha-noi", 1L);
            assertThat(c.units()).containsEntry("da-nang", 1L).containsEntry("ha-noi", 1L);
            assertThat(ctx.articles().sidebarCounts(ArticleQuery.ALL).units()).containsEntry("da-nang", 2L);
            assertThat(ctx.articles().sidebarCounts(ArticleQuery.ALL).unread()).isEqualTo(1);
            // and from then on, by the triggers: the Hoi An bridge leads a story of its own, unread
            ctx.articles().splitFromStory(hoiAn);
            c = ctx.articles().sidebarCounts(stories);
            assertThat(c.all()).isEqualTo(3);
            assertThat(c.unread()).isEqualTo(1);
            assertThat(c.provinces()).containsEntry("quang-nam", 2L);
            assertThat(c.units()).containsEntry("da-nang", 2L);
            assertThat(ctx.articles().count(stories.withProvinces(java.util.Set.of("quang-nam")))).isEqualTo(2);
        }
    }

    @Test
    void migrationEightKeepsTheUnreadBesideEachProvinceAndUnitOfASchemaSevenFile() throws Exception {
        Path file = dir.resolve("v7.db");
        long bridge;
        long hoiAn;
        try (AppContext ctx = AppContext.open(file, false)) {
            long[] keys = bridgesAndHanoi(ctx);
            bridge = keys[0];
            hoiAn = keys[1];
            ctx.statuses().setRead(bridge, true);
        }
        // the file as schema 7 left it: no read number beside a province or unit
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("DELETE FROM counts WHERE name LIKE '%read-about:%' OR name LIKE '%read-unit:%'");
            withoutLaterSchemas(st);
            st.execute("PRAGMA user_version = 7");
        }
        try (AppContext ctx = AppContext.open(file, false)) {
            ArticleQuery unread = ArticleQuery.ALL.withUnreadOnly(true);
            SidebarCounts c = ctx.articles().sidebarCounts(unread);
            assertThat(c.provinces()).doesNotContainKey("da-nang").containsEntry("quang-nam", 1L).containsEntry("ha-noi", 1L);
            assertThat(c.units()).containsEntry("da-nang", 1L).containsEntry("ha-noi", 1L);
            assertThat(ctx.articles().count(unread.withProvinces(java.util.Set.of("quang-nam")))).isEqualTo(1);
            // and from then on, by the triggers: the Hoi An bridge read too, the first bridge unread again
            ctx.statuses().setRead(hoiAn, true);
            ctx.statuses().setRead(bridge, false);
            c = ctx.articles().sidebarCounts(unread);
            assertThat(c.provinces()).containsEntry("da-nang", 1L).containsEntry("quang-nam", 1L);
            assertThat(c.units()).containsEntry("da-nang", 1L);
            assertThat(ctx.articles().count(unread.withProvinces(java.util.Set.of("ha-noi")))).isEqualTo(1);
        }
    }

    /** Three articles: a bridge of Da Nang and Quang Nam, Hoi An's bridge in Quang Nam, Hanoi's Old Quarter; their keys. */
    private static long[] bridgesAndHanoi(AppContext ctx) {
        ctx.articles().insertBatch(java.util.List.of(
                vn.bantin.TestPages.article("Da Nang and Quang Nam share a new bridge", "Da Nang and Quang Nam", "Nov 2, 2025 / 08:00"),
                vn.bantin.TestPages.article("Quang Nam opens the Hoi An bridge", "Quang Nam", "Nov 2, 2025 / 09:00"),
                vn.bantin.TestPages.article("Hanoi lights the Old Quarter", "Hanoi", "Nov 2, 2025 / 10:00")));
        java.util.List<ArticleSummary> rows = ctx.articles().page(ArticleQuery.ALL, null, 10).items();
        long[] out = new long[3];
        String[] starts = {"Da Nang", "Quang Nam", "Hanoi"};
        for (int i = 0; i < 3; i++) {
            String start = starts[i];
            out[i] = rows.stream().filter(r -> r.title().startsWith(start)).findFirst().orElseThrow().key();
        }
        return out;
    }

    /** Every schema Bantin ever wrote upgrades, with its pre-upgrade copy, in folders named the ways people name them. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Application Support", "O'Brien \"quoted\"", "Dữ liệu – tin tức",
            "C:\\Users\\Lan\\AppData", "semi;colon and -- dashes", "日本語"})
    void everyMigrationRunsInAFolderWithSpacesQuotesAndOtherScripts(String folder) throws Exception {
        for (int from = 1; from < Migrations.latestVersion(); from++) {
            Path file = dir.resolve(folder).resolve("schema " + from).resolve("bantin.db");
            java.nio.file.Files.createDirectories(file.getParent());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
                for (int v = 0; v < from; v++) {
                    for (String sql : Migrations.ALL.get(v).statements()) {
                        st.execute(sql);
                    }
                }
                st.execute("PRAGMA user_version = " + from);
            }
            try (Database db = Database.open(file)) {
                assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
            }
            Path copy = UpgradeCopies.of(file.toAbsolutePath(), from);
            assertThat(copy).as("the copy taken before upgrading from schema %d", from).isRegularFile();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
                 ResultSet rs = c.createStatement().executeQuery("PRAGMA user_version")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(from);
            }
        }
    }

    private static byte[] deflated(String s) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.DeflaterOutputStream(out)) {
            z.write(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** A file made at the latest schema, taken back past the schemas that only add tables (9: collections, notes). */
    static void withoutLaterSchemas(Statement st) throws java.sql.SQLException {
        for (String table : java.util.List.of("text_dictionaries", "kept_days", "search_words", "highlights", "notes", "collection_articles", "collections")) {
            st.execute("DROP TABLE " + table);
        }
    }
}
