package vn.bantin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.app.bench.BenchCorpus;
import vn.bantin.data.Gazetteer;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.domain.InterruptedWork;
import vn.bantin.domain.Province;
import vn.bantin.ingest.feed.FeedServer;

/**
 * An import killed with SIGKILL at random moments, over and over, in a child JVM: the file stays sound, no
 * article is half stored, what the reader did before is intact, and running the import again completes it.
 */
class CrashSafetyTest {
    static final int KILLS = 20;
    static final int PAGES = 1200;

    @TempDir
    Path dir;

    @Test
    void importsKilledAtRandomMomentsLoseNothingAndFinishWhenRunAgain() throws Exception {
        Path db = dir.resolve("crash.db");
        Path pages = dir.resolve("pages");
        Files.createDirectories(pages);
        List<Province> provinces = new ArrayList<>(Gazetteer.standard().provinces());
        double[] weights = BenchCorpus.weights(provinces);
        Random rnd = new Random(11);
        for (int i = 0; i < PAGES; i++) {
            Files.writeString(pages.resolve("p" + i + ".txt"), BenchCorpus.page(i, rnd, provinces, weights), StandardCharsets.UTF_8);
        }
        List<Long> bookmarked = new ArrayList<>();
        long samples;
        try (AppContext ctx = AppContext.open(db)) {
            ctx.importSamples();
            List<ArticleSummary> first = ctx.articles().page(ArticleQuery.ALL, null, 5).items();
            for (int i = 0; i < 3; i++) {
                ctx.statuses().setBookmarked(first.get(i).key(), true);
                bookmarked.add(first.get(i).key());
            }
            ctx.statuses().setRead(first.get(3).key(), true);
            samples = ctx.articles().count(ArticleQuery.ALL);
        }

        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "vn.bantin.app.Main",
                "import", "--db", db.toString(), pages.toString());
        Random when = new Random(7);
        for (int k = 0; k < KILLS; k++) {
            long runs = count(db, "SELECT count(*) FROM work_runs");
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // once the import has begun (its run is noted), at a random moment of it, whatever the machine's speed
            awaitRow(p, db, "SELECT count(*) FROM work_runs", runs + 1);
            Thread.sleep(when.nextInt(1200));
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no close
            p.waitFor();
            assertConsistent(db, bookmarked, "after kill " + (k + 1));
        }

