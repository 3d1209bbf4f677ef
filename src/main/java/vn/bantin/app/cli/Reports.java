package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.bantin.app.AppContext;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.domain.InterruptedWork;
import vn.bantin.ingest.ImportService;
import vn.bantin.ingest.feed.SyncService;

/** How results read on the command line: the printing the commands share. */
final class Reports {
    private Reports() {
    }

    /** Exit 1 when some file was not imported. */
    static int imports(Base cmd, List<ImportService.Result> results) {
        int imported = 0;
        int duplicates = 0;
        int rejected = 0;
        for (ImportService.Result r : results) {
            switch (r.status()) {
                case IMPORTED -> imported++;
                case DUPLICATE -> duplicates++;
                case REJECTED -> rejected++;
            }
            if (cmd.json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("file", r.file());
                o.put("status", r.status().name().toLowerCase(Locale.ROOT));
                o.put("id", r.id());
                o.put("reason", r.reason());
                cmd.printJson(o);
            } else if (r.status() == ImportService.Status.REJECTED) {
                cmd.err().println(t("cli.rejected", r.file(), r.reason()));
            } else {
                cmd.out().println(r.status().name().toLowerCase(Locale.ROOT) + "  " + r.id() + "  " + r.file());
            }
        }
        if (!cmd.json) {
            cmd.out().println(t("cli.imported", imported, duplicates, rejected));
        }
        return rejected > 0 ? 1 : 0;
    }

    /** Exit 1 when a feed or one of its entries failed. */
    static int syncs(Base cmd, List<SyncService.FeedResult> results) {
        boolean anyFailed = false;
        for (SyncService.FeedResult r : results) {
            anyFailed |= r.failed() || r.failedEntries() > 0;
            if (cmd.json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("feed", r.feedId());
                o.put("title", r.title());
                o.put("new", r.added());
                o.put("updated", r.updated());
                o.put("not_modified", r.notModified());
                o.put("failed", r.failed());
                o.put("failed_entries", r.failedEntries());
                o.put("reason", r.reason());
                cmd.printJson(o);
            } else {
                cmd.out().println(r.feedId() + "  " + r.title() + ": " + vn.bantin.service.Subscriptions.describe(r));
            }
        }
        if (results.isEmpty() && !cmd.json) {
            cmd.out().println(t("cli.noFeeds"));
        }
        return anyFailed ? 1 : 0;
    }

    /** Before new work: a word on the import or sync a crash cut short, and how to finish it. */
    static void interrupted(Base cmd, AppContext ctx) {
        java.util.Optional<InterruptedWork> w = ctx.library().interrupted();
        if (w.isPresent()) {
            cmd.err().println("bantin: " + w.get().summary() + " " + t(w.get().kind() == InterruptedWork.Kind.IMPORT
                    ? "cli.resume.import" : "cli.resume.sync"));
        }
    }


    /** An article as one JSON object, in list and show. */
    static Map<String, Object> summaryJson(ArticleSummary a) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", a.id());
        o.put("title", a.title());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("source", a.sourceName());
        o.put("url", a.url());
        o.put("provinces", a.aboutIds());
        o.put("mentioned", a.mentionedIds());
        o.put("bookmarked", a.bookmarked());
        o.put("read", a.read());
        o.put("story", a.storyId());
        return o;
    }


    /** A subscription as one JSON object. */
    static Map<String, Object> feedJson(vn.bantin.domain.Feed f) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", f.id());
        o.put("title", f.title());
        o.put("url", f.url());
        o.put("site", f.siteUrl());
        o.put("unread", f.unread());
        o.put("last_sync", f.lastSync() == null ? null : f.lastSync().toString());
        o.put("last_status", f.lastStatus());
        return o;
    }
}
