package vn.bantin.data.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.app.AppContext;
import vn.bantin.domain.ArticleQuery;

/**
 * Schema 12: a file written at schema 11, its search index with the title first, gains a table for its bodies'
 * dictionary and reads, searches and filters as before; its index keeps its order until {@code compact}.
 */
class MigrationTwelveTest {
    @TempDir
    Path dir;

    @Test
    void aSchemaElevenFileWithTheTitleFirstInItsIndexOpensAtTwelveAndIsFoundAsBefore() throws Exception {
        Path file = dir.resolve("v11.db");
        List<String> titles;
        long bySearch;
        long byProvince;
        ArticleQuery province;
        try (AppContext ctx = AppContext.open(file)) {
            ctx.importSamples();
            titles = ctx.articles().page(ArticleQuery.ALL, null, 100).items().stream().map(a -> a.title()).toList();
            bySearch = ctx.reading().count(ArticleQuery.ALL.withText("Hà Nội"));
            var first = ctx.articles().page(ArticleQuery.ALL, null, 1).items().get(0);
            province = ArticleQuery.ALL.withProvinces(java.util.Set.of(first.aboutIds().get(0)))
                    .withText(first.title().split(" ")[0]);
            byProvince = ctx.reading().count(province);
            assertThat(bySearch).isPositive();
            assertThat(byProvince).isPositive();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            // as schema 11 left it: no dictionary table, the index made with the title first
            st.execute("DROP TABLE text_dictionaries");
            st.execute("DROP TABLE article_search");
            st.execute("CREATE VIRTUAL TABLE article_search USING fts5(title, lead, body, places, content='',"
                    + " contentless_delete=1, tokenize='unicode61 remove_diacritics 2')");
            SearchWords.clear(c);
            assertThat(SearchRows.write(c, null)).isEqualTo(titles.size());
            st.execute("PRAGMA user_version = 11");
        }
        try (AppContext ctx = AppContext.open(file)) {
            assertThat(ctx.articles().page(ArticleQuery.ALL, null, 100).items().stream().map(a -> a.title()).toList())
                    .isEqualTo(titles);
            assertThat(ctx.reading().count(ArticleQuery.ALL.withText("Hà Nội"))).isEqualTo(bySearch);
            assertThat(ctx.reading().count(province)).isEqualTo(byProvince);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                rs.next();
                assertThat(rs.getInt(1)).as("migrated on to the latest").isEqualTo(Migrations.latestVersion());
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM text_dictionaries")) {
                rs.next();
                assertThat(rs.getInt(1)).as("a file of a few samples has too few bodies to learn from").isZero();
            }
            assertThat(SearchLayout.current(c)).as("the index keeps its order until compact").isFalse();
        }
    }
}
