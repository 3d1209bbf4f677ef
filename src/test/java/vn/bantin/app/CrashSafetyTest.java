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
import vn.bantin.data.Gazetteer;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.domain.Province;

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
        double[] weights = Bench.weights(provinces);
        Random rnd = new Random(11);
        for (int i = 0; i < PAGES; i++) {
            Files.writeString(pages.resolve("p" + i + ".txt"), Bench.page(i, rnd, provinces, weights), StandardCharsets.UTF_8);
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
        int killedWhileRunning = 0;
        for (int k = 0; k < KILLS; k++) {
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // an import of these pages takes a few seconds from the JVM's start: most kills land inside one
            Thread.sleep(300 + when.nextInt(2200));
            if (p.isAlive()) {
                killedWhileRunning++;
            }
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no close
            p.waitFor();
            assertConsistent(db, bookmarked, "after kill " + (k + 1));
        }
        assertThat(killedWhileRunning).as("kills that hit a running import").isGreaterThanOrEqualTo(KILLS / 2);

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
