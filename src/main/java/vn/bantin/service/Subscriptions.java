package vn.bantin.service;

import static vn.bantin.i18n.Texts.t;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.bantin.data.FeedRepository;
import vn.bantin.domain.Feed;
import vn.bantin.ingest.InputFiles;
import vn.bantin.ingest.RejectedInputException;
import vn.bantin.ingest.feed.FetchException;
import vn.bantin.ingest.feed.Opml;
import vn.bantin.ingest.feed.SyncService;
import vn.bantin.domain.InterruptedWork;

/**
 * Subscriptions as the reader handles them, the same from the window and the command line: subscribe, rename,
 * unsubscribe, sync (and finish a sync a crash cut short), OPML in and out, and how a sync's result reads.
 */
public final class Subscriptions {
    /** An OPML file larger than this is not a subscription list. */
    static final long MAX_OPML_BYTES = 5L * 1024 * 1024;

    /** What an OPML import did: feeds the file listed, and how many of them were new subscriptions. */
    public record Imported(int listed, int added) {
        /** "12 new feeds of 15 in subs.opml" */
        public String describe(Path file) {
            return t("opml.added", added, listed, file.getFileName());
        }
    }

    private final FeedRepository feeds;
    private final SyncService sync;

    public Subscriptions(FeedRepository feeds, SyncService sync) {
        this.feeds = feeds;
        this.sync = sync;
    }

    public List<Feed> list() {
        return feeds.list();
    }

    public java.util.Optional<Feed> find(long id) {
        return feeds.find(id);
    }

    /** Checks the address (a feed, or a page that names one) and subscribes; nothing is imported until a sync. */
    public Feed subscribe(String url) throws FetchException, RejectedInputException {
        return sync.subscribe(url);
    }

    /** Subscribes without fetching (a catalogue's or an OPML file's feeds); the next sync checks them. */
    public Feed add(String url, String title, String siteUrl) {
        return feeds.add(url, title, siteUrl);
    }

    public void rename(long id, String title) {
        feeds.rename(id, title);
    }

    /** Unsubscribes; with {@code deleteArticles}, the articles that came from this feed alone go too (not bookmarks). */
    public int remove(long id, boolean deleteArticles) {
        return feeds.remove(id, deleteArticles);
    }

    /** Every feed (or one), with progress and cancel. */
    public List<SyncService.FeedResult> sync(Long only, SyncService.Listener listener, java.util.function.BooleanSupplier cancelled) {
        return sync.sync(only, listener, cancelled);
    }

    /** The feeds a sync cut short by a crash had not finished. */
    public List<SyncService.FeedResult> resume(InterruptedWork work, SyncService.Listener listener,
                                               java.util.function.BooleanSupplier cancelled) {
        return sync.resume(work, listener, cancelled);
    }

    /** Fetches now the page of an article kept from its feed's summary; false when it was no summary. */
    public boolean fetchWhole(long articleKey) throws FetchException, RejectedInputException {
        return sync.fetchWhole(articleKey);
    }

    /** Subscribes to every feed the file lists (each once); they sync with the next sync. */
    public Imported importOpml(Path file) throws RejectedInputException {
        List<Opml.Outline> outlines = Opml.read(new String(InputFiles.read(file, MAX_OPML_BYTES), StandardCharsets.UTF_8));
        int before = feeds.list().size();
        for (Opml.Outline o : outlines) {
            feeds.add(o.xmlUrl(), o.title(), o.htmlUrl());
        }
        return new Imported(outlines.size(), feeds.list().size() - before);
    }

    /** Writes every subscription to the file; the number written. */
    public int exportOpml(Path file) throws IOException {
        List<Feed> all = feeds.list();
        Files.writeString(file, Opml.write(all));
        return all.size();
    }

    /** One feed's sync in a few words: "3 new, 1 updated", "no change", "failed: …", and what could not be read. */
    public static String describe(SyncService.FeedResult r) {
        if (r.failed()) {
            return t("sync.failed", r.reason());
        }
        if (r.notModified()) {
            return t("sync.noChange");
        }
        String s = t("sync.new", r.added()) + (r.updated() > 0 ? ", " + t("sync.updated", r.updated()) : "");
        if (r.failedEntries() > 0) {
            s += ", " + t("sync.unreadable", r.failedEntries());
        }
        return r.reason() == null ? s : s + " (" + r.reason() + ")";
    }

    /** A whole sync in one line: "Synced 4 feeds: 12 new, 1 failed". */
    public static String summary(List<SyncService.FeedResult> r) {
        int added = r.stream().mapToInt(SyncService.FeedResult::added).sum();
        long failed = r.stream().filter(SyncService.FeedResult::failed).count();
        return t("sync.summary", r.size(), added) + (failed > 0 ? ", " + t("sync.failedCount", failed) : "");
    }
}
