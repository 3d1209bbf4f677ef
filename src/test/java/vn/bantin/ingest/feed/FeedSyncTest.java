package vn.bantin.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.app.AppContext;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleImage;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.domain.Feed;
import vn.bantin.domain.Relation;
import vn.bantin.ingest.ImportService;
import vn.bantin.ingest.RejectedInputException;

/** Sync against a real HTTP server on 127.0.0.1 serving feeds and pages in the outlets' markup. */
class FeedSyncTest {
    private static final String RSS = "application/rss+xml";
    private static final String HTML = "text/html; charset=utf-8";
    private static final Http.Limits FAST = Http.Limits.DEFAULT.withTimeout(Duration.ofSeconds(2));

    @TempDir
    Path dir;
    FeedServer server;
    AppContext ctx;
    byte[] ferryPng = FeedServer.png(0x2266aa);

    @BeforeEach
    void start() throws Exception {
        server = new FeedServer();
        server.serve("/vne/rss", RSS, server.fixture("vnexpress.rss"), "\"v1\"")
                .serve("/vne/news/da-nang-night-ferry-4700001.html", HTML, server.fixture("da-nang-night-ferry.html"), null)
                .serve("/vne/news/quang-ninh-oysters-4700002.html", HTML, server.fixture("quang-ninh-oysters.html"), null)
                .serve("/vne/news/can-tho-pier-4700003.html", HTML, server.fixture("can-tho-pier.html"), null)
                .serve("/img/ferry.png", "image/png", ferryPng, null)
                .serve("/ht/atom.xml", "application/atom+xml", server.fixture("hanoitimes.atom"), null)
                .serve("/ht/hanoi-to-lich-trees-326001.html", HTML, server.fixture("hanoi-to-lich-trees.html"), null)
                .serve("/ht/broken-326002.html", HTML, server.fixture("broken-page.html"), null);
        ctx = AppContext.open(dir.resolve("bantin.db"), FAST);
    }

    @AfterEach
    void stop() {
        ctx.close();
        server.close();
    }

    private Feed subscribe(String path) throws Exception {
        return ctx.sync().subscribe(server.base() + path);
    }

    private Map<String, SyncService.FeedResult> sync() {
        return ctx.sync().sync(null, SyncService.Listener.NONE, () -> false).stream()
                .collect(Collectors.toMap(SyncService.FeedResult::title, Function.identity()));
    }

    private Article byTitle(String title) {
        ArticleSummary s = ctx.articles().page(ArticleQuery.ALL, null, 100).items().stream()
                .filter(a -> a.title().equals(title)).findFirst().orElseThrow(() -> new AssertionError("no article " + title));
        return ctx.articles().findByKey(s.key()).orElseThrow();
    }

    @Test
    void firstSyncImportsWholeArticlesTaggedWithTheirProvincesAndPictures() throws Exception {
        Feed vne = subscribe("/vne/rss");
        assertThat(vne.title()).isEqualTo("VnExpress International - News");

        SyncService.FeedResult r = sync().get(vne.title());
        assertThat(r.failed()).isFalse();
        assertThat(r.added()).isEqualTo(2);

        Article ferry = byTitle("Da Nang opens night ferry to Son Tra peninsula");
        // the whole article from its page, not the feed's one-line summary, without menus or scripts
        assertThat(ferry.lead()).startsWith("A passenger ferry now crosses");
        assertThat(String.join(" ", ferry.body())).contains("80 passengers").contains("Man Thai ward")
                .doesNotContain("tracking").doesNotContain("Business");
        assertThat(ferry.source().name()).contains("VnExpress");
        assertThat(ferry.author()).isEqualTo("Hoang Phong");
        assertThat(ferry.body()).noneMatch(p -> p.contains("Hoang Phong"));
        assertThat(ferry.published()).isNotNull();
        assertThat(ferry.published().toLocalDate()).hasToString("2024-03-08");
        assertThat(ferry.tags()).anySatisfy(t -> {
            assertThat(t.provinceId()).isEqualTo("da-nang");
            assertThat(t.relation()).isEqualTo(Relation.ABOUT);
        });
        assertThat(byTitle("Quang Ninh farmers move oyster rafts ahead of cold spell").tags())
                .anySatisfy(t -> assertThat(t.provinceId()).isEqualTo("quang-ninh"));

        List<ArticleImage> images = ctx.articles().images(ferry.key());
        assertThat(images).hasSize(1); // the tracking pixel outside the article is not kept
        assertThat(images.get(0).bytes()).isEqualTo(ferryPng);
        assertThat(images.get(0).mime()).isEqualTo("image/png");
        assertThat(images.get(0).caption()).startsWith("The night ferry at its pier");

        assertThat(ctx.feeds().list()).singleElement().satisfies(f -> {
            assertThat(f.unread()).isEqualTo(2);
            assertThat(f.lastStatus()).isEqualTo("ok");
        });
        assertThat(ctx.articles().count(ArticleQuery.ALL.withFeed(vne.id()))).isEqualTo(2);
    }

