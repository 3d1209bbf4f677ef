package vn.bantin.data.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.TestPages;
import vn.bantin.data.ArticleRepository.Outcome;
import vn.bantin.data.Gazetteer;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.domain.NewArticle;
import vn.bantin.domain.Page;
import vn.bantin.domain.PageCursor;

class SqliteArticleRepositoryTest {
    @TempDir
    Path dir;
    Database db;
    SqliteArticleRepository repo;
    SqliteStatusRepository status;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        ProvinceTables.mirror(db, Gazetteer.standard());
        repo = new SqliteArticleRepository(db);
        status = new SqliteStatusRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static final String[] PLACES = {"Hanoi", "Da Nang", "Can Tho", "Ha Long", "Hue"};

    /** 60 articles, one a day, cycling through five places. */
    private List<NewArticle> corpus() {
        List<NewArticle> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String date = String.format("Mar %d, 2024 / %02d:00", 1 + i % 28, i % 24);
            out.add(TestPages.article("Market news number " + i + " from " + PLACES[i % 5], PLACES[i % 5], date));
        }
        return out;
    }

    @Test
    void storesOnceAndReportsDuplicates() {
        List<NewArticle> batch = corpus();
        assertThat(repo.insertBatch(batch)).containsOnly(Outcome.INSERTED);
        assertThat(repo.insertBatch(batch.subList(0, 3))).containsOnly(Outcome.DUPLICATE);
        assertThat(repo.count(ArticleQuery.ALL)).isEqualTo(60);
    }

    @Test
    void pagesWalkTheWholeListNewestFirstWithoutRepeats() {
        repo.insertBatch(corpus());
        List<ArticleSummary> all = new ArrayList<>();
        PageCursor after = null;
        do {
            Page<ArticleSummary> page = repo.page(ArticleQuery.ALL, after, 7);
            all.addAll(page.items());
            after = page.next();
        } while (after != null);
        assertThat(all).hasSize(60);
        assertThat(new HashSet<>(all.stream().map(ArticleSummary::id).toList())).hasSize(60);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i - 1).sortTs()).isGreaterThanOrEqualTo(all.get(i).sortTs());
        }
    }

    @Test
    void oldestFirstPagesWalkTheWholeListTheOtherWayWithAndWithoutProvinces() {
        repo.insertBatch(corpus());
        for (ArticleQuery q : List.of(ArticleQuery.ALL.withOldestFirst(true),
                ArticleQuery.ALL.withOldestFirst(true).withProvinces(java.util.Set.of("da-nang", "can-tho")))) {
            List<ArticleSummary> all = new ArrayList<>();
            PageCursor after = null;
            do {
                Page<ArticleSummary> page = repo.page(q, after, 7);
                all.addAll(page.items());
                after = page.next();
            } while (after != null);
            assertThat(all).as(q.toString()).hasSize((int) repo.count(q));
            assertThat(new HashSet<>(all.stream().map(ArticleSummary::id).toList())).hasSize(all.size());
            for (int i = 1; i < all.size(); i++) {
                assertThat(all.get(i - 1).sortTs()).isLessThanOrEqualTo(all.get(i).sortTs());
            }
            List<ArticleSummary> newest = repo.page(q.withOldestFirst(false), null, 1000).items();
            assertThat(all.get(0).id()).isEqualTo(newest.get(newest.size() - 1).id());
        }
    }

    @Test
    void provinceFilterIsAnyOfAndAgreesWithCounts() {
        repo.insertBatch(corpus());
        ArticleQuery q = ArticleQuery.ALL.withProvinces(Set.of("da-nang", "can-tho"));
        List<ArticleSummary> rows = new ArrayList<>();
        PageCursor after = null;
        do {
            Page<ArticleSummary> page = repo.page(q, after, 5);
            rows.addAll(page.items());
            after = page.next();
        } while (after != null);
        assertThat(rows).hasSize(24).allSatisfy(a -> assertThat(a.aboutIds()).containsAnyOf("da-nang", "can-tho"));
        Map<String, Long> counts = repo.countsByProvince(ArticleQuery.ALL);
        assertThat(counts.get("da-nang") + counts.get("can-tho")).isEqualTo(repo.count(q)).isEqualTo(24);
        assertThat(counts).containsEntry("quang-ninh", 12L).containsEntry("thua-thien-hue", 12L);
    }

    @Test
    void bookmarkAndReadFiltersFollowTheStatusTable() {
        repo.insertBatch(corpus());
        List<ArticleSummary> first = repo.page(ArticleQuery.ALL, null, 3).items();
        status.setBookmarked(first.get(0).key(), true);
        status.setRead(first.get(1).key(), true);
        assertThat(repo.page(ArticleQuery.ALL.withBookmarkedOnly(true), null, 50).items())
                .extracting(ArticleSummary::id).containsExactly(first.get(0).id());
        assertThat(repo.count(ArticleQuery.ALL.withUnreadOnly(true))).isEqualTo(59);
        ArticleSummary b = repo.page(ArticleQuery.ALL.withBookmarkedOnly(true), null, 1).items().get(0);
        assertThat(b.bookmarked()).isTrue();
        assertThat(b.bookmarkedAt()).isNotNull();
        status.setBookmarked(first.get(0).key(), false);
        assertThat(repo.count(ArticleQuery.ALL.withBookmarkedOnly(true))).isZero();
    }

    @Test
    void searchFindsFoldedTextAndCombinesWithProvinces() {
        repo.insertBatch(corpus());
        assertThat(repo.count(ArticleQuery.ALL.withText("market news number 7"))).isEqualTo(1);
        assertThat(repo.count(ArticleQuery.ALL.withText("DA NANG"))).isEqualTo(12);
        assertThat(repo.count(ArticleQuery.ALL.withText("đà nẵng"))).isEqualTo(12);
        assertThat(repo.count(ArticleQuery.ALL.withText("storm").withProvinces(Set.of("can-tho")))).isEqualTo(12);
        assertThat(repo.count(ArticleQuery.ALL.withText("\"unbalanced NEAR( * AND OR"))).isZero();
    }

    @Test
    void findTakesAnUnambiguousPrefix() {
        repo.insertBatch(corpus());
        ArticleSummary s = repo.page(ArticleQuery.ALL, null, 1).items().get(0);
        assertThat(repo.find(s.id())).get().extracting(a -> a.title()).isEqualTo(s.title());
        assertThat(repo.find(s.id().substring(0, 8))).isPresent();
        assertThat(repo.find("zzzzzz")).isEmpty();
    }

    @Test
    void firstPageAndProvinceFilterUseIndexesNotAFullScan() {
        repo.insertBatch(corpus());
        List<String> plans = new ArrayList<>();
        plans.addAll(repo.explainPage(ArticleQuery.ALL, null));
        plans.addAll(repo.explainPage(ArticleQuery.ALL.withProvinces(Set.of("ha-noi", "da-nang")), null));
        plans.addAll(repo.explainPage(ArticleQuery.ALL.withProvinces(Set.of("ha-noi")), new PageCursor(1_700_000_000L, 10)));
        assertThat(plans).noneMatch(p -> p.matches("SCAN a( .*)?") && !p.contains("USING INDEX"));
        assertThat(plans).noneMatch(p -> p.startsWith("SCAN articles"));
        assertThat(plans).anyMatch(p -> p.contains("articles_newest"));
        assertThat(plans).anyMatch(p -> p.contains("article_provinces_by_province"));
    }

    @Test
    void retagReplacesParsedFieldsButKeepsStatus() {
        List<NewArticle> batch = corpus().subList(0, 2);
        repo.insertBatch(batch);
        ArticleSummary s = repo.page(ArticleQuery.ALL, null, 1).items().get(0);
        status.setBookmarked(s.key(), true);
        NewArticle original = batch.stream().filter(a -> a.id().equals(s.id())).findFirst().orElseThrow();
        NewArticle changed = new NewArticle(original.id(), TestPages.page("A corrected headline about Quy Nhon",
                "The lead now names Quy Nhon."), List.of(new vn.bantin.domain.ProvinceTag("binh-dinh",
                vn.bantin.domain.Relation.ABOUT, 2)), original.rawName(), original.rawInput(), original.importedAt());
        repo.replaceParsed(List.of(changed));
        var a = repo.find(s.id()).orElseThrow();
        assertThat(a.title()).isEqualTo("A corrected headline about Quy Nhon");
        assertThat(a.aboutIds()).containsExactly("binh-dinh");
        assertThat(a.status().bookmarked()).isTrue();
        assertThat(repo.count(ArticleQuery.ALL.withText("quy nhon"))).isEqualTo(1);
    }
}
