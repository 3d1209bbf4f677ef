package vn.bantin.service.export;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.bantin.app.AppContext;
import vn.bantin.domain.ArticleImage;
import vn.bantin.domain.Feed;
import vn.bantin.domain.NewArticle;
import vn.bantin.domain.ParsedPage;
import vn.bantin.domain.ProvinceTag;
import vn.bantin.domain.Relation;
import vn.bantin.domain.Source;
import vn.bantin.domain.SyncedItem;

/**
 * Three articles written for the export tests, in two languages, about real places: one signed, one with a picture,
 * and text full of what Markdown, HTML, CSV and BibTeX treat as their own (asterisks, brackets, a list's "1.",
 * ampersands, quotes, commas, a line break, a per cent sign). Kept in a collection, as a reader's file would be.
 */
final class ExportFixture {
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    static final Clock DAY = Clock.fixed(Instant.parse("2026-12-05T09:00:00Z"), ZoneOffset.UTC);
    static final String COLLECTION = "Mekong & Central file";

    private ExportFixture() {
    }

    static Exporter exporter(AppContext ctx) {
        return new Exporter(ctx.reading(), ctx.keeping(), ctx.gazetteer(), DAY);
    }

    /** Stores the three articles and puts them in the collection; its id. */
    static long fill(AppContext ctx) {
        Source tuoiTre = new Source("tuoitre-en", "Tuoi Tre News", "https://tuoitrenews.vn");
        Source vnexpress = new Source("vnexpress", "VnExpress", "https://vnexpress.net");
        Feed f = ctx.feeds().add("https://example.vn/rss/mien-tay.rss", "Miền Tây", null);
        List<SyncedItem> items = List.of(
                item("urn:ex:1", new ParsedPage(tuoiTre, "https://tuoitrenews.vn/news/cai-rang-market-20250122.htm",
                        "Can Tho’s Cai Rang market: 5 things to know [2025 guide]",
                        "Boats gather before dawn on the Hau River, and prices start at 20,000 dong.",
                        List.of("1. Arrive by 5 a.m. — after 8 the boats *thin out* & the heat rises.",
                                "Sellers hang a sample of what they sell from a pole called a “cây bẹo”; a #hashtag is no help.",
                                "Prices rose 10% in 2024, the market board said, citing \"higher fuel costs\", and <more> boats."),
                        List.of("Pineapples at dawn"), OffsetDateTime.parse("2025-01-22T07:05+07:00"), "en", "Lan Nguyen"),
                        "can-tho", List.of(new ArticleImage("https://tuoitrenews.vn/img/cai-rang.png", "image/png", PNG,
                                "Pineapples at dawn on the Hau River"))),
                item("urn:ex:2", new ParsedPage(vnexpress, "https://vnexpress.net/hoi-an-ngap-20241030.html",
                        "Hội An ngập sâu, phố cổ vắng khách",
                        "Nước sông Hoài dâng cao khiến nhiều tuyến phố ở Hội An ngập tới 1 m.",
                        List.of("Chính quyền TP Hội An (Quảng Nam) cho biết người dân đã kê cao đồ đạc từ tối qua.",
                                "Du khách được khuyên hoãn chuyến đi đến hết tuần_này."),
                        List.of(), OffsetDateTime.parse("2024-10-30T18:20+07:00"), "vi", null),
                        "quang-nam", List.of()),
                item("urn:ex:3", new ParsedPage(tuoiTre, null, "Ca Mau farmers count the cost of salt water",
                        "Saline intrusion reached 70 km inland in March.",
                        List.of("Farmers in Ca Mau and Bac Lieu said {rice} yields fell by half."),
                        List.of(), OffsetDateTime.parse("2025-03-14T09:00+07:00"), "en", null),
                        "ca-mau", List.of()));
        ctx.feeds().store(f.id(), items);
        long c = ctx.keeping().create(COLLECTION).id();
        List<Long> keys = ctx.reading().page(vn.bantin.domain.ArticleQuery.ALL, null, 10).items().stream()
                .map(vn.bantin.domain.ArticleSummary::key).toList();
        ctx.keeping().add(c, keys);
        vn.bantin.domain.Article market = keys.stream().map(k -> ctx.reading().article(k).orElseThrow())
                .filter(a -> a.title().startsWith("Can Tho")).findFirst().orElseThrow();
        ctx.keeping().setNote(market.key(), "Ask the market board for 2023's prices.\nCompare with Phụng Hiệp.");
        String text = vn.bantin.domain.Highlight.readingText(market);
        int at = text.indexOf("prices start at 20,000 dong");
        ctx.keeping().highlight(market, at, at + "prices start at 20,000 dong".length(), "the lowest since 2019?");
        return c;
    }

    private static SyncedItem item(String guid, ParsedPage page, String province, List<ArticleImage> images) {
        List<ProvinceTag> tags = List.of(new ProvinceTag(province, Relation.ABOUT, 2, List.of(), false));
        NewArticle a = new NewArticle(guid.replace("urn:ex:", "feedbeef0000000"), page, tags, null, page.title(),
                Instant.parse("2026-12-01T00:00:00Z"));
        return new SyncedItem(guid, null, a, images);
    }

    static Path golden(String name) {
        return Path.of("src/test/resources/export").resolve(name);
    }
}
