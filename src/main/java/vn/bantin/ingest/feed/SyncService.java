package vn.bantin.ingest.feed;

import static vn.bantin.i18n.Texts.t;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.bantin.data.FeedRepository;
import vn.bantin.data.StoreException;
import vn.bantin.data.WorkJournal;
import vn.bantin.domain.InterruptedWork;
import vn.bantin.domain.Feed;
import vn.bantin.domain.SyncedItem;
import vn.bantin.ingest.ImportService;
import vn.bantin.ingest.RejectedInputException;
import vn.bantin.ingest.page.HtmlPageParser;
import vn.bantin.ingest.page.TextDecoder;

/**
 * Subscribing and syncing. Each feed is fetched with a conditional GET; each new entry's page is fetched and
 * the article extracted from it (the feed's own text when the page cannot be had), its pictures downloaded, and
 * all of a feed's entries stored in one transaction. Feeds sync in parallel, a few at a time; one failing is
 * reported for that feed alone.
 */
public final class SyncService {
    private static final System.Logger LOG = System.getLogger(SyncService.class.getName());
    /** Feeds fetched at once: enough to hide a slow server, few enough to be polite and spare the laptop. */
    public static final int PARALLEL_FEEDS = 4;
    /** Pages of one feed fetched at once: what browsers allow themselves per site. */
    static final int PAGES_PER_FEED = 6;
    /** Entries stored per transaction during a sync. */
    static final int STORE_BATCH = 200;

    /** What one feed's sync came to. {@code reason} says why it failed, or which entries could not be read. */
    public record FeedResult(long feedId, String title, int added, int updated, boolean notModified, boolean failed,
                             int failedEntries, String reason) {
    }

    public interface Listener {
        Listener NONE = (done, total, last) -> { };

        /** Called as each feed finishes, from the thread that synced it. */
        void feedDone(int done, int total, FeedResult last);
    }

    private final FeedRepository feeds;
    private final ImportService importer;
    private final Http http;
    private final Clock clock;

    /** Stored as an entry's update mark when it was kept from the feed's text: its page is fetched on a later sync. */
    static final String SUMMARY_ONLY = "summary-only:";

    private final WorkJournal journal;
    private final EntryArticles entries;

    public SyncService(FeedRepository feeds, ImportService importer, Http http, Clock clock) {
        this(feeds, importer, http, clock, WorkJournal.NONE);
    }

    /** With a journal, a sync that a crash cuts short is told at the next start. */
    public SyncService(FeedRepository feeds, ImportService importer, Http http, Clock clock, WorkJournal journal) {
        this.feeds = feeds;
        this.importer = importer;
        this.http = http;
        this.clock = clock;
        this.journal = journal;
        this.entries = new EntryArticles(importer, http);
    }

    /**
     * Subscribes to a feed's address, or to the feed a web page names in its {@code <link rel="alternate">}.
     * The feed is fetched once to check it and learn its title; nothing is imported until a sync.
     */
    public Feed subscribe(String url) throws FetchException, RejectedInputException {
        Http.Response r = http.get(url, http.limits().maxFeedBytes(), null, null);
        FeedParser.ParsedFeed parsed;
        String feedUrl = r.url();
        try {
            parsed = FeedParser.parse(r.body(), feedUrl, r.contentType());
        } catch (RejectedInputException notAFeed) {
            String html = TextDecoder.decode(r.body());
            if (!HtmlPageParser.looksLikeHtml(html)) {
                throw notAFeed;
            }
            Document doc = Jsoup.parse(html, r.url());
            Element link = doc.selectFirst("link[rel=alternate][type~=(?i)application/(rss|atom)\\+xml][href]");
            if (link == null) {
                throw new RejectedInputException(t("reason.noFeedOnPage", url));
            }
            feedUrl = link.absUrl("href");
            Http.Response f = http.get(feedUrl, http.limits().maxFeedBytes(), null, null);
            parsed = FeedParser.parse(f.body(), f.url(), f.contentType());
            feedUrl = f.url();
        }
        return feeds.add(feedUrl, parsed.title(), parsed.siteUrl());
    }

    /** Syncs the given feeds (all when {@code only} is null), at most {@link #PARALLEL_FEEDS} at once. */
    public List<FeedResult> sync(Long only, Listener listener, BooleanSupplier cancelled) {
        List<Feed> todo = new ArrayList<>();
        for (Feed f : feeds.list()) {
            if (only == null || f.id() == only) {
                todo.add(f);
            }
        }
        return syncFeeds(todo, listener, cancelled);
    }

