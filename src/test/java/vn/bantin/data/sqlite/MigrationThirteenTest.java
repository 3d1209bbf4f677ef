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

/**
 * Schema 13: a file written at schema 12, whose search index holds FTS5's default 1 MB before it writes a segment,
 * gains the setting that makes a batch one segment, and finds what it found before.
 */
class MigrationThirteenTest {
    @TempDir
    Path dir;

    @Test
    void aSchemaTwelveFileGainsTheIndexSettingAndSearchesAsBefore() throws Exception {
        Path file = dir.resolve("v12.db");
        long found;
        try (AppContext ctx = AppContext.open(file)) {
            ctx.importSamples();
            found = ctx.reading().count(ArticleQuery.ALL.withText("Hà Nội"));
            assertThat(found).isPositive();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("DELETE FROM article_search_config WHERE k = 'hashsize'");
            st.execute("PRAGMA user_version = 12");
        }
        try (AppContext ctx = AppContext.open(file)) {
            assertThat(ctx.reading().count(ArticleQuery.ALL.withText("Hà Nội"))).isEqualTo(found);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(13);
            }
            try (ResultSet rs = st.executeQuery("SELECT v FROM article_search_config WHERE k = 'hashsize'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(SearchLayout.PENDING_BYTES);
            }
        }
    }
}
