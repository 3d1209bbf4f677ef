package vn.bantin.ingest.feed;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.bantin.domain.ArticleImage;
import vn.bantin.domain.ParsedPage;
import vn.bantin.domain.SyncedItem;
import vn.bantin.ingest.ImportService;
import vn.bantin.ingest.RejectedInputException;
import vn.bantin.ingest.page.HtmlPageParser;
import vn.bantin.ingest.page.TextDecoder;

/** A feed entry made an article: its page fetched and read (else the entry's own text), its pictures downloaded. */
final class EntryArticles {
    private static final System.Logger LOG = System.getLogger(EntryArticles.class.getName());
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final ImportService importer;
    private final Http http;

    EntryArticles(ImportService importer, Http http) {
        this.importer = importer;
        this.http = http;
    }

    /** An entry's page as fetched and parsed: {@code page} is null when it could not be had, with the reason. */
    record Fetched(ParsedPage page, String raw, String pageUrl, String problem) {
    }

    Fetched fetchPage(FeedParser.Entry e) {
        if (e.link() == null) {
            return new Fetched(null, null, null, null);
        }
        try {
            Http.Response p = http.get(e.link(), http.limits().maxPageBytes(), null, null);
            String raw = TextDecoder.decode(p.body());
            // the page's canonical address first, as for a saved page, so both give the same article id
            return new Fetched(HtmlPageParser.parse(raw, null, p.url()), raw, p.url(), null);
        } catch (FetchException | RejectedInputException ex) {
            return new Fetched(null, null, e.link(), ex.getMessage());
        }
    }

    /** The article an entry links to, or failing that the entry's own text, with its pictures. */
    SyncedItem item(String feedUrl, FeedParser.Entry e, String updated) throws RejectedInputException, FetchException {
        return item(feedUrl, e, updated, fetchPage(e));
    }

    /** {@code feedUrl} names the feed, so that an entry with no page of its own is known by the feed's id for it. */
    SyncedItem item(String feedUrl, FeedParser.Entry e, String updated, Fetched fetched) throws RejectedInputException {
        ParsedPage page = fetched.page();
        String raw = fetched.raw();
        String pageUrl = fetched.pageUrl();
        String pageProblem = fetched.problem();
        boolean fromFeedText = page == null;
        if (page == null) {
            raw = "<html><head><title>" + org.jsoup.nodes.Entities.escape(e.title() == null ? "" : e.title())
                    + "</title></head><body><article><h1>" + org.jsoup.nodes.Entities.escape(e.title() == null ? "" : e.title())
                    + "</h1>" + (e.html() == null ? "" : e.html()) + "</article></body></html>";
            page = FeedEntryPage.of(e, pageProblem);
        }
        if (page.url() == null && e.link() != null) {
            page = page.withUrl(e.link());
        }
        if (page.published() == null && (e.published() != null || e.updated() != null)) {
            java.time.Instant when = e.published() != null ? e.published() : e.updated();
            page = page.withPublished(when.atOffset(VIETNAM));
        }
        List<ArticleImage> images = new ArrayList<>();
        for (HtmlPageParser.ImageRef ref : HtmlPageParser.images(raw, pageUrl, http.limits().maxImagesPerArticle())) {
            try {
                Http.Response img = http.get(ref.url(), http.limits().maxImageBytes(), null, null);
                String mime = Images.sniff(img.body());
                if (mime != null && !Images.withinBudget(img.body())) {
                    LOG.log(System.Logger.Level.INFO, "picture not kept: larger than " + Images.MAX_PIXELS / 1_000_000
                            + " megapixels, or its size unreadable: " + ref.url());
                } else if (mime != null) {
                    images.add(new ArticleImage(ref.url(), mime, img.body(), ref.caption()));
                } else {
                    LOG.log(System.Logger.Level.DEBUG, "not a JPEG, PNG, GIF or WebP picture: " + ref.url());
                }
            } catch (FetchException ex) {
                LOG.log(System.Logger.Level.DEBUG, "picture not downloaded: " + ref.url() + ": " + ex.getMessage());
            }
        }
        String name = e.link() != null ? e.link() : e.guid();
        // an entry kept from the feed's text is marked so that the next sync asks for its page again
        String mark = fromFeedText ? SyncService.SUMMARY_ONLY + (updated == null ? "" : updated) : updated;
        // an entry with no page of its own is the feed's id for it: five entries with one text are five articles
        vn.bantin.domain.NewArticle article = e.link() == null && feedUrl != null
                ? importer.article(name, page, raw, "entry|" + feedUrl + "|" + e.guid()) : importer.article(name, page, raw);
        return new SyncedItem(e.guid(), mark, article, images);
    }
}