    /**
     * Syncs the feeds an interrupted sync had not finished (those still subscribed), and closes its notice.
     * The feeds it finished answer "not modified" if synced again, so nothing is fetched twice for them.
     */
    public List<FeedResult> resume(InterruptedWork work, Listener listener, BooleanSupplier cancelled) {
        if (work.kind() != InterruptedWork.Kind.SYNC) {
            throw new IllegalArgumentException("not a sync: " + work.kind());
        }
        java.util.Set<String> left = new java.util.HashSet<>(work.remaining());
        List<FeedResult> out = syncFeeds(feeds.list().stream().filter(f -> left.contains(f.url())).toList(), listener, cancelled);
        if (!cancelled.getAsBoolean()) {
            noted(() -> journal.finish(work.run()));
        }
        return out;
    }

    private List<FeedResult> syncFeeds(List<Feed> todo, Listener listener, BooleanSupplier cancelled) {
        List<FeedResult> out = new ArrayList<>();
        if (todo.isEmpty()) {
            return out;
        }
        long[] run = {0};
        noted(() -> run[0] = journal.start(InterruptedWork.Kind.SYNC, todo.stream().map(Feed::url).toList()));
        try {
            syncAll(todo, listener, cancelled, run[0], out);
        } finally {
            noted(() -> journal.finish(run[0]));
        }
        return out;
    }

