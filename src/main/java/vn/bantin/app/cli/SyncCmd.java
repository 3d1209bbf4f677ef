package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

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
                err().println("bantin: " + t("cli.noFeed", feed));
                return 1;
            }
            Reports.interrupted(this, ctx);
            return Reports.syncs(this, ctx.subscriptions().sync(feed, (done, total, r) -> { }, () -> false));
        }
    }
}
