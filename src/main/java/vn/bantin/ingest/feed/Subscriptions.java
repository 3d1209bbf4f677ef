package vn.bantin.ingest.feed;

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

/**
 * Subscriptions as the reader handles them, the same from the window and the command line: OPML in and out, and
 * how a sync's result reads.
 */
public final class Subscriptions {
    /** An OPML file larger than this is not a subscription list. */
    static final long MAX_OPML_BYTES = 5L * 1024 * 1024;

    /** What an OPML import did: feeds the file listed, and how many of them were new subscriptions. */
    public record Imported(int listed, int added) {
        /** "12 new feeds of 15 in subs.opml" */
        public String describe(Path file) {
            return String.format(Locale.ENGLISH, "%,d new %s of %,d in %s", added, added == 1 ? "feed" : "feeds", listed,
                    file.getFileName());
        }
    }

    private final FeedRepository feeds;

    public Subscriptions(FeedRepository feeds) {
        this.feeds = feeds;
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
            return "failed: " + r.reason();
        }
        if (r.notModified()) {
            return "no change";
        }
        String s = r.added() + " new" + (r.updated() > 0 ? ", " + r.updated() + " updated" : "");
        if (r.failedEntries() > 0) {
            s += ", " + r.failedEntries() + " not readable";
        }
        return r.reason() == null ? s : s + " (" + r.reason() + ")";
    }

    /** A whole sync in one line: "Synced 4 feeds: 12 new, 1 failed". */
    public static String summary(List<SyncService.FeedResult> r) {
        int added = r.stream().mapToInt(SyncService.FeedResult::added).sum();
        long failed = r.stream().filter(SyncService.FeedResult::failed).count();
        return "Synced " + r.size() + (r.size() == 1 ? " feed" : " feeds") + ": " + added + " new"
                + (failed > 0 ? ", " + failed + " failed" : "");
    }
}
