package vn.bantin.data.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.TestPages;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleImage;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.domain.DeletedArticles;
import vn.bantin.domain.Feed;
import vn.bantin.domain.SidebarCounts;
import vn.bantin.domain.SyncedItem;

/**
 * Deleting articles takes them out of every list, count and search at once, and Undo puts back exactly what was
 * there: bookmark and read state, provinces, the story they were part of (and which version led it), their feed
 * entry, their pictures, and the collections they were in.
 */
class UndeleteTest {
    @TempDir
    Path dir;

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Test
    void undoPutsBackExactlyWhatTheDeleteTook() throws Exception {
        try (Database db = Database.open(dir.resolve("undo.db"))) {
            ProvinceTables.mirror(db, vn.bantin.data.Gazetteer.standard());
            SqliteArticleRepository articles = new SqliteArticleRepository(db);
            SqliteFeedRepository feeds = new SqliteFeedRepository(db, articles);
            SqliteStatusRepository statuses = new SqliteStatusRepository(db);
            Feed f = feeds.add("https://example.vn/rss/mien-trung.rss", "Miền Trung", null);
            List<SyncedItem> items = new ArrayList<>();
            String[][] entries = {{"Hoi An floods the old town's lantern market", "Hoi An"},
                    {"Quang Nam moves families from the Thu Bon banks", "Quang Nam"},
                    {"Hue restores the Ngo Mon gate before the festival", "Hue"}};
            for (String[] e : entries) {
                items.add(new SyncedItem("urn:mt:" + items.size(), null,
                        TestPages.article(e[0], e[1], "Oct " + (items.size() + 10) + ", 2025 / 08:00"),
                        items.isEmpty() ? List.of(new ArticleImage("https://example.vn/a.png", "image/png", PNG, "Lanterns")) : List.of()));
            }
            feeds.store(f.id(), items);
            List<ArticleSummary> rows = articles.page(ArticleQuery.ALL.withGrouped(false), null, 10).items();
            long hoiAn = key(rows, entries[0][0]);
            long quangNam = key(rows, entries[1][0]);
            articles.mergeStories(quangNam, hoiAn); // one flood, told twice; Quảng Nam's report leads
            statuses.setBookmarked(hoiAn, true);
            statuses.setRead(quangNam, true);
            SqliteCollectionRepository collections = new SqliteCollectionRepository(db);
            long file = collections.create("Central floods file").id();
            long soonGone = collections.create("Gone by the undo").id();
            collections.add(file, List.of(hoiAn, quangNam));
            collections.add(soonGone, List.of(hoiAn));

            Article before = articles.findByKey(hoiAn).orElseThrow();
            Article leadBefore = articles.findByKey(quangNam).orElseThrow();
            SidebarCounts countsBefore = articles.sidebarCounts(ArticleQuery.ALL);
            List<ArticleSummary> storiesBefore = articles.page(ArticleQuery.ALL, null, 10).items();
            assertThat(articles.page(ArticleQuery.ALL.withText("lantern"), null, 10).items()).hasSize(1);

            DeletedArticles gone = articles.deleteUndoably(List.of(hoiAn));
            assertThat(gone.count()).isEqualTo(1);
            assertThat(articles.findByKey(hoiAn)).isEmpty();
            assertThat(articles.page(ArticleQuery.ALL.withText("lantern"), null, 10).items()).isEmpty();
            assertThat(articles.sidebarCounts(ArticleQuery.ALL).bookmarks()).isZero();
            assertThat(articles.count(ArticleQuery.ALL.withGrouped(false))).isEqualTo(2);
            assertThat(articles.findByKey(quangNam).orElseThrow().versions()).isEmpty();
            assertThat(articles.count(ArticleQuery.ALL.withCollection(file))).isEqualTo(1);
            collections.delete(soonGone); // a collection removed meanwhile does not stop the undo

            assertThat(articles.undelete(gone)).isEqualTo(1);
            assertThat(articles.count(ArticleQuery.ALL.withCollection(file))).isEqualTo(2);
            assertThat(collections.of(hoiAn)).extracting(vn.bantin.domain.ArticleCollection::name).containsExactly("Central floods file");
            collections.add(soonGone = collections.create("Gone by the undo").id(), List.of(hoiAn)); // as before, for the counts
            Article after = articles.findByKey(hoiAn).orElseThrow();
            assertThat(after).usingRecursiveComparison().isEqualTo(before);
            assertThat(articles.findByKey(quangNam).orElseThrow()).usingRecursiveComparison().isEqualTo(leadBefore);
            assertThat(articles.sidebarCounts(ArticleQuery.ALL)).isEqualTo(countsBefore);
            assertThat(articles.page(ArticleQuery.ALL, null, 10).items()).isEqualTo(storiesBefore);
            assertThat(articles.page(ArticleQuery.ALL.withText("lantern"), null, 10).items()).extracting(ArticleSummary::key)
                    .containsExactly(hoiAn);
            assertThat(articles.page(ArticleQuery.ALL.withProvinces(Set.of("quang-nam")).withText("lantern"), null, 10).items())
                    .hasSize(1);
            assertThat(articles.images(hoiAn)).singleElement().satisfies(i -> assertThat(i.bytes()).isEqualTo(PNG));
            // the article is its feed's again (the feed's list and count), and a sync of the same entry stores nothing twice
            assertThat(articles.count(ArticleQuery.ALL.withGrouped(false).withFeed(f.id()))).isEqualTo(3);
            assertThat(feeds.store(f.id(), items.subList(0, 1)).inserted()).isZero();
            // one undo only
            assertThat(articles.undelete(gone)).isZero();
        }
    }

    @Test
    void aDeletionNoLongerUndoableDropsThePicturesNoArticleShows() throws Exception {
        try (Database db = Database.open(dir.resolve("forget.db"))) {
            ProvinceTables.mirror(db, vn.bantin.data.Gazetteer.standard());
            SqliteArticleRepository articles = new SqliteArticleRepository(db);
            SqliteFeedRepository feeds = new SqliteFeedRepository(db, articles);
            Feed f = feeds.add("https://example.vn/rss/hue.rss", "Huế", null);
            feeds.store(f.id(), List.of(new SyncedItem("urn:hue:1", null,
                    TestPages.article("Hue lights the citadel walls for the festival", "Hue", "Oct 10, 2025 / 08:00"),
                    List.of(new ArticleImage("https://example.vn/b.png", "image/png", PNG, "Walls")))));
            long key = articles.page(ArticleQuery.ALL, null, 10).items().get(0).key();
            DeletedArticles gone = articles.deleteUndoably(List.of(key));
            assertThat(pictures(db)).isEqualTo(1); // kept for an Undo
            articles.forget(gone);
            assertThat(pictures(db)).isZero();
            assertThat(articles.undelete(gone)).isZero();
        }
    }

    private static long pictures(Database db) {
        return db.read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM images")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static long key(List<ArticleSummary> rows, String title) {
        return rows.stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow().key();
    }
}