    @Test
    void aFeedOfHundredsOfEntriesIsStoredWholeAcrossBatchesWithItsBrokenPagesNamed() throws Exception {
        String[] places = {"Da Nang", "Hue", "Can Tho", "Hai Phong", "Nha Trang"};
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Many</title>"
                + "<link>" + server.base() + "/many/</link><description>d</description>");
        int entries = 450;
        for (int i = 0; i < entries; i++) {
            String place = places[i % places.length];
            String path = "/many/a" + i + ".html";
            rss.append("<item><title>Story ").append(i).append("</title><link>").append(server.base()).append(path)
                    .append("</link><guid>").append(server.base()).append(path).append("</guid></item>");
            if (i % 150 == 7) {
                server.serve(path, new FeedServer.Route(404, "text/plain", "gone".getBytes(StandardCharsets.UTF_8), null, 0));
                continue;
            }
            String html = "<html><head><title>Story " + i + "</title></head><body><article><h1>Story " + i + " from " + place
                    + "</h1><p>Officials in " + place + " opened market number " + i + " on Monday, the city said.</p>"
                    + "<p>Traders in " + place + " welcomed the new stalls and the longer opening hours for market " + i
                    + ", which will serve about " + (i * 37 % 900 + 100) + " households.</p></article></body></html>";
            server.serve(path, HTML, html.getBytes(StandardCharsets.UTF_8), null);
        }
        server.serve("/many/rss", RSS, rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8), null);
        subscribe("/many/rss");
        SyncService.FeedResult r = sync().get("Many");
        // three pages are 404 and the feed has only their titles: kept by title, named, the rest stored whole
        assertThat(r.added()).isEqualTo(entries);
        assertThat(r.failedEntries()).isZero();
        assertThat(r.reason()).contains("/many/a7.html").contains("/many/a157.html").contains("/many/a307.html");
        assertThat(ctx.articles().count(ArticleQuery.ALL.withProvinces(java.util.Set.of("da-nang")))).isEqualTo(90);
        // every page was asked for once
        assertThat(server.hits("/many/a449.html")).isEqualTo(1);
        assertThat(server.hits("/many/a0.html")).isEqualTo(1);
    }

    @Test
    void secondSyncGetsNotModifiedAndAddsNothing() throws Exception {
        subscribe("/vne/rss");
        sync();
        int pagesBefore = server.hits("/vne/news/da-nang-night-ferry-4700001.html");

        SyncService.FeedResult again = sync().get("VnExpress International - News");
        assertThat(again.notModified()).isTrue();
        assertThat(again.added()).isZero();
        assertThat(server.notModifiedAnswers()).isEqualTo(1);
        assertThat(server.hits("/vne/news/da-nang-night-ferry-4700001.html")).isEqualTo(pagesBefore);
        assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(2);
    }

    @Test
    void aChangedFeedAddsOnlyItsNewEntries() throws Exception {
        subscribe("/vne/rss");
        sync();
        server.serve("/vne/rss", RSS, server.fixture("vnexpress-more.rss"), "\"v2\"");

        SyncService.FeedResult r = sync().get("VnExpress International - News");
        assertThat(r.added()).isEqualTo(1);
        assertThat(server.hits("/vne/news/can-tho-pier-4700003.html")).isEqualTo(1);
        assertThat(server.hits("/vne/news/da-nang-night-ferry-4700001.html")).isEqualTo(1);
        assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(3);
        assertThat(byTitle("Can Tho builds floating market pier").tags())
                .anySatisfy(t -> assertThat(t.provinceId()).isEqualTo("can-tho"));
    }

    @Test
    void entriesOfEveryShapeAreKeptFromTheFeedsTextAndReadWholeOnceTheirPagesCanBeHad() throws Exception {
        String base = server.base();
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Shapes</title><link>" + base + "/s/</link>"
                + "<item><title>Quang Nam ferry to Cu Lao Cham resumes</title><link>" + base + "/s/one.html</link>"
                + "<description>The ferry to Cu Lao Cham in Quang Nam runs again.</description></item>"
                + "<item><title>Lines</title><link>" + base + "/s/lines.html</link><description>Ha Tinh opens a beach road"
                + "&lt;br&gt;Work took two years&lt;br&gt;Visitors can drive to Thien Cam</description></item>"
                + "<item><title>Title only: Kon Tum wooden church repainted</title><link>" + base + "/s/title.html</link></item>"
                // no guid, no link, no title: known by its text
                + "<item><description>Soc Trang bans plastic bags at the floating market from June.</description></item>"
                + "</channel></rss>";
        server.serve("/s/rss", RSS, rss.getBytes(StandardCharsets.UTF_8), null);
        for (String p : new String[] {"/s/one.html", "/s/lines.html", "/s/title.html"}) {
            server.serve(p, new FeedServer.Route(503, "text/plain", "down".getBytes(StandardCharsets.UTF_8), null, 0));
        }
        Feed shapes = subscribe("/s/rss");
        SyncService.FeedResult first = sync().get("Shapes");
        assertThat(first.added()).isEqualTo(4);
        assertThat(first.failedEntries()).isZero();
        assertThat(first.reason()).contains("kept from the feed’s own text").contains("/s/title.html");
        assertThat(byTitle("Title only: Kon Tum wooden church repainted").lead()).contains("Kon Tum wooden church");
        assertThat(byTitle("Lines").lead() + " " + String.join(" ", byTitle("Lines").body())).contains("Thien Cam");
        // credited to the site they came from, not to "Saved page"
        assertThat(byTitle("Lines").source().name()).isEqualTo(java.net.URI.create(base).getHost());
        assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(4);

        // the same feed again: nothing stored twice, the entry without any id included
        sync();
        assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(4);

        // the page comes back: the next sync reads it whole, in place
        server.serve("/s/one.html", HTML, ("<html><head><title>Quang Nam ferry to Cu Lao Cham resumes</title></head><body>"
                + "<article><h1>Quang Nam ferry to Cu Lao Cham resumes</h1><p>The high-speed ferry from Cua Dai to the Cu Lao"
                + " Cham islands in Quang Nam resumed on Monday after the storm season, the province's tourism department said.</p>"
                + "<p>Boats leave every hour from seven in the morning, and visitors must book a day ahead.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8), null);
        SyncService.FeedResult later = sync().get(shapes.title());
        assertThat(later.updated()).isEqualTo(1);
        assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(4);
        assertThat(String.join(" ", byTitle("Quang Nam ferry to Cu Lao Cham resumes").body())).contains("book a day ahead");
    }

    @Test
    void vietnameseOutletsFeedsReadOfflineKeepEveryEntryWithItsOwnTextAndNoPictureMarkup() throws Exception {
        server.serve("/vi/rss", RSS, server.fixture("outlets-vi.rss"), null);
        Feed vi = subscribe("/vi/rss");
        SyncService.FeedResult r = sync().get(vi.title());
        // no page is served: every entry comes from the feed's own text, none is lost
        assertThat(r.added()).isEqualTo(5);
        assertThat(r.failedEntries()).isZero();
        Article bridge = byTitle("Hải Phòng thông xe cầu Rào 1 mới");
        assertThat(bridge.lead()).isEqualTo("Cầu Rào 1 mới bắc qua sông Lạch Tray đã thông xe sau hai năm thi công.");
        assertThat(bridge.published()).hasToString("2025-12-01T07:30+07:00");
        assertThat(bridge.tags()).anySatisfy(t -> assertThat(t.provinceId()).isEqualTo("hai-phong"));
        assertThat(byTitle("Đà Lạt tạm dừng xe điện du lịch ở hồ Xuân Hương").lead()).startsWith("Lâm Đồng tạm dừng")
                .doesNotContain("<img").doesNotContain("TTO -");
        assertThat(byTitle("Cần Thơ mở tuyến xe buýt đường sông thứ hai").author()).isEqualTo("Đình Tuyển");
        assertThat(byTitle("Bình Định khai mạc lễ hội võ cổ truyền").tags())
                .anySatisfy(t -> assertThat(t.provinceId()).isEqualTo("binh-dinh"));
    }

    @Test
    void anArticleKeptFromItsSummaryIsFetchedWholeWhenAskedOnceItsPageAnswers() throws Exception {
        server.serve("/w/rss", RSS, ("<rss version=\"2.0\"><channel><title>Whole</title><item><title>Hue reopens the"
                + " Truong Tien bridge</title><link>" + server.base() + "/w/a.html</link><description>The bridge is open again."
                + "</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8), null)
                .serve("/w/a.html", new FeedServer.Route(503, "text/plain", "down".getBytes(StandardCharsets.UTF_8), null, 0));
        subscribe("/w/rss");
        sync();
        Article kept = byTitle("Hue reopens the Truong Tien bridge");
        assertThat(ctx.feeds().summaryOnly(kept.key())).isPresent();
        assertThatThrownBy(() -> ctx.sync().fetchWhole(kept.key())).hasMessageContaining("503");
        server.serve("/w/a.html", HTML, ("<html><head><title>Hue reopens the Truong Tien bridge</title></head><body><article>"
                + "<h1>Hue reopens the Truong Tien bridge</h1><p>The Truong Tien bridge over the Perfume River in Hue reopened"
                + " to walkers on Sunday after a month of repairs to its steel spans.</p><p>Lights along the six spans will"
                + " return next week, the city said.</p></article></body></html>").getBytes(StandardCharsets.UTF_8), null);
        assertThat(ctx.sync().fetchWhole(kept.key())).isTrue();
        Article whole = byTitle("Hue reopens the Truong Tien bridge");
        assertThat(whole.key()).isEqualTo(kept.key());
        assertThat(String.join(" ", whole.body())).contains("Lights along the six spans");
        assertThat(ctx.feeds().summaryOnly(kept.key())).isEmpty();
        assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(1);
    }

    @Test
    void eachBrokenFeedIsReportedWhileTheOthersSync() throws Exception {
        server.serve("/broken/rss", RSS, "<rss><channel><title>Half a feed".getBytes(StandardCharsets.UTF_8), null)
                .serve("/500/rss", new FeedServer.Route(500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8), null, 0))
                .serve("/slow/rss", new FeedServer.Route(200, RSS, server.fixture("vnexpress.rss"), null, 5000));
        subscribe("/vne/rss");
        subscribe("/ht/atom.xml");
        // subscribed while they still worked; they break before the sync
        Feed broken = ctx.feeds().add(server.base() + "/broken/rss", "Broken", null);
        Feed fails = ctx.feeds().add(server.base() + "/500/rss", "Server error", null);
        Feed slow = ctx.feeds().add(server.base() + "/slow/rss", "Slow", null);

        Map<String, SyncService.FeedResult> r = sync();
        assertThat(r.get("VnExpress International - News").added()).isEqualTo(2);
        SyncService.FeedResult ht = r.get("Hanoi Times");
        // the entry whose page is broken is kept from the feed's own text, and the result says so
        assertThat(ht.added()).isEqualTo(2);
        assertThat(ht.failedEntries()).isZero();
        assertThat(ht.reason()).contains("kept from the feed’s own text").contains("broken-326002.html");
        assertThat(r.get("Broken").failed()).isTrue();
        assertThat(r.get("Broken").reason()).startsWith("not an RSS or Atom feed");
        assertThat(r.get("Server error").reason()).isEqualTo("the server answered HTTP 500");
        assertThat(r.get("Slow").failed()).isTrue();
        assertThat(r.get("Slow").reason()).contains("within 2 s");
        assertThat(ctx.feeds().find(broken.id()).orElseThrow().lastStatus()).startsWith("failed: not an RSS");
        assertThat(ctx.feeds().find(fails.id()).orElseThrow().lastStatus()).contains("HTTP 500");
        assertThat(ctx.feeds().find(slow.id()).orElseThrow().lastStatus()).startsWith("failed:");
        // two from VnExpress, two from Hanoi Times (one of them kept from the feed's text)
        assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(4);
        assertThat(byTitle("Hanoi plants 5,000 trees along To Lich river").tags())
                .anySatisfy(t -> assertThat(t.provinceId()).isEqualTo("ha-noi"));
    }

    @Test
    void syncedArticlesAndPicturesStayReadableWithTheServerGone() throws Exception {
        subscribe("/vne/rss");
        sync();
        server.close();
        ctx.close();
        try (AppContext reopened = AppContext.open(dir.resolve("bantin.db"), FAST)) {
            ArticleSummary s = reopened.articles().page(ArticleQuery.ALL, null, 10).items().stream()
                    .filter(a -> a.title().startsWith("Da Nang opens night ferry")).findFirst().orElseThrow();
            assertThat(reopened.articles().findByKey(s.key()).orElseThrow().body()).isNotEmpty();
            assertThat(reopened.articles().images(s.key())).singleElement()
                    .satisfies(i -> assertThat(i.bytes()).isEqualTo(ferryPng));
            // and a sync with no network reports the failure and keeps everything
            SyncService.FeedResult offline = reopened.sync().sync(null, SyncService.Listener.NONE, () -> false).get(0);
            assertThat(offline.failed()).isTrue();
            assertThat(offline.reason()).contains("could not connect");
            assertThat(reopened.articles().count(ArticleQuery.ALL)).isEqualTo(2);
        }
        ctx = AppContext.open(dir.resolve("other.db"), FAST);
        server = new FeedServer();
    }

    @Test
    void aPageThatNamesItsFeedCanBeSubscribedTo() throws Exception {
        server.serve("/vne/", HTML, server.fixture("ferry-landing.html"), null);
        Feed f = subscribe("/vne/");
        assertThat(f.url()).isEqualTo(server.base() + "/vne/rss");
        assertThat(f.title()).isEqualTo("VnExpress International - News");
        assertThat(subscribe("/vne/rss").id()).isEqualTo(f.id()); // the same feed twice is one subscription
    }

    @Test
    void anEntryAlsoSavedAsAPageIsOneArticleWithTheSameId() throws Exception {
        ImportService.Result saved = ctx.importer().importDocuments(List.of(new ImportService.Document(
                "ferry.html", server.fixture("da-nang-night-ferry.html"))), ImportService.Progress.NONE).get(0);
        assertThat(saved.status()).isEqualTo(ImportService.Status.IMPORTED);
        Feed vne = subscribe("/vne/rss");
        assertThat(sync().get(vne.title()).added()).isEqualTo(1);
        assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(2);
        assertThat(byTitle("Da Nang opens night ferry to Son Tra peninsula").id()).isEqualTo(saved.id());
        assertThat(ctx.articles().count(ArticleQuery.ALL.withFeed(vne.id()))).isEqualTo(2);
    }

    @Test
    void removingAFeedKeepsItsArticlesUnlessAskedAndThenKeepsBookmarks() throws Exception {
        Feed vne = subscribe("/vne/rss");
        sync();
        assertThat(ctx.feeds().remove(vne.id(), false)).isZero();
        assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(2);

        Feed again = subscribe("/vne/rss");
        sync();
        Article kept = byTitle("Quang Ninh farmers move oyster rafts ahead of cold spell");
        ctx.statuses().setBookmarked(kept.key(), true);
        assertThat(ctx.feeds().remove(again.id(), true)).isEqualTo(1);
        assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(1);
        assertThat(ctx.articles().findByKey(kept.key())).isPresent();
        assertThat(ctx.articles().page(ArticleQuery.ALL.withText("ferry"), null, 10).items()).isEmpty();
        assertThat(ctx.feeds().list()).isEmpty();
    }

    @Test
    void feedsWithADoctypeAreRefusedAndNothingIsFetchedOrRead() throws Exception {
        server.serve("/xxe/rss", RSS, server.fixture("xxe.rss"), null)
                .serve("/leak", "text/plain", "secret".getBytes(StandardCharsets.UTF_8), null);
        assertThatThrownBy(() -> subscribe("/xxe/rss")).isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("DOCTYPE");
        ctx.feeds().add(server.base() + "/xxe/rss", "Hostile", null);
        SyncService.FeedResult r = sync().get("Hostile");
        assertThat(r.failed()).isTrue();
        assertThat(server.hits("/leak")).isZero();
        assertThat(ctx.articles().count(ArticleQuery.ALL)).isZero();
    }

    @Test
    void entriesWithDistinctIdsAndNoLinksAreDistinctArticlesThoughTheirTextIsOne() throws Exception {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Bulletins</title>");
        for (int i = 0; i < 5; i++) {
            rss.append("<item><guid isPermaLink=\"false\">urn:uuid:6f1c0a3e-1b2c-4d5e-8f90-00000000000").append(i)
                    .append("</guid><title>Flood warning for the Thu Bon river</title>")
                    .append("<description>Water is rising in Quang Nam; residents of low areas should move.</description></item>");
        }
        server.serve("/b/rss", RSS, rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8), null);
        subscribe("/b/rss");
        SyncService.FeedResult r = sync().get("Bulletins");
        assertThat(r.added()).isEqualTo(5);
        assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(5);
        assertThat(sync().get("Bulletins").added()).isZero(); // and a second sync adds none again
        assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(5);
    }

    @Test
    void entriesSharingOneIdButNotALinkAreEachKeptAndAllGoWithTheirFeed() throws Exception {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>One id</title>");
        String[] towns = {"Hoi An", "Tam Ky", "Dien Ban", "Nui Thanh", "Thang Binh"};
        for (String town : towns) {
            String slug = town.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            rss.append("<item><guid isPermaLink=\"false\">urn:uuid:0b5e2c77-9a41-4f3d-b1d2-5c6e7f8091aa</guid>")
                    .append("<link>").append(server.base()).append("/one/").append(slug).append("</link>")
                    .append("<title>Schools in ").append(town).append(" close as the Thu Bon rises</title>")
                    .append("<description>Pupils in ").append(town).append(", Quang Nam, stay home until the water falls.</description></item>");
        }
        server.serve("/one/rss", RSS, rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8), null);
        Feed f = subscribe("/one/rss");
        assertThat(sync().get("One id").added()).isEqualTo(5);
        assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(5);
        assertThat(sync().get("One id").added()).isZero();
        assertThat(ctx.articles().count(ArticleQuery.ALL.withFeed(f.id()))).isEqualTo(5);

        assertThat(ctx.feeds().remove(f.id(), true)).isEqualTo(5);
        assertThat(ctx.articles().count(ArticleQuery.ALL)).isZero();
    }

    @Test
    void downloadsKeepToTheirLimits() throws Exception {
        Http http = new Http(new Http.Limits(Duration.ofSeconds(2), Duration.ofSeconds(2), 1000, 1000, 1000, 2, 2));
        server.serve("/big", "text/plain", new byte[5000], null)
                .serve("/r1", new FeedServer.Route(302, null, "/r2".getBytes(StandardCharsets.UTF_8), null, 0))
                .serve("/r2", new FeedServer.Route(302, null, "/r3".getBytes(StandardCharsets.UTF_8), null, 0))
                .serve("/r3", new FeedServer.Route(302, null, "/big".getBytes(StandardCharsets.UTF_8), null, 0))
                .serve("/to-file", new FeedServer.Route(302, null, "file:///etc/passwd".getBytes(StandardCharsets.UTF_8), null, 0));
        assertThatThrownBy(() -> http.get(server.base() + "/big", 1000, null, null)).hasMessage("larger than the 1000 bytes limit");
        assertThatThrownBy(() -> http.get(server.base() + "/r1", 1000, null, null)).hasMessage("more than 2 redirects");
        assertThatThrownBy(() -> http.get(server.base() + "/to-file", 1000, null, null))
                .hasMessageContaining("only http and https");
        assertThatThrownBy(() -> http.get("ftp://example.com/feed", 1000, null, null)).hasMessageContaining("only http and https");
        assertThat(http.get(server.base() + "/big", 10_000, null, null).body()).hasSize(5000);
    }

    @Test
    void anEntryTheFeedMarksUpdatedIsFetchedAgainAndReplacedKeepingItsReadState() throws Exception {
        Feed ht = subscribe("/ht/atom.xml");
        sync();
        Article before = byTitle("Hanoi plants 5,000 trees along To Lich river");
        ctx.statuses().setRead(before.key(), true);
        server.serve("/ht/atom.xml", "application/atom+xml", new String(server.fixture("hanoitimes.atom"), StandardCharsets.UTF_8)
                .replace("<updated>2024-03-12T08:00:00+07:00</updated>\n    <summary>", "<updated>2024-03-12T15:30:00+07:00</updated>\n    <summary>")
                .getBytes(StandardCharsets.UTF_8), null);
        server.serve("/ht/hanoi-to-lich-trees-326001.html", HTML, new String(server.fixture("hanoi-to-lich-trees.html"), StandardCharsets.UTF_8)
                .replace("by the end of next year.", "by the end of next year, the city's construction department added.")
                .getBytes(StandardCharsets.UTF_8), null);

        SyncService.FeedResult r = sync().get(ht.title());
        assertThat(r.updated()).isEqualTo(1);
        assertThat(r.added()).isZero();
        Article after = byTitle("Hanoi plants 5,000 trees along To Lich river");
        assertThat(after.key()).isEqualTo(before.key());
        assertThat(String.join(" ", after.body())).contains("construction department added");
        assertThat(after.status().read()).isTrue();
        // the other entry, whose page is broken, is the feed's summary, kept since the first sync
        assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(2);
    }

    @Test
    void picturesKeepToTheirCountAndSizeLimits() throws Exception {
        String many = new String(server.fixture("da-nang-night-ferry.html"), StandardCharsets.UTF_8)
                .replace("<p class=\"Normal\">Fishermen", "<figure><img src=\"/img/big.png\"><figcaption>Too big</figcaption></figure>"
                        + "<figure><img src=\"/img/second.png\"><figcaption>Second</figcaption></figure>"
                        + "<figure><img src=\"/img/third.png\"><figcaption>Third</figcaption></figure>"
                        + "<figure><img src=\"/img/script.svg\"><figcaption>Not a picture</figcaption></figure><p class=\"Normal\">Fishermen");
        byte[] big = new byte[300_000];
        byte[] png = FeedServer.png(0x445566);
        System.arraycopy(png, 0, big, 0, png.length);
        server.serve("/vne/news/da-nang-night-ferry-4700001.html", HTML, many.getBytes(StandardCharsets.UTF_8), null)
                .serve("/img/big.png", "image/png", big, null)
                .serve("/img/second.png", "image/png", FeedServer.png(0x111111), null)
                .serve("/img/third.png", "image/png", FeedServer.png(0x222222), null)
                .serve("/img/script.svg", "image/svg+xml", "<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8), null);
        ctx.close();
        ctx = AppContext.open(dir.resolve("limits.db"), new Http.Limits(Duration.ofSeconds(2), Duration.ofSeconds(2),
                1 << 20, 1 << 20, 100_000, 3, 5));
        subscribe("/vne/rss");
        sync();
        List<ArticleImage> images = ctx.articles().images(byTitle("Da Nang opens night ferry to Son Tra peninsula").key());
        // at most 3 tried: the ferry, the one over 100 KB (dropped), the second; the third and the SVG never fetched
        assertThat(images).extracting(ArticleImage::caption).containsExactly("The night ferry at its pier on the Han River.", "Second");
        assertThat(server.hits("/img/third.png")).isZero();
        assertThat(server.hits("/img/script.svg")).isZero();
    }

    /** A PNG whose header says 20,000 × 20,000 pixels: 1.1 MB on the wire in the attack, 1.6 GB once decoded. */
    static byte[] pictureBomb() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + 25 + 12);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        b.putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(20_000).putInt(20_000)
                .put(new byte[] {8, 2, 0, 0, 0});
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b.array(), 12, 17);
        b.putInt((int) crc.getValue());
        b.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082);
        return b.array();
    }

    @Test
    void aPictureAboveThePixelBudgetIsNotKeptAndTheArticleIs() throws Exception {
        String page = new String(server.fixture("da-nang-night-ferry.html"), StandardCharsets.UTF_8)
                .replace("<p class=\"Normal\">Fishermen", "<figure><img src=\"/img/bomb.png\"><figcaption>Bomb</figcaption></figure>"
                        + "<p class=\"Normal\">Fishermen");
        server.serve("/vne/news/da-nang-night-ferry-4700001.html", HTML, page.getBytes(StandardCharsets.UTF_8), null)
                .serve("/img/bomb.png", "image/png", pictureBomb(), null);
        subscribe("/vne/rss");
        sync();
        Article a = byTitle("Da Nang opens night ferry to Son Tra peninsula");
        assertThat(server.hits("/img/bomb.png")).isEqualTo(1);
        assertThat(ctx.articles().images(a.key())).extracting(ArticleImage::caption).doesNotContain("Bomb")
                .contains("The night ferry at its pier on the Han River.");
        assertThat(Images.size(pictureBomb())).containsExactly(20_000L, 20_000L);
        // one stored before the budget existed is shown as its caption alone, never handed to WebKit
        String html = vn.bantin.ui.detail.ArticleHtml.render(a, List.of(new ArticleImage("x", "image/png", pictureBomb(), "Bomb")),
                15, false, null);
        assertThat(html).doesNotContain("<img").contains("Bomb");
    }

    @Test
    void subscriptionsRoundTripThroughOpml() throws Exception {
        String file = new String(FeedServer.class.getResourceAsStream("/feeds/subscriptions.opml").readAllBytes(), StandardCharsets.UTF_8);
        List<Opml.Outline> read = Opml.read(file);
        assertThat(read).extracting(Opml.Outline::xmlUrl)
                .containsExactly("https://e.vnexpress.net/rss/news.rss", "https://tuoitrenews.vn/rss");
        for (Opml.Outline o : read) {
            ctx.feeds().add(o.xmlUrl(), o.title(), o.htmlUrl());
        }
        Path out = dir.resolve("out.opml");
        Files.writeString(out, Opml.write(ctx.feeds().list()));
        List<Opml.Outline> back = Opml.read(Files.readString(out));
        assertThat(back).containsExactlyInAnyOrderElementsOf(read);
        assertThat(back).extracting(Opml.Outline::title).contains("Tuoi Tre News & Features");
        assertThatThrownBy(() -> Opml.read("<html><body>not opml</body></html>")).hasMessageContaining("not an OPML file");
    }
}
