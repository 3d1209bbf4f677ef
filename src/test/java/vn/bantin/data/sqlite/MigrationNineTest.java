package vn.bantin.data.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.app.AppContext;
import vn.bantin.domain.ArticleQuery;

/** Schema 9: a file written at schema 8 keeps its articles and takes collections from then on. */
class MigrationNineTest {
    @TempDir
    Path dir;

    @Test
    void aSchemaEightFileKeepsItsArticlesAndTheyCanBePutInACollection() throws Exception {
        Path file = dir.resolve("v8.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (int v = 0; v < 8; v++) {
                for (String sql : Migrations.ALL.get(v).statements()) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA user_version = 8");
            st.execute("INSERT INTO sources(id, name) VALUES ('vna', 'VNA / VietnamPlus')");
            st.execute("INSERT INTO articles(id, uid, source_id, title, lead, published_at, sort_ts, language, imported_at)"
                    + " VALUES (7, 'eeee000000000007', 'vna', 'Ca Mau shrimp farms count the cost of salt', 'Dry months bring the sea inland.',"
                    + " '2025-04-02T07:00+07:00', 1743552000, 'en', '2025-04-02T01:00:00Z')");
            st.execute("INSERT INTO article_texts(article_id, body, captions, raw_input) VALUES (7, 'Farmers wait for rain.', '', x'')");
        }
        try (AppContext ctx = AppContext.open(file)) {
            long key = ctx.reading().find("eeee000000000007").orElseThrow().key();
            long c = ctx.keeping().create("Mekong drought 2025").id();
            assertThat(ctx.keeping().add(c, List.of(key))).isEqualTo(1);
            assertThat(ctx.reading().count(ArticleQuery.ALL.withCollection(c))).isEqualTo(1);
            assertThat(ctx.reading().sidebarCounts(ArticleQuery.ALL).collections()).containsEntry(c, 1L);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             var rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Migrations.latestVersion());
        }
    }
}
