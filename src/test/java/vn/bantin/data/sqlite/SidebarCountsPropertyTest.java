package vn.bantin.data.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.bantin.data.Gazetteer;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.domain.Feed;
import vn.bantin.domain.NewArticle;
import vn.bantin.domain.Page;
import vn.bantin.domain.PageCursor;
import vn.bantin.domain.ParsedPage;
import vn.bantin.domain.ProvinceTag;
import vn.bantin.domain.Relation;
import vn.bantin.domain.SidebarCounts;
import vn.bantin.domain.Source;
import vn.bantin.domain.SyncedItem;
import vn.bantin.domain.Unit2025;

/**
 * Every number the sidebar and the list header show is the length of the list its entry stands for. Over random
 * files (articles about and naming provinces, some in two feeds, read, bookmarked, grouped into stories, dated or
 * not) and random selections (All, Unread or Bookmarks; a feed or none; provinces or 2025 units; a search; one row
 * per story or per article; either order), each count is checked against the list paged to its end for the same
 * query. {@code mvn verify} tries 150 files of six selections each; {@code bench/fuzz.sh} tries counts for minutes.
 */
class SidebarCountsPropertyTest {
    static final Gazetteer GAZETTEER = Gazetteer.standard();
    /** Provinces two by two in one 2025 unit (Đà Nẵng + Quảng Nam, Tuyên Quang + Hà Giang), and ones alone. */
    static final List<String> PROVINCES = List.of("da-nang", "quang-nam", "tuyen-quang", "ha-giang", "ha-noi", "thua-thien-hue");
    static final List<String> WORDS = List.of("cảng", "lũ lụt", "lễ hội", "Đà Nẵng", "đường sắt", "festival", "harbour");
    static final List<String> SEARCHES = List.of("cang", "lũ", "le hoi", "da nang", "đường", "fest", "harbour -cang",
            "\"le hoi\"", "nothingmatches", "\"");

    /** {@code hour}: of the day, Hà Nội time, so that articles fall on either side of a UTC day's end too. */
    record Art(List<String> words, Set<String> about, Set<String> named, Integer day, int hour, boolean read, boolean bookmarked,
               Set<Integer> feeds) {
    }

    /**
     * After the articles are stored: stories merged, provinces corrected by the reader ({article, province, add}),
     * versions split off, articles deleted (the first deletion undone) and read ones marked unread again.
     */
    record World(List<Art> articles, List<int[]> merges, List<int[]> corrections, List<Integer> splits, List<Integer> deletes,
                 List<Integer> unread) {
    }

    enum Special { ALL, UNREAD, BOOKMARKS }

    /** {@code fromDay}/{@code days}: the time range of the map's timeline, in days from 1 March 2025 (Hà Nội time). */
    record Selection(Special special, Integer feed, Set<String> chosen, boolean units, String text, boolean grouped,
                     boolean oldestFirst, Integer fromDay, int days) {
    }

    static final java.time.ZoneOffset HANOI = java.time.ZoneOffset.ofHours(7);
    static final Instant DAY_ZERO = OffsetDateTime.parse("2025-03-01T00:00+07:00").toInstant();

    @Provide
    Arbitrary<World> worlds() {
        Arbitrary<Art> art = Combinators.combine(
                Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(PROVINCES).set().ofMaxSize(3),
                Arbitraries.of(PROVINCES).set().ofMaxSize(2),
                Arbitraries.integers().between(0, 30).injectNull(0.2),
                Arbitraries.integers().between(0, 23),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of(0, 1).set().ofMaxSize(2)).as(Art::new);
        Arbitrary<int[]> merge = Arbitraries.integers().between(0, 24).array(int[].class).ofSize(2);
        Arbitrary<int[]> correction = Combinators.combine(Arbitraries.integers().between(0, 24),
                Arbitraries.integers().between(0, PROVINCES.size() - 1), Arbitraries.integers().between(0, 1)).as((a, p, add) -> new int[] {a, p, add});
        Arbitrary<List<Integer>> some = Arbitraries.integers().between(0, 24).list().ofMaxSize(4);
        return Combinators.combine(art.list().ofMinSize(0).ofMaxSize(25), merge.list().ofMaxSize(8), correction.list().ofMaxSize(4),
                some, some, some).as(World::new);
    }