        Process finish = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(finish.waitFor()).isZero();
        assertConsistent(db, bookmarked, "after the full run");
        try (AppContext ctx = AppContext.open(db)) {
            assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(samples + PAGES);
            assertThat(ctx.statuses().get(ctx.articles().page(ArticleQuery.ALL.withBookmarkedOnly(true), null, 10)
                    .items().get(0).key()).bookmarked()).isTrue();
        }
    }

    @Test
    void anImportKilledAfterItsFirstBatchIsToldAtTheNextStartAndResumeImportsTheRest() throws Exception {
        Path db = dir.resolve("told.db");
        Path pages = writePages(3200, 23);
        Process p = bantin("import", "--db", db.toString(), pages.toString()).start();
        awaitRow(p, db, "SELECT count(*) FROM work_items WHERE done = 1", 1000);
        p.destroyForcibly();
        p.waitFor();
        assertConsistent(db, List.of(), "after the kill");

        long stored;
        try (AppContext ctx = AppContext.open(db)) {
            stored = ctx.articles().count(ArticleQuery.ALL);
            InterruptedWork w = ctx.journal().interrupted().orElseThrow();
            assertThat(w.kind()).isEqualTo(InterruptedWork.Kind.IMPORT);
            assertThat(w.total()).isEqualTo(3200);
            assertThat(w.done()).isBetween(1000, 3199).isLessThanOrEqualTo((int) stored);
            assertThat(w.remaining()).hasSize(3200 - w.done()).allMatch(f -> Path.of(f).isAbsolute());
            assertThat(w.summary()).isEqualTo(String.format(java.util.Locale.ENGLISH,
                    "The last import stopped after %,d of 3,200 files.", w.done()));
        }
        Process resume = bantin("resume", "--db", db.toString()).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        String said = new String(resume.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(resume.waitFor()).as(said).isZero();
        assertThat(said).startsWith("The last import stopped after ").contains("imported, ");
        assertConsistent(db, List.of(), "after resuming");
        try (AppContext ctx = AppContext.open(db)) {
            assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(3200);
            assertThat(ctx.journal().interrupted()).isEmpty();
        }
    }

    @Test
    void aSyncKilledMidwayLosesNothingStoredIsToldAndResumeSyncsTheFeedsItHadNotFinished() throws Exception {
        Path db = dir.resolve("sync.db");
        try (FeedServer server = new FeedServer()) {
            server.serve("/quick/rss", "application/rss+xml", rss(server, "quick", 5), null);
            for (String slow : List.of("north", "south")) {
                server.serve("/" + slow + "/rss", "application/rss+xml", rss(server, slow, 400), null);
            }
            for (String f : List.of("quick", "north", "south")) {
                for (int i = 0; i < (f.equals("quick") ? 5 : 400); i++) {
                    server.serve("/" + f + "/" + i, new FeedServer.Route(200, "text/html; charset=utf-8", page(f, i), null,
                            f.equals("quick") ? 0 : 15));
                }
            }
            try (AppContext ctx = AppContext.open(db)) {
                for (String f : List.of("quick", "north", "south")) {
                    ctx.feeds().add(server.base() + "/" + f + "/rss", f, null);
                }
            }
            Process p = bantin("sync", "--db", db.toString()).start();
            awaitRow(p, db, "SELECT count(*) FROM articles", 205);
            p.destroyForcibly();
            p.waitFor();
            assertConsistent(db, List.of(), "after killing the sync");

            try (AppContext ctx = AppContext.open(db)) {
                long stored = ctx.articles().count(ArticleQuery.ALL);
                assertThat(stored).isBetween(205L, 804L);
                InterruptedWork w = ctx.journal().interrupted().orElseThrow();
                assertThat(w.kind()).isEqualTo(InterruptedWork.Kind.SYNC);
                assertThat(w.total()).isEqualTo(3);
                assertThat(w.remaining()).isNotEmpty().noneMatch(u -> u.endsWith("/quick/rss"));
            }
            int quickPages = server.hits("/quick/0");
            Process resume = bantin("resume", "--db", db.toString()).start();
            assertThat(resume.waitFor()).isZero();
            assertConsistent(db, List.of(), "after resuming the sync");
            try (AppContext ctx = AppContext.open(db)) {
                assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(805);
                assertThat(ctx.journal().interrupted()).isEmpty();
            }
            assertThat(server.hits("/quick/rss")).as("the finished feed is not fetched again").isEqualTo(1);
            assertThat(server.hits("/quick/0")).isEqualTo(quickPages);
        }
    }

    @Test
    void aReparseKilledMidwayLeavesEveryArticleReadableAndRunningItAgainFinishesIt() throws Exception {
        Path db = dir.resolve("reparse.db");
        Path pages = writePages(1500, 31);
        Process first = bantin("import", "--db", db.toString(), pages.toString()).start();
        assertThat(first.waitFor()).isZero();
        List<Long> bookmarked = new ArrayList<>();
        try (AppContext ctx = AppContext.open(db)) {
            for (ArticleSummary a : ctx.articles().page(ArticleQuery.ALL, null, 3).items()) {
                ctx.statuses().setBookmarked(a.key(), true);
                bookmarked.add(a.key());
            }
        }
        Random when = new Random(5);
        Path wal = Path.of(db + "-wal");
        for (int k = 0; k < 3; k++) {
            long before = Files.exists(wal) ? Files.getLastModifiedTime(wal).toMillis() : 0;
            Process p = bantin("retag", "--db", db.toString()).start();
            // once it writes (the write-ahead log changes: opening, then the batches), at a random moment after
            long deadline = System.nanoTime() + 120_000_000_000L;
            while ((!Files.exists(wal) || Files.getLastModifiedTime(wal).toMillis() == before) && System.nanoTime() < deadline) {
                assertThat(p.isAlive()).as("the reparse ended before it wrote").isTrue();
                Thread.sleep(10);
            }
            Thread.sleep(when.nextInt(1500));
            p.destroyForcibly();
            p.waitFor();
            assertConsistent(db, bookmarked, "after killing the reparse " + (k + 1));
            try (AppContext ctx = AppContext.open(db)) {
                assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(1500);
            }
        }
        Process again = bantin("retag", "--db", db.toString()).start();
        assertThat(again.waitFor()).isZero();
        assertConsistent(db, bookmarked, "after the reparse ran through");
        try (AppContext ctx = AppContext.open(db)) {
            assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(1500);
            assertThat(ctx.articles().count(ArticleQuery.ALL.withBookmarkedOnly(true))).isEqualTo(3);
        }
    }

    private Path writePages(int n, long seed) throws Exception {
        Path pages = dir.resolve("pages-" + seed);
        Files.createDirectories(pages);
        List<Province> provinces = new ArrayList<>(Gazetteer.standard().provinces());
        double[] weights = BenchCorpus.weights(provinces);
        Random rnd = new Random(seed);
        for (int i = 0; i < n; i++) {
            Files.writeString(pages.resolve(String.format("p%05d.txt", i)), BenchCorpus.page(i, rnd, provinces, weights), StandardCharsets.UTF_8);
        }
        return pages;
    }

    private static ProcessBuilder bantin(String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "vn.bantin.app.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
    }

    /** Waits, reading the file beside the running process, until a count reaches {@code atLeast}. */
    private static void awaitRow(Process p, Path db, String sql, long atLeast) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            assertThat(p.isAlive()).as("the work ended before it could be cut short: " + sql).isTrue();
            if (Files.exists(db)) {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
                    st.execute("PRAGMA busy_timeout = 2000");
                    String n = one(st, sql);
                    if (n != null && Long.parseLong(n) >= atLeast) {
                        return;
                    }
                } catch (java.sql.SQLException notYet) {
                    // the tables are being created
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("never reached " + atLeast + ": " + sql);
    }

    private static long count(Path db, String sql) throws Exception {
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            return Long.parseLong(one(st, sql));
        }
    }

    private static byte[] rss(FeedServer server, String feed, int entries) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>")
                .append(feed).append("</title>");
        for (int i = 0; i < entries; i++) {
            b.append("<item><title>").append(headline(feed, i)).append("</title><link>").append(server.base()).append('/')
                    .append(feed).append('/').append(i).append("</link><guid>").append(feed).append('-').append(i)
                    .append("</guid><pubDate>Mon, 02 Nov 2026 08:00:00 +0700</pubDate></item>");
        }
        return b.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String headline(String feed, int i) {
        String[] places = {"Lao Cai", "Ca Mau", "Nghe An", "Kon Tum", "Thai Binh", "Bac Lieu", "Dak Lak", "Ha Giang"};
        return "Bulletin " + feed + " " + i + ": road works reach " + places[i % places.length];
    }

    private static byte[] page(String feed, int i) {
        String h = headline(feed, i);
        return ("<!DOCTYPE html><html lang=\"en\"><head><title>" + h + "</title></head><body><article><h1>" + h + "</h1>"
                + "<p>Crews working on the provincial road laid a further stretch of asphalt this week, item " + feed + i
                + ", and the district expects the road to open before the Lunar New Year holiday.</p>"
                + "<p>Residents said the trip to the market now takes half the time it did in the rainy season.</p>"
                + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** What a kill must never leave: a damaged file, an article without its text, tags, story or index row. */
    static void assertConsistent(Path db, List<Long> bookmarked, String when) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertThat(one(st, "PRAGMA integrity_check")).as(when).isEqualTo("ok");
            assertThat(one(st, "PRAGMA foreign_key_check")).as(when + ": foreign keys").isNull();
            long articles = Long.parseLong(one(st, "SELECT count(*) FROM articles"));
            assertThat(one(st, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_texts t WHERE t.article_id = a.id)"))
                    .as(when + ": articles without text").isEqualTo("0");
            assertThat(one(st, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_stories s WHERE s.article_id = a.id)"))
                    .as(when + ": articles without a story").isEqualTo("0");
            assertThat(Long.parseLong(one(st, "SELECT count(*) FROM article_search"))).as(when + ": search rows").isEqualTo(articles);
            assertThat(Long.parseLong(one(st, "SELECT n FROM counts WHERE name = 'articles'"))).as(when + ": kept count").isEqualTo(articles);
            assertThat(one(st, "SELECT count(*) FROM (SELECT province_id, count(*) n FROM article_provinces WHERE relation = 'about'"
                    + " GROUP BY province_id) x LEFT JOIN counts c ON c.name = 'about:' || x.province_id WHERE c.n IS NOT x.n"))
                    .as(when + ": province counts").isEqualTo("0");
            for (long key : bookmarked) {
                assertThat(one(st, "SELECT bookmarked FROM article_status WHERE article_id = " + key)).as(when + ": bookmark").isEqualTo("1");
            }
        }
    }

    private static String one(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
