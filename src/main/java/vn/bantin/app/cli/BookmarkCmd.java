package vn.bantin.app.cli;

import picocli.CommandLine.Command;
import vn.bantin.app.AppContext;
import vn.bantin.domain.Article;

@Command(name = "bookmark", description = "Bookmark an article")
final class BookmarkCmd extends StatusCmd {
    void apply(AppContext ctx, Article a) {
        ctx.reading().setBookmarked(a.key(), true);
    }

    String done() {
        return "bookmarked";
    }
}
