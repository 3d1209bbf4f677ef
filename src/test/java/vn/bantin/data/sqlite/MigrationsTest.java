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
                    ps.setBytes(3, RawText.pack("raw page " + id));
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
        }
    }
}
