package vn.bantin.data.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.bantin.TestPages;
import vn.bantin.data.Gazetteer;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.domain.Folding;
import vn.bantin.domain.NewArticle;
import vn.bantin.domain.Page;
import vn.bantin.domain.PageCursor;
import vn.bantin.domain.ParsedPage;
import vn.bantin.domain.ProvinceTag;
import vn.bantin.domain.Relation;
import vn.bantin.domain.Source;

/** Search on a real SQLite file: Vietnamese written every way, the query forms people use, hostile input. */
class SearchTest {
    static final String[] NAMES = {"Đà Nẵng", "Hà Nội", "Hồ Chí Minh", "Đắk Lắk", "Thừa Thiên Huế", "Hội An",
            "Nguyễn Phú Trọng", "Phạm Minh Chính", "Bùi Thanh Sơn", "Võ Văn Thưởng", "Điện Biên Phủ", "Phú Quốc"};

    @TempDir
    Path dir;
    Database db;
    SqliteArticleRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("search.db"));
        ProvinceTables.mirror(db, Gazetteer.standard());
        repo = new SqliteArticleRepository(db);
        List<NewArticle> batch = new ArrayList<>();
        int i = 0;
        for (String name : NAMES) {
            batch.add(article("n" + i, "Tin tức về " + name + " hôm nay", "Bài viết nói về " + name + " và những điều mới.",
                    "da-nang", i++));
        }
        batch.add(article("t1", "Ha Long Bay cruise season opens", "Boats return to the bay.", "quang-ninh", 20));
        batch.add(article("t2", "Port traffic grows", "More ships call at Hai Phong, where a Ha Long Bay cruise also docks.", "hai-phong", 21));
        batch.add(article("t3", "Cruise boats banned in a storm", "Authorities halted tours on the bay for safety.", "quang-ninh", 22));
        repo.insertBatch(batch);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static NewArticle article(String id, String title, String lead, String province, int day) {
        ParsedPage p = new ParsedPage(Source.UNKNOWN, null, title, lead, List.of("A paragraph of body text number " + day + "."),
                List.of(), java.time.OffsetDateTime.parse("2024-01-01T08:00+07:00").plusDays(day), "vi");
        return new NewArticle(id, p, List.of(new ProvinceTag(province, Relation.ABOUT, 1)), id, title, Instant.EPOCH);
    }

    long count(String q) {
        return repo.count(ArticleQuery.ALL.withText(q));
    }

    @Test
    void everyAccentCaseAndDStrokeFormFindsTheSameArticle() {
        for (String name : NAMES) {
            String plain = Folding.fold(name);
            List<String> forms = List.of(name, name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT), plain,
                    plain.toUpperCase(Locale.ROOT), Normalizer.normalize(name, Normalizer.Form.NFD), plain.replace(" ", " "));
            for (String form : forms) {
                assertThat(count("\"" + form + "\"")).as(form).isEqualTo(1);
                assertThat(count(form)).as(form).isGreaterThanOrEqualTo(1);
            }
        }
        assertThat(count("da nang")).isEqualTo(1);
        assertThat(count("DANANG")).isZero(); // one word is not two; the tagger, not search, knows Danang
    }

    @Test
    void phrasePrefixAndExclusion() {
        assertThat(count("\"ha long bay\"")).isEqualTo(2);
        assertThat(count("ha long")).isEqualTo(2);
        assertThat(count("cruis*")).isEqualTo(3);
        assertThat(count("crui")).isEqualTo(3); // the last word is still being typed
        // two letters being typed are not yet a prefix (they would start most words of a large file), a star is
        assertThat(count("cr")).isZero();
        assertThat(count("cr*")).isEqualTo(3);
        assertThat(count("cruise -storm")).isEqualTo(2);
        assertThat(count("\"bay ha\"")).isZero();
    }

    @Test
    void aWordStillBeingTypedFindsTheLongerWordsItStartsHoweverCommonItIs() {
        List<NewArticle> many = new ArrayList<>();
        for (int i = 0; i < ListQueries.SEARCH_CANDIDATES; i++) {
            many.add(article("h" + i, "Ferry harbour " + i, "A harbour story.", "da-nang", 30));
        }
        many.add(article("hs", "Ferry harbours reopen", "Two harbours.", "da-nang", 31));
        repo.insertBatch(many);
        // "harbour" alone fills the candidates, and the reader may still be typing "harbours"
        assertThat(count("harbour")).isEqualTo(ListQueries.SEARCH_CANDIDATES + 1);
        assertThat(repo.page(ArticleQuery.ALL.withText("harbour"), null, 5).items()).extracting(ArticleSummary::id)
                .contains("hs");
        assertThat(count("harbour ferry")).isEqualTo(ListQueries.SEARCH_CANDIDATES); // a word followed by another is finished
        assertThat(count("harbour*")).isEqualTo(ListQueries.SEARCH_CANDIDATES + 1);
        assertThat(count("harbo")).isEqualTo(ListQueries.SEARCH_CANDIDATES + 1);
        assertThat(count("ferry harbours -harbour")).isEqualTo(1);
    }

    @Test
    void aPrefixStartingMoreWordsThanAreNamedFindsTheMostSeenWhileTypedAndEveryOneWithAStar() {
        List<NewArticle> batch = new ArrayList<>();
        int words = SearchReading.MOST + 1;
        for (int i = 0; i < words; i++) {
            // word 0 in three articles, the others in one each: the last by name is the one left out
            for (int copy = 0; copy < (i == 0 ? 3 : 1); copy++) {
                batch.add(article("w" + i + "-" + copy, String.format(Locale.ROOT, "Gauge qxa%03d reads the river", i),
                        "Water levels.", "an-giang", 40));
            }
        }
        repo.insertBatch(batch);
        assertThat(count("qxa*")).isEqualTo(words + 2);
        assertThat(count("qx")).as("two letters are a word").isZero();
        assertThat(count("qxa")).as("the " + SearchReading.MOST + " words seen most").isEqualTo(words + 1);
        assertThat(repo.page(ArticleQuery.ALL.withText("qxa"), null, 500).items()).extracting(ArticleSummary::id)
                .contains("w0-2").doesNotContain("w200-0");
        assertThat(count("qxa2")).as("a prefix of few words finds them all").isEqualTo(1);
        assertThat(count("qxa200")).isEqualTo(1);
    }

    @Test
    void titleMatchesRankAboveLeadMatchesNewestFirstAndPagesFollowTheRanking() {
        List<ArticleSummary> ranked = repo.page(ArticleQuery.ALL.withText("ha long bay"), null, 10).items();
        assertThat(ranked).extracting(ArticleSummary::id).containsExactly("t1", "t2");
        // two titles say "cruise" (the later stored first), then the article whose lead says it
        assertThat(repo.page(ArticleQuery.ALL.withText("cruise"), null, 10).items()).extracting(ArticleSummary::id)
                .containsExactly("t3", "t1", "t2");
        Page<ArticleSummary> first = repo.page(ArticleQuery.ALL.withText("cruise"), null, 2);
        PageCursor next = first.next();
        List<ArticleSummary> rest = repo.page(ArticleQuery.ALL.withText("cruise"), next, 2).items();
        assertThat(first.items()).extracting(ArticleSummary::id).containsExactly("t3", "t1");
        assertThat(rest).extracting(ArticleSummary::id).containsExactly("t2");
    }

    @Test
    void searchCombinesWithProvinceBookmarksAndUnread() {
        assertThat(repo.count(ArticleQuery.ALL.withText("cruise").withProvinces(Set.of("quang-ninh")))).isEqualTo(2);
        assertThat(repo.page(ArticleQuery.ALL.withText("cruise").withProvinces(Set.of("hai-phong")), null, 10).items())
                .extracting(ArticleSummary::id).containsExactly("t2");
        long key = repo.find("t3").orElseThrow().key();
        new SqliteStatusRepository(db).setBookmarked(key, true);
        new SqliteStatusRepository(db).setRead(key, true);
        assertThat(repo.page(ArticleQuery.ALL.withText("cruise").withBookmarkedOnly(true), null, 10).items())
                .extracting(ArticleSummary::id).containsExactly("t3");
        assertThat(repo.count(ArticleQuery.ALL.withText("cruise").withUnreadOnly(true))).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "NEAR(", "AND OR", "\"ha long", "ha NOT", "col:value", "^", "((", "-", "- -",
            "\u0000", "đ*", "NEAR(ha long, 2)", "title:cruise", "\"\"\"", "a OR b AND c NOT"})
    void hostileInputReturnsResultsOrNoneAndNeverThrows(String q) {
        assertThatCode(() -> {
            repo.page(ArticleQuery.ALL.withText(q), null, 10);
            repo.count(ArticleQuery.ALL.withText(q));
            repo.countsByProvince(ArticleQuery.ALL.withText(q));
        }).doesNotThrowAnyException();
    }

    @Test
    void tenKilobytesOfTextIsJustAQueryWithNoResults() {
        String big = "lorem ipsum ".repeat(900);
        assertThatCode(() -> repo.page(ArticleQuery.ALL.withText(big), null, 10)).doesNotThrowAnyException();
    }

    @Test
    void rebuildingTheIndexKeepsSearchWorking() throws Exception {
        assertThat(repo.rebuildSearchIndex()).isEqualTo(15);
        assertThat(count("đà nẵng")).isEqualTo(1);
        assertThat(count("cruise")).isEqualTo(3);
        assertThat(count("crui")).isEqualTo(3);
        // the words are learnt again from nothing, not added to what was there
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("search.db"));
             var rs = c.createStatement().executeQuery("SELECT seen FROM search_words WHERE word = 'cruise'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(3);
        }
    }

    @Test
    void aWordWithASubscriptIsFoundAsWritten() {
        repo.insertBatch(List.of(article("co2", "CO₂ from Quang Ninh's coal plants falls", "Emissions data.", "quang-ninh", 50)));
        assertThat(count("CO₂ ")).isEqualTo(1);
        assertThat(count("co₂ levels")).isZero();
        assertThat(count("CO₂ coal")).isEqualTo(1);
    }

    @Test
    void importedPagesAreFoundByTheirText() {
        repo.insertBatch(List.of(TestPages.article("Quy Nhon opens a seafood market", "Quy Nhon", "Apr 1, 2024 / 10:00")));
        assertThat(count("quy nhơn")).isEqualTo(1);
    }

    /**
     * An import batch reaches the search index in one piece. Written one article at a time between the batch's other
     * rows, every article became a segment of its own, and the import spent a third of its store merging them
     * (decision 0020).
     */
    @Test
    void aBatchIsWrittenToTheSearchIndexAsOneSegmentAndEveryArticleIsFound() {
        String[] places = {"Hà Giang", "Lào Cai", "Điện Biên", "Sơn La", "Hòa Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh",
            "Quảng Bình", "Quảng Trị", "Huế", "Quảng Nam"};
        String[] ids = {"ha-giang", "lao-cai", "dien-bien", "son-la", "hoa-binh", "thanh-hoa", "nghe-an", "ha-tinh",
            "quang-binh", "quang-tri", "thua-thien-hue", "quang-nam"};
        noMerging();
        int before = segments();
        List<NewArticle> batch = new ArrayList<>();
        for (int i = 0; i < places.length; i++) {
            batch.add(article("w" + i, "Mùa lúa mới ở " + places[i], "Nông dân " + places[i] + " bắt đầu gặt sớm hơn mọi năm.",
                    ids[i], 30 + i));
        }
        repo.insertBatch(batch);

        assertThat(segments() - before).isEqualTo(1);
        for (String place : places) {
            assertThat(count("\"Nông dân " + place + "\"")).as(place).isEqualTo(1);
        }
        assertThat(count("gặt sớm")).isEqualTo(places.length);
    }

    @Test
    void aBatchOfMoreTextThanFtsHoldsByDefaultIsStillOneSegment() {
        noMerging();
        int before = segments();
        // 200 articles of 400 words each, most of them rare: a few times the 1 MB FTS5 holds by default
        java.util.Random random = new java.util.Random(7);
        List<NewArticle> batch = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 400; w++) {
                body.append(w % 5 == 0 ? "lúa" : Long.toString(random.nextLong() & 0xffffffffffL, 36)).append(' ');
            }
            ParsedPage p = new ParsedPage(Source.UNKNOWN, null, "Mùa gặt thứ " + i, "Nông dân gặt sớm.",
                    List.of(body.toString()), List.of(), java.time.OffsetDateTime.parse("2024-01-01T08:00+07:00"), "vi");
            batch.add(new NewArticle("long" + i, p, List.of(new ProvinceTag("an-giang", Relation.ABOUT, 1)), "long" + i,
                    p.title(), Instant.EPOCH));
        }
        repo.insertBatch(batch);

        assertThat(segments() - before).isEqualTo(1);
        assertThat(count("lúa")).isEqualTo(200);
    }

    /** No merging behind the test's back: each segment written stays one. */
    private void noMerging() {
        db.inTransaction(c -> {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("INSERT INTO article_search(article_search, rank) VALUES ('automerge', 0)");
            }
            return null;
        });
    }

    private int segments() {
        return db.inTransaction(c -> {
            try (java.sql.Statement st = c.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("SELECT count(DISTINCT segid) FROM article_search_idx")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
