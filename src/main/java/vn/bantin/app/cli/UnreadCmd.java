package vn.bantin.app.cli;

import picocli.CommandLine.Command;
import vn.bantin.app.AppContext;
import vn.bantin.domain.Article;

@Command(name = "unread", description = "Mark an article unread")
final class UnreadCmd extends StatusCmd {
    void apply(AppContext ctx, Article a) {
        ctx.statuses().setRead(a.key(), false);
    }

    String done() {
        return "unread";
    }
}
