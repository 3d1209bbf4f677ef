package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import picocli.CommandLine.Command;
import vn.bantin.app.AppContext;
import vn.bantin.domain.Article;

@Command(name = "delete", description = "Delete an article (its text, status, provinces and pictures) from the file")
final class DeleteCmd extends StatusCmd {
    void apply(AppContext ctx, Article a) {
        // final when the file closes at the end of the command: there is no Undo on the command line
        ctx.reading().delete(a.key(), false);
    }

    String done() {
        return t("cli.done.deleted");
    }
}
