package vn.bantin.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.bantin.app.AppContext;

@Command(name = "sync", description = "Fetch new entries of every feed (or one), with their pages and pictures")
final class SyncCmd extends Base {
    @Option(names = "--feed", paramLabel = "ID", description = "Only this feed")
    Long feed;

    @Override
    public Integer call() {
        try (AppContext ctx = open()) {
            if (feed != null && ctx.subscriptions().find(feed).isEmpty()) {
                err().println("bantin: there is no feed " + feed);
                return 1;
            }
            Reports.interrupted(this, ctx);
            return Reports.syncs(this, ctx.subscriptions().sync(feed, (done, total, r) -> { }, () -> false));
        }
    }
}
