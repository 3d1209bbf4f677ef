package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.bantin.app.AppContext;

@Command(name = "add", description = "Subscribe to a feed, or to the feed a web page names")
final class FeedsAddCmd extends Base {
    @Parameters(index = "0", paramLabel = "URL")
    String url;

    @Option(names = "--title", description = "Name it yourself instead of by the feed's title")
    String title;

    @Override
    public Integer call() {
        try (AppContext ctx = open()) {
            vn.bantin.domain.Feed f;
            try {
                f = ctx.subscriptions().subscribe(url);
            } catch (vn.bantin.ingest.feed.FetchException | vn.bantin.ingest.RejectedInputException e) {
                err().println("bantin: " + url + ": " + e.getMessage());
                return 1;
            }
            if (title != null && !title.isBlank()) {
                ctx.subscriptions().rename(f.id(), title);
                f = ctx.subscriptions().find(f.id()).orElseThrow();
            }
            if (json) {
                printJson(Reports.feedJson(f));
            } else {
                out().println(t("cli.subscribed", String.valueOf(f.id()), f.title(), f.url()));
            }
            return 0;
        }
    }
}
