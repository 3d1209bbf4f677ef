package vn.bantin.data.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.app.AppContext;
import vn.bantin.domain.ArticleQuery;

/** Schema 11: a file written at schema 10 learns its stories about each place by day, and keeps them so after. */
class MigrationElevenTest {
    @TempDir
    Path dir;

    private static final ArticleQuery STORIES = ArticleQuery.ALL.withGrouped(true);

    @Test
    void aSchemaTenFileCountsItsStoriesByDayAndTheTimelinesRangesShowTheListsLengths() throws Exception {
        Path file = dir.resolve("v10.db");
        try (AppContext ctx = AppContext.open(file)) {
            ctx.importSamples();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            // as schema 10 left it: the triggers without days, no table of days
            for (String sql : KeptCounts.migrationEight()) {
                st.execute(sql);
            }
            st.execute("DROP TABLE kept_days");
            st.execute("DROP TABLE text_dictionaries");
            st.execute("PRAGMA user_version = 10");
        }
        try (AppContext ctx = AppContext.open(file)) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
                 var rs = st.executeQuery("SELECT sum(n) FROM kept_days WHERE kind = 'lead-about'")) {
                rs.next();
                long rows = ctx.articles().countsByProvince(STORIES).values().stream().mapToLong(Long::longValue).sum();
                assertThat(rs.getLong(1)).as("a day for every story about a province").isEqualTo(rows).isPositive();
            }
            // whole days, and ranges whose ends fall inside a day (the ends counted, the rest from the kept days)
            Instant from = Instant.parse("2024-03-26T12:00:00Z");
            Instant to = Instant.parse("2025-03-11T06:00:00Z");
            for (ArticleQuery q : new ArticleQuery[] {STORIES.withRange(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z")),
                    STORIES.withRange(from, to), STORIES.withRange(from, null), STORIES.withRange(null, to),
                    STORIES.withUnreadOnly(true).withRange(from, to)}) {
                assertBesideEachPlaceIsTheListsLength(ctx, q);
            }
            // and from then on, by the triggers: a story read leaves the unread ones of its days
            ctx.statuses().setRead(ctx.articles().page(STORIES, null, 1).items().get(0).key(), true);
            assertBesideEachPlaceIsTheListsLength(ctx, STORIES.withUnreadOnly(true).withRange(Instant.parse("2024-01-01T00:00:00Z"),
                    Instant.parse("2027-01-01T00:00:00Z")));
        }
    }

    private static void assertBesideEachPlaceIsTheListsLength(AppContext ctx, ArticleQuery q) {
        Map<String, Long> beside = ctx.articles().sidebarCounts(q).provinces();
        for (String p : ctx.articles().countsByProvince(STORIES).keySet()) {
            long listed = ctx.articles().count(q.withProvinces(Set.of(p)));
            assertThat(beside.getOrDefault(p, 0L)).as("%s beside %s", p, q).isEqualTo(listed);
        }
        // asked alone ahead of the list's page, the same numbers
        assertThat(ctx.articles().placeCounts(q, () -> false).provinces()).isEqualTo(beside);
        assertThat(ctx.articles().placeCounts(q.withText("festival"), () -> false)).as("a search's are counted").isNull();
        Map<String, Long> units = ctx.articles().sidebarCounts(q).units();
        for (var u : vn.bantin.data.Gazetteer.standard().units()) {
            long listed = ctx.articles().count(q.withProvinces(vn.bantin.data.Gazetteer.standard().expand("unit:" + u.id())));
            assertThat(units.getOrDefault(u.id(), 0L)).as("unit %s beside %s", u.id(), q).isEqualTo(listed);
        }
    }
}
