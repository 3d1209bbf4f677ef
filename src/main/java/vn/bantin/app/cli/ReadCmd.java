package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import picocli.CommandLine.Command;
import vn.bantin.app.AppContext;
import vn.bantin.domain.Article;

@Command(name = "read", description = "Mark an article read, with the other versions of its story")
final class ReadCmd extends StatusCmd {
    void apply(AppContext ctx, Article a) {
        ctx.reading().setRead(a.key(), true); // the whole story, as in the window
    }

    String done() {
        return t("cli.done.read");
    }
}