    /** The journal serves resuming; failing to write it must not fail the sync it describes. */
    private static void noted(Runnable write) {
        try {
            write.run();
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "could not note the sync's progress: " + e.getMessage());
        }
    }

    private void syncAll(List<Feed> todo, Listener listener, BooleanSupplier cancelled, long run, List<FeedResult> out) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL_FEEDS, todo.size()), r -> {
            Thread t = new Thread(r, "bantin-sync");
            t.setDaemon(true);
            return t;
        });
        int[] done = {0};
        try {
            List<Future<FeedResult>> futures = new ArrayList<>();
            for (Feed f : todo) {
                futures.add(pool.submit(() -> {
                    FeedResult r = cancelled.getAsBoolean()
                            ? new FeedResult(f.id(), f.title(), 0, 0, false, true, 0, "cancelled")
                            : syncOne(f, cancelled);
                    noted(() -> journal.done(run, f.url()));
                    synchronized (done) {
                        done[0]++;
                        listener.feedDone(done[0], todo.size(), r);
                    }
                    return r;
                }));
            }
            for (Future<FeedResult> fu : futures) {
                try {
                    out.add(fu.get());
                } catch (ExecutionException e) {
                    // syncOne reports its own failures; this is a bug, still kept to its feed
                    LOG.log(System.Logger.Level.ERROR, "sync failed unexpectedly", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Fetches now the page of an article that was kept from its feed's text only, and stores it whole in place.
     * Throws with the reason when the page still cannot be had; false when the article is no summary.
     */
    public boolean fetchWhole(long articleKey) throws FetchException, RejectedInputException {
        java.util.Optional<FeedRepository.SummaryOnly> s = feeds.summaryOnly(articleKey);
        if (s.isEmpty()) {
            return false;
        }
        FeedRepository.SummaryOnly so = s.get();
        if (so.url() == null) {
            throw new FetchException(t("reason.noArticleAddress"));
        }
        FeedParser.Entry e = new FeedParser.Entry(so.guid(), so.url(), so.title(), null, null, null);
        EntryArticles.Fetched page = entries.fetchPage(e);
        if (page.page() == null) {
            throw new FetchException(page.problem());
        }
        String updated = so.entryUpdated().substring(SUMMARY_ONLY.length());
        feeds.store(so.feedId(), List.of(entries.item(null, e, updated.isEmpty() ? null : updated, page)));
        return true;
    }

    FeedResult syncOne(Feed f, BooleanSupplier cancelled) {
        Http.Response r;
        try {
            r = http.get(f.url(), http.limits().maxFeedBytes(), f.etag(), f.lastModified());
        } catch (FetchException e) {
            return failed(f, e.getMessage());
        }
        if (r.notModified()) {
            record(f, f.etag(), f.lastModified(), "not modified");
            return new FeedResult(f.id(), f.title(), 0, 0, true, false, 0, null);
        }
        FeedParser.ParsedFeed parsed;
        try {
            parsed = FeedParser.parse(r.body(), r.url(), r.contentType());
        } catch (RejectedInputException e) {
            return failed(f, e.getMessage());
        }
        Map<String, String> known;
        try {
            known = feeds.entries(f.id());
        } catch (StoreException e) {
            return failed(f, e.getMessage());
        }
        List<FeedParser.Entry> wanted = new ArrayList<>();
        java.util.Set<String> retrying = new java.util.HashSet<>();
        for (FeedParser.Entry e : keyed(parsed.entries())) {
            String updated = updatedOf(e);
            boolean isNew = !known.containsKey(e.guid());
            String was = known.get(e.guid());
            boolean summaryOnly = was != null && was.startsWith(SUMMARY_ONLY);
            boolean changed = !isNew && updated != null && !updated.equals(summaryOnly ? was.substring(SUMMARY_ONLY.length()) : was);
            if (isNew || changed || summaryOnly) {
                wanted.add(e);
                if (summaryOnly && !changed) {
                    retrying.add(e.guid()); // kept from the feed's text last time: its page is asked for again
                }
            }
        }
        List<String> summaries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int inserted = 0;
        int updatedCount = 0;
        // Pages are fetched a few at a time (as a browser does from one site) and stored a batch at a time, so a
        // feed of thousands of new entries neither waits on one page after another nor holds them all in memory;
        // what was stored stays stored if the sync is stopped.
        ExecutorService pages = Executors.newFixedThreadPool(PAGES_PER_FEED, task -> {
            Thread t = new Thread(task, "bantin-page");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int from = 0; from < wanted.size(); from += STORE_BATCH) {
                if (cancelled.getAsBoolean()) {
                    problems.add("cancelled");
                    break;
                }
                List<Future<SyncedItem>> fetching = new ArrayList<>();
                for (int i = from; i < Math.min(wanted.size(), from + STORE_BATCH); i++) {
                    FeedParser.Entry e = wanted.get(i);
                    fetching.add(pages.submit(() -> cancelled.getAsBoolean() ? null : entries.item(f.url(), e, updatedOf(e))));
                }
                List<SyncedItem> items = new ArrayList<>();
                for (int i = 0; i < fetching.size(); i++) {
                    FeedParser.Entry e = wanted.get(from + i);
                    try {
                        SyncedItem item = fetching.get(i).get();
                        boolean fromFeedText = item != null && item.entryUpdated() != null
                                && item.entryUpdated().startsWith(SUMMARY_ONLY);
                        if (item != null && !(fromFeedText && retrying.contains(e.guid()))) {
                            items.add(item);
                            if (fromFeedText) {
                                summaries.add(e.link() == null ? e.guid() : e.link());
                            }
                        }
                    } catch (ExecutionException ex) {
                        Throwable cause = ex.getCause();
                        String what = e.link() == null ? e.guid() : e.link();
                        if (cause instanceof RejectedInputException || cause instanceof FetchException) {
                            problems.add(what + ": " + cause.getMessage());
                        } else {
                            // a parser bug costs one entry, never the feed
                            LOG.log(System.Logger.Level.WARNING, "could not sync " + what, cause);
                            problems.add(what + ": could not be read (" + cause.getClass().getSimpleName() + ")");
                        }
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                        problems.add("cancelled");
                        break;
                    }
                }
                FeedRepository.Stored stored;
                try {
                    stored = feeds.store(f.id(), items);
                } catch (StoreException e) {
                    return failed(f, e.getMessage());
                }
                inserted += stored.inserted();
                updatedCount += stored.updated();
            }
        } finally {
            pages.shutdownNow();
        }
        String reason = problems.isEmpty() ? null : t("reason.entriesNotImported", problems.size(), String.join("; ", problems));
        if (!summaries.isEmpty()) {
            String kept = t("reason.entriesKept", summaries.size(), String.join("; ", summaries));
            reason = reason == null ? kept : reason + ". " + kept;
        }
        record(f, r.etag(), r.lastModified(), reason == null ? "ok" : reason);
        return new FeedResult(f.id(), f.title(), inserted, updatedCount, false, false, problems.size(), reason);
    }

    /**
     * Feeds that give every entry the same id (a template's constant, a CMS bug) still link each to its own page:
     * an id shared by entries with different links keys each entry by id and link, so every one is stored, and
     * remembered as the feed's, rather than each overwriting the last.
     */
    static List<FeedParser.Entry> keyed(List<FeedParser.Entry> entries) {
        Map<String, java.util.Set<String>> links = new java.util.HashMap<>();
        for (FeedParser.Entry e : entries) {
            links.computeIfAbsent(e.guid(), g -> new java.util.HashSet<>()).add(String.valueOf(e.link()));
        }
        List<FeedParser.Entry> out = new ArrayList<>(entries.size());
        for (FeedParser.Entry e : entries) {
            out.add(e.link() == null || links.get(e.guid()).size() < 2 ? e
                    : new FeedParser.Entry(e.guid() + " " + e.link(), e.link(), e.title(), e.published(), e.updated(),
                            e.html(), e.author(), e.summary()));
        }
        return out;
    }

    private static String updatedOf(FeedParser.Entry e) {
        return e.updated() == null ? null : e.updated().toString();
    }

    private FeedResult failed(Feed f, String reason) {
        // the validators stay as they were: the next sync asks again for what this one did not get
        record(f, f.etag(), f.lastModified(), "failed: " + reason);
        return new FeedResult(f.id(), f.title(), 0, 0, false, true, 0, reason);
    }

    private void record(Feed f, String etag, String lastModified, String status) {
        try {
            feeds.recordSync(f.id(), etag, lastModified, status, clock.instant());
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "could not record the sync of " + f.url(), e);
        }
    }
}
