package vn.bantin.data.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.TestPages;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.domain.Feed;
import vn.bantin.domain.SyncedItem;

/**
 * The number beside a collection is the length of the list a click on it shows, with the feed, the provinces and
 * the read state chosen kept: a collection combines with each of them.
 */
class CollectionCountsTest {
    @TempDir
    Path dir;

    @Test
    void aCollectionsNumberIsItsListWithTheFeedProvincesAndUnreadChosen() throws Exception {
        try (Database db = Database.open(dir.resolve("counts.db"))) {
            ProvinceTables.mirror(db, vn.bantin.data.Gazetteer.standard());
            SqliteArticleRepository articles = new SqliteArticleRepository(db);
            SqliteFeedRepository feeds = new SqliteFeedRepository(db, articles);
            SqliteStatusRepository statuses = new SqliteStatusRepository(db);
            SqliteCollectionRepository collections = new SqliteCollectionRepository(db);
            Feed f = feeds.add("https://example.vn/rss/mekong.rss", "Mekong", null);
            List<SyncedItem> items = new ArrayList<>();
            String[][] entries = {{"Can Tho dredges the Hau River channel", "Can Tho"},
                    {"Ca Mau farmers switch to salt-tolerant rice", "Ca Mau"},
                    {"Soc Trang opens a wind farm at sea", "Soc Trang"}};
            for (String[] e : entries) {
                items.add(new SyncedItem("urn:mk:" + items.size(), null,
                        TestPages.article(e[0], e[1], "Nov " + (items.size() + 10) + ", 2025 / 08:00"), List.of()));
            }
            feeds.store(f.id(), items);
            articles.insertBatch(List.of(TestPages.article("Can Tho hosts the Mekong delta economic forum", "Can Tho",
                    "Nov 20, 2025 / 08:00")));
            List<Long> keys = articles.page(ArticleQuery.ALL, null, 10).items().stream().map(ArticleSummary::key).toList();
            long c = collections.create("Mekong file").id();
            collections.add(c, keys.subList(0, 3)); // the forum (newest, not from the feed) and two of the feed's
            statuses.setRead(keys.get(1), true);

            for (ArticleQuery shown : List.of(ArticleQuery.ALL, ArticleQuery.ALL.withFeed(f.id()),
                    ArticleQuery.ALL.withUnreadOnly(true), ArticleQuery.ALL.withFeed(f.id()).withUnreadOnly(true),
                    ArticleQuery.ALL.withProvinces(java.util.Set.of("can-tho")), ArticleQuery.ALL.withText("mekong"))) {
                long beside = articles.sidebarCounts(shown).collections().getOrDefault(c, 0L);
                assertThat(beside).as("beside the collection, with %s shown", shown)
                        .isEqualTo(articles.count(shown.withCollection(c).withGrouped(false)));
            }
            assertThat(articles.count(ArticleQuery.ALL.withCollection(c))).isEqualTo(3);
            assertThat(articles.count(ArticleQuery.ALL.withCollection(c).withFeed(f.id()))).isEqualTo(2);
            assertThat(articles.count(ArticleQuery.ALL.withCollection(c).withFeed(f.id()).withUnreadOnly(true))).isEqualTo(1);
        }
    }
}
