package vn.bantin.app.cli;

import picocli.CommandLine.Command;
import vn.bantin.app.AppContext;
import vn.bantin.domain.Article;

@Command(name = "unbookmark", description = "Remove a bookmark")
final class UnbookmarkCmd extends StatusCmd {
    void apply(AppContext ctx, Article a) {
        ctx.reading().setBookmarked(a.key(), false);
    }

    String done() {
        return "unbookmarked";
    }
}
