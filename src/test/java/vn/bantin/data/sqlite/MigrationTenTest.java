package vn.bantin.data.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.app.AppContext;
import vn.bantin.domain.ArticleQuery;

/** Schema 10: a file written at schema 9 learns the words its search index already holds. */
class MigrationTenTest {
    @TempDir
    Path dir;

    @Test
    void aSchemaNineFileTakesItsWordsFromItsIndexAndItsArticlesAreFoundByAWordBeingTyped() throws Exception {
        Path file = dir.resolve("v9.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (int v = 0; v < 9; v++) {
                for (String sql : Migrations.ALL.get(v).statements()) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA user_version = 9");
            st.execute("INSERT INTO sources(id, name) VALUES ('vna', 'VNA / VietnamPlus')");
            for (int id = 1; id <= 2; id++) {
                st.execute("INSERT INTO articles(id, uid, source_id, title, lead, published_at, sort_ts, language, imported_at)"
                        + " VALUES (" + id + ", 'eeee00000000000" + id + "', 'vna', 'Ca Mau shrimp farms count the cost of salt',"
                        + " 'Dry months bring the sea inland.', '2025-04-02T07:00+07:00', 1743552000, 'en', '2025-04-02T01:00:00Z')");
                st.execute("INSERT INTO article_texts(article_id, body, captions, raw_input) VALUES (" + id
                        + ", 'Farmers wait for rain in Ca Mau.', '', x'')");
                st.execute("INSERT INTO article_search(rowid, title, lead, body, places) VALUES (" + id
                        + ", 'ca mau shrimp farms count the cost of salt', 'dry months bring the sea inland',"
                        + " 'farmers wait for rain" + (id == 2 ? " and shrimpers sell early" : "") + "', 'zpvcamau')");
            }
        }
        try (AppContext ctx = AppContext.open(file)) {
            assertThat(ctx.reading().count(ArticleQuery.ALL.withText("shrimp"))).isEqualTo(2);
            assertThat(ctx.reading().count(ArticleQuery.ALL.withText("shrimpe"))).isEqualTo(1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(SearchWords.starting(c, "shrimp", 5)).containsExactly("shrimp", "shrimpers");
            try (var rs = st.executeQuery("SELECT seen FROM search_words WHERE word = 'salt'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).as("one for each article that has it").isEqualTo(2);
            }
            // the provinces' tokens are the index's own, not words a reader types
            assertThat(SearchWords.starting(c, "zpv", 5)).isEmpty();
            try (var rs = st.executeQuery("PRAGMA user_version")) {
                rs.next();
                assertThat(rs.getInt(1)).as("migrated on to the latest").isEqualTo(Migrations.latestVersion());
            }
        }
    }
}
