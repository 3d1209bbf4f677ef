package vn.bantin.app.cli;

import picocli.CommandLine.Command;
import vn.bantin.app.AppContext;
import vn.bantin.domain.Article;

@Command(name = "read", description = "Mark an article read")
final class ReadCmd extends StatusCmd {
    void apply(AppContext ctx, Article a) {
        ctx.statuses().setRead(a.key(), true);
    }

    String done() {
        return "read";
    }
}
