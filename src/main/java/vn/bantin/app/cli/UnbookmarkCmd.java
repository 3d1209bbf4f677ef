package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import picocli.CommandLine.Command;
import vn.bantin.app.AppContext;
import vn.bantin.domain.Article;

@Command(name = "unbookmark", description = "Remove a bookmark")
final class UnbookmarkCmd extends StatusCmd {
    void apply(AppContext ctx, Article a) {
        ctx.reading().setBookmarked(a.key(), false);
    }

    String done() {
        return t("cli.done.unbookmarked");
    }
}
