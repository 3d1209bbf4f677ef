package vn.bantin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.app.bench.BenchCorpus;
import vn.bantin.data.Gazetteer;
import vn.bantin.data.StoreException;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.Province;
import vn.bantin.ingest.ImportService;

/**
 * Issue 23, item 3 (decision 0017): once a file holds two thousand articles it learns a dictionary from their
 * bodies and packs the next ones with it; {@code compact} packs the earlier ones too, and writes a search index made
 * with the title first again with the body first. Every article reads and is found as before.
 */
class PackedTextsTest {
    @TempDir
    Path dir;

    private static final String OLD_LAYOUT = "CREATE VIRTUAL TABLE article_search USING fts5(title, lead, body, places,"
            + " content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')";

    private static void importPages(AppContext ctx, int from, int to) {
        List<Province> provinces = new ArrayList<>(Gazetteer.standard().provinces());
        double[] weights = BenchCorpus.weights(provinces);
        Random rnd = new Random(7);
        List<ImportService.Document> docs = new ArrayList<>();
        for (int i = 0; i < to; i++) {
            String page = BenchCorpus.page(i, rnd, provinces, weights);
            if (i >= from) {
                docs.add(new ImportService.Document("page-" + i + ".txt", page.getBytes(StandardCharsets.UTF_8)));
            }
        }
        for (int i = 0; i < docs.size(); i += 500) {
            ctx.importer().importDocuments(docs.subList(i, Math.min(docs.size(), i + 500)), ImportService.Progress.NONE);
        }
    }

