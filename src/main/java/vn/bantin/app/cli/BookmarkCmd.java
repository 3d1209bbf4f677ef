package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import picocli.CommandLine.Command;
import vn.bantin.app.AppContext;
import vn.bantin.domain.Article;

@Command(name = "bookmark", description = "Bookmark an article")
final class BookmarkCmd extends StatusCmd {
    void apply(AppContext ctx, Article a) {
        ctx.reading().setBookmarked(a.key(), true);
    }

    String done() {
        return t("cli.done.bookmarked");
    }
}