    @Provide
    Arbitrary<List<Selection>> selections() {
        Arbitrary<Selection> one = Combinators.combine(
                Arbitraries.of(Special.class),
                Arbitraries.of(0, 1).injectNull(0.6),
                Arbitraries.of(PROVINCES).set().ofMaxSize(2),
                Arbitraries.of(true, false),
                Arbitraries.of(SEARCHES).injectNull(0.5),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as((sp, f, ch, u, t, g, o) -> new Selection(sp, f, ch, u, t, g, o, null, 1))
                .flatMap(sel -> Combinators.combine(Arbitraries.integers().between(-2, 30).injectNull(0.5),
                        Arbitraries.integers().between(1, 10)).as((from, days) ->
                        new Selection(sel.special(), sel.feed(), sel.chosen(), sel.units(), sel.text(), sel.grouped(),
                                sel.oldestFirst(), from, days)));
        return one.list().ofSize(6);
    }

    @Property
    void everyNumberIsTheLengthOfTheListItStandsFor(@ForAll("worlds") World world,
                                                    @ForAll("selections") List<Selection> selections) throws IOException {
        Path dir = Files.createTempDirectory("bantin-counts");
        try (Database db = Database.open(dir.resolve("counts.db"))) {
            ProvinceTables.mirror(db, GAZETTEER);
            SqliteArticleRepository articles = new SqliteArticleRepository(db);
            List<Long> feeds = store(db, articles, world);
            assertKeptCountsTrue(db);
            for (Selection s : selections) {
                check(articles, query(s, feeds), feeds, s.units());
            }
            checkDays(articles, query(selections.get(0), feeds));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The list's query for a selection, as the window makes it: units stand for their member provinces. */
    static ArticleQuery query(Selection s, List<Long> feeds) {
        Set<String> provinces = new LinkedHashSet<>();
        for (String id : s.chosen()) {
            provinces.addAll(s.units() ? GAZETTEER.expand("unit:" + GAZETTEER.province(id).orElseThrow().unit2025()) : Set.of(id));
        }
        Instant from = s.fromDay() == null ? null : DAY_ZERO.plus(java.time.Duration.ofDays(s.fromDay()));
        Instant to = from == null ? null : from.plus(java.time.Duration.ofDays(s.days()));
        return new ArticleQuery(provinces, s.special() == Special.BOOKMARKS, s.special() == Special.UNREAD, null, from, to,
                s.text(), s.grouped(), s.feed() == null ? null : feeds.get(s.feed()), s.oldestFirst());
    }

    /** The timeline's bars: each day's number is the list's length within that day, and no listed day is left out. */
    static void checkDays(SqliteArticleRepository articles, ArticleQuery q) {
        java.util.NavigableMap<Long, Long> days = articles.countsByDay(q, HANOI);
        long sum = 0;
        for (var d : days.entrySet()) {
            Instant start = java.time.LocalDate.ofEpochDay(d.getKey()).atStartOfDay(HANOI).toInstant();
            assertThat(d.getValue()).as("day %s beside %s", java.time.LocalDate.ofEpochDay(d.getKey()), q)
                    .isEqualTo(listed(articles, q.withRange(start, start.plus(java.time.Duration.ofDays(1)))));
            sum += d.getValue();
        }
        assertThat(sum).as("every day of %s", q).isEqualTo(listed(articles, q.withRange(null, null)));
    }

    static void check(SqliteArticleRepository articles, ArticleQuery q, List<Long> feeds, boolean units) {
        assertThat(articles.count(q)).as("header of %s", q).isEqualTo(listed(articles, q));
        SidebarCounts c = articles.sidebarCounts(q);
        assertThat(c.all()).as("All articles beside %s", q).isEqualTo(listed(articles, SidebarCounts.special(q, false, false)));
        assertThat(c.unread()).as("Unread beside %s", q).isEqualTo(listed(articles, SidebarCounts.special(q, true, false)));
        assertThat(c.bookmarks()).as("Bookmarks beside %s", q).isEqualTo(listed(articles, SidebarCounts.special(q, false, true)));
        if (units) {
            for (Unit2025 u : GAZETTEER.units()) {
                if (u.memberIds().stream().anyMatch(PROVINCES::contains)) {
                    assertThat(c.units().getOrDefault(u.id(), 0L)).as("unit %s beside %s", u.id(), q)
                            .isEqualTo(listed(articles, q.withProvinces(GAZETTEER.expand("unit:" + u.id()))));
                }
            }
        } else {
            for (String p : PROVINCES) {
                assertThat(c.provinces().getOrDefault(p, 0L)).as("province %s beside %s", p, q)
                        .isEqualTo(listed(articles, q.withProvinces(Set.of(p))));
            }
        }
        assertThat(c.provinces().keySet()).as("no province outside the file's").isSubsetOf(PROVINCES);
        for (long f : feeds) {
            assertThat(c.feeds().getOrDefault(f, 0L)).as("feed %d beside %s", f, q).isEqualTo(listed(articles, q.withFeed(f)));
        }
    }

    /** The rows the list shows for {@code q}, paged to the end as the window scrolls (each row once). */
    static long listed(SqliteArticleRepository articles, ArticleQuery q) {
        Set<Long> keys = new LinkedHashSet<>();
        PageCursor after = null;
        do {
            Page<ArticleSummary> page = articles.page(q, after, 7);
            for (ArticleSummary s : page.items()) {
                assertThat(keys.add(s.key())).as("row %d twice in %s", s.key(), q).isTrue();
            }
            after = page.next();
        } while (after != null);
        return keys.size();
    }

    static List<Long> store(Database db, SqliteArticleRepository articles, World world) {
        SqliteFeedRepository feedStore = new SqliteFeedRepository(db, articles);
        SqliteStatusRepository statuses = new SqliteStatusRepository(db);
        List<Long> feeds = new ArrayList<>();
        for (int f = 0; f < 2; f++) {
            Feed feed = feedStore.add("https://example.vn/feed" + f + ".rss", "Feed " + f, null);
            feeds.add(feed.id());
        }
        List<NewArticle> plain = new ArrayList<>();
        List<List<SyncedItem>> byFeed = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < world.articles().size(); i++) {
            Art a = world.articles().get(i);
            NewArticle n = article(i, a);
            if (a.feeds().isEmpty()) {
                plain.add(n);
            }
            for (int f : a.feeds()) {
                byFeed.get(f).add(new SyncedItem("guid-" + i, null, n, List.of()));
            }
        }
        articles.insertBatch(plain);
        for (int f = 0; f < 2; f++) {
            if (!byFeed.get(f).isEmpty()) {
                feedStore.store(feeds.get(f), byFeed.get(f));
            }
        }
        List<Long> keys = new ArrayList<>();
        for (int i = 0; i < world.articles().size(); i++) {
            keys.add(articles.find(id(i)).orElseThrow().key());
        }
        for (int[] m : world.merges()) {
            if (m[0] < keys.size() && m[1] < keys.size() && m[0] != m[1]) {
                articles.mergeStories(keys.get(m[0]), keys.get(m[1]));
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            Art a = world.articles().get(i);
            if (a.read()) {
                statuses.setRead(keys.get(i), true); // this article only: a story may be read in part
            }
            if (a.bookmarked()) {
                statuses.setBookmarked(keys.get(i), true);
            }
        }
        for (int[] c : world.corrections()) {
            if (c[0] < keys.size()) {
                articles.correctProvince(keys.get(c[0]), PROVINCES.get(c[1]), c[2] == 1);
            }
        }
        for (int i : world.splits()) {
            if (i < keys.size()) {
                articles.splitFromStory(keys.get(i));
            }
        }
        List<Long> doomed = world.deletes().stream().filter(i -> i < keys.size()).map(keys::get).distinct().toList();
        vn.bantin.domain.DeletedArticles first = null;
        for (long k : doomed) {
            vn.bantin.domain.DeletedArticles d = articles.deleteUndoably(List.of(k));
            first = first == null ? d : first;
        }
        if (first != null) {
            articles.undelete(first);
        }
        for (int i : world.unread()) {
            if (i < keys.size() && articles.findByKey(keys.get(i)).isPresent()) {
                statuses.setRead(keys.get(i), false);
            }
        }
        return feeds;
    }

    /** The numbers the triggers kept are those counted afresh from the rows. */
    static void assertKeptCountsTrue(Database db) {
        java.util.function.Supplier<java.util.Map<String, Long>> snapshot = () -> db.read(c -> {
            java.util.Map<String, Long> m = new java.util.TreeMap<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT name, n FROM counts WHERE n <> 0")) {
                while (rs.next()) {
                    m.put(rs.getString(1), rs.getLong(2));
                }
            }
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT kind, day, id, n FROM kept_days WHERE n <> 0")) {
                while (rs.next()) {
                    m.put("day " + rs.getString(1) + " " + rs.getLong(2) + " " + rs.getString(3), rs.getLong(4));
                }
            }
            return m;
        });
        java.util.Map<String, Long> kept = snapshot.get();
        db.inTransaction(c -> {
            try (var st = c.createStatement()) {
                for (String sql : KeptCounts.RECOUNT) {
                    st.execute(sql);
                }
                for (String sql : KeptDays.RECOUNT) {
                    st.execute(sql);
                }
            }
            return null;
        });
        assertThat(kept).as("kept by triggers").isEqualTo(snapshot.get());
    }

    static String id(int i) {
        return String.format("art%05d-0000-0000", i);
    }

    static NewArticle article(int i, Art a) {
        String title = "Tin " + i + ": " + String.join(", ", a.words());
        OffsetDateTime published = a.day() == null ? null : OffsetDateTime.parse("2025-03-01T00:00+07:00").plusDays(a.day()).plusHours(a.hour());
        ParsedPage p = new ParsedPage(Source.UNKNOWN, "https://example.vn/tin-" + i + ".html", title, "Bản tin số " + i + ".",
                List.of("Đoạn văn thứ " + i + "."), List.of(), published, "vi");
        List<ProvinceTag> tags = new ArrayList<>();
        a.about().forEach(id -> tags.add(new ProvinceTag(id, Relation.ABOUT, 2)));
        a.named().stream().filter(id -> !a.about().contains(id)).forEach(id -> tags.add(new ProvinceTag(id, Relation.MENTIONED, 1)));
        return new NewArticle(id(i), p, tags, "tin-" + i + ".html", title,
                Instant.parse("2025-03-01T00:00:00Z").plusSeconds(i));
    }
}