    private static Map<Long, String> bodies(AppContext ctx, Connection c) throws Exception {
        Map<Long, String> out = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT article_id FROM article_texts")) {
            while (rs.next()) {
                long key = rs.getLong(1);
                out.put(key, String.join("\n\n", ctx.articles().findByKey(key).orElseThrow().body()));
            }
        }
        return out;
    }

    private static long one(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static final String PACKED = "hex(substr(body, 1, 4)) = '28B52FFD'";
    private static final List<String> SEARCHES = List.of("bridge", "authorities", "forest protection", "said monday",
            "ha noi", "\"said on monday\"");

    private static Map<String, Long> found(AppContext ctx) {
        Map<String, Long> out = new HashMap<>();
        for (String s : SEARCHES) {
            out.put(s, ctx.reading().count(ArticleQuery.ALL.withText(s)));
        }
        out.put("Hà Nội", ctx.reading().count(ArticleQuery.ALL.withProvinces(java.util.Set.of("ha-noi"))));
        out.put("Hà Nội, bridge", ctx.reading().count(ArticleQuery.ALL.withProvinces(java.util.Set.of("ha-noi")).withText("bridge")));
        return out;
    }

    @Test
    void bodiesAfterTheFirstTwoThousandArePackedWithTheFilesDictionaryAndCompactPacksTheRestAndRelaysTheIndex()
            throws Exception {
        Path file = dir.resolve("packed.db");
        Map<Long, String> before;
        Map<Long, String> rawsBefore;
        long stories;
        try (AppContext ctx = AppContext.open(file)) {
            importPages(ctx, 0, 1900);
            importPages(ctx, 1900, 2300); // a batch begun below 2,000: still deflated
            importPages(ctx, 2300, 2500);
        }
        try (AppContext ctx = AppContext.open(file);
             Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT count(*) FROM text_dictionaries")).isEqualTo(1);
            long articles = one(st, "SELECT count(*) FROM article_texts");
            long packed = one(st, "SELECT count(*) FROM article_texts WHERE " + PACKED);
            assertThat(articles).isEqualTo(2500);
            assertThat(packed).as("the batches stored after the file held 2,000 articles").isEqualTo(200);
            before = bodies(ctx, c);
            // packed with the dictionary, a body takes at least a sixth less than deflated on its own (27 % on the
            // bench corpus at a million articles)
            long[] sizes = {0, 0};
            try (ResultSet rs = st.executeQuery("SELECT article_id, length(body) FROM article_texts WHERE " + PACKED)) {
                while (rs.next()) {
                    sizes[0] += rs.getLong(2);
                    sizes[1] += deflated(before.get(rs.getLong(1)));
                }
            }
            assertThat((double) sizes[0]).isLessThan(sizes[1] * 5 / 6.0);

            // the raw input deflated against the title, lead and body is smaller than against the body alone
            Map<Long, String> raws = new HashMap<>();
            ctx.articles().forEachRaw(500, batch -> batch.forEach(r -> raws.put(r.key(), r.rawInput())));
            long[] raw = {0, 0};
            try (ResultSet rs = st.executeQuery("SELECT article_id, raw_input FROM article_texts WHERE " + PACKED)) {
                while (rs.next()) {
                    long key = rs.getLong(1);
                    raw[0] += rs.getBytes(2).length;
                    raw[1] += deflated(raws.get(key), before.get(key)).length;
                }
            }
            assertThat((double) raw[0]).isLessThan(raw[1] * 0.9);

            // as a file made before decision 0017: the index's title first, raw inputs deflated against the body
            // alone, story signatures of 32 bits a value
            st.execute("DROP TABLE article_search");
            st.execute(OLD_LAYOUT);
            try (var up = c.prepareStatement("UPDATE article_texts SET raw_input = ? WHERE article_id = ?")) {
                for (long key : before.keySet()) {
                    up.setBytes(1, deflated(raws.get(key), before.get(key)));
                    up.setLong(2, key);
                    up.executeUpdate();
                }
            }
            Map<Long, byte[]> wide = new HashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT article_id, minhash FROM article_stories")) {
                while (rs.next()) {
                    byte[] narrow = rs.getBytes(2);
                    byte[] w = new byte[narrow.length * 2];
                    for (int i = 0; i < narrow.length / 2; i++) {
                        w[4 * i + 2] = narrow[2 * i];
                        w[4 * i + 3] = narrow[2 * i + 1];
                    }
                    wide.put(rs.getLong(1), w);
                }
            }
            try (var up = c.prepareStatement("UPDATE article_stories SET minhash = ? WHERE article_id = ?")) {
                for (var e : wide.entrySet()) {
                    up.setBytes(1, e.getValue());
                    up.setLong(2, e.getKey());
                    up.executeUpdate();
                }
            }
            assertThat(one(st, "SELECT count(*) FROM article_stories WHERE length(minhash) = 256")).isEqualTo(2500);
            rawsBefore = raws;
            stories = ctx.articles().count(ArticleQuery.ALL.withGrouped(true));
        }
        Map<String, Long> found;
        try (AppContext ctx = AppContext.open(file)) {
            assertThat(ctx.articles().rebuildSearchIndex()).isEqualTo(before.size());
            found = found(ctx);
            assertThat(found.values()).allMatch(n -> n > 0);
            // cut short while writing the index: rolled back whole, the old index as it was
            long[] told = {0};
            long unpacked = before.size() - one(file, "SELECT count(*) FROM article_texts WHERE " + PACKED);
            long first = ctx.compactor().compact(new vn.bantin.data.TextCompactor.Progress() {
                @Override
                public void update(long done, long total) {
                }

                @Override
                public void indexed(long done, long total) {
                    told[0] = done;
                }
            }, () -> told[0] > 0);
            assertThat(unpacked).as("the bodies stored before the dictionary").isEqualTo(2300);
            assertThat(first).as("those bodies, and every raw input (deflated against the body alone)").isEqualTo(2500);
            assertThat(told[0]).isEqualTo(1000);
            assertThat(layout(file)).contains("title, lead, body");
            assertThat(found(ctx)).isEqualTo(found);

            long rewritten = ctx.compactor().compact((done, total) -> { }, () -> false);
            assertThat(rewritten).as("packed before the cut: none left").isZero();
            assertThat(layout(file)).contains("body, title, lead, places");
            assertThat(found(ctx)).isEqualTo(found);
        }
        try (AppContext ctx = AppContext.open(file);
             Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT count(*) FROM article_texts WHERE NOT " + PACKED)).isZero();
            assertThat(bodies(ctx, c)).isEqualTo(before);
            assertThat(found(ctx)).isEqualTo(found);
            Map<Long, String> raws = new HashMap<>();
            ctx.articles().forEachRaw(500, batch -> batch.forEach(r -> raws.put(r.key(), r.rawInput())));
            assertThat(raws).isEqualTo(rawsBefore);
            assertThat(one(st, "SELECT count(*) FROM article_stories WHERE length(minhash) = 128")).isEqualTo(2500);
            assertThat(ctx.articles().count(ArticleQuery.ALL.withGrouped(true))).isEqualTo(stories);
            // the signatures as kept group a story's next report as the full ones did
            long joined = one(st, "SELECT count(*) FROM article_stories WHERE story_id <> article_id");
            importPages(ctx, 2500, 2700);
            assertThat(ctx.articles().count(ArticleQuery.ALL.withGrouped(true))).isLessThan(stories + 200);
            assertThat(one(st, "SELECT count(*) FROM article_stories WHERE story_id <> article_id")).isGreaterThan(joined);
        }
    }

    @Test
    void aPackedBodyThatIsDamagedOrNamesAMissingDictionaryIsToldNotShownAsOtherText() throws Exception {
        Path file = dir.resolve("damaged.db");
        try (AppContext ctx = AppContext.open(file)) {
            importPages(ctx, 0, 2000);
            importPages(ctx, 2000, 2100);
        }
        long key = one(file, "SELECT max(article_id) FROM article_texts WHERE " + PACKED);
        long other = one(file, "SELECT min(article_id) FROM article_texts WHERE " + PACKED);
        assertThat(other).isLessThan(key);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT count(*) FROM article_texts WHERE " + PACKED + " AND article_id = " + key)).isEqualTo(1);
            st.execute("UPDATE article_texts SET body = CAST(substr(body, 1, length(body) - 9) || x'000000000000000000' AS BLOB)"
                    + " WHERE article_id = " + key);
        }
        try (AppContext ctx = AppContext.open(file)) {
            assertThatThrownBy(() -> ctx.articles().findByKey(key)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("body is damaged");
        }
        // a file whose dictionary is not the one its bodies name (another id)
        Path copy = dir.resolve("copy.db");
        java.nio.file.Files.copy(file, copy);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement st = c.createStatement()) {
            st.execute("UPDATE text_dictionaries SET id = id + 1");
        }
        try (AppContext ctx = AppContext.open(copy)) {
            assertThatThrownBy(() -> ctx.articles().findByKey(other)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("names a dictionary").hasMessageContaining("the file does not hold");
        }
    }

    private static int deflated(String text) {
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        d.setInput(text.getBytes(StandardCharsets.UTF_8));
        d.finish();
        byte[] buf = new byte[text.length() * 2 + 64];
        int n = d.deflate(buf);
        d.end();
        return n;
    }

    private static long one(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            return one(st, sql);
        }
    }

    /** Deflated with {@code dictionary} as its preset, as raw inputs were before decision 0017. */
    private static byte[] deflated(String text, String dictionary) {
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        d.setDictionary(dictionary.getBytes(StandardCharsets.UTF_8));
        d.setInput(text.getBytes(StandardCharsets.UTF_8));
        d.finish();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    private static String layout(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sql FROM sqlite_schema WHERE name = 'article_search'")) {
            rs.next();
            return rs.getString(1).replaceAll("\\s+", " ");
        }
    }
}
