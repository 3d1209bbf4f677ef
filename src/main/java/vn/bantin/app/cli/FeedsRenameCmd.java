package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.bantin.app.AppContext;

@Command(name = "rename", description = "Rename a subscription")
final class FeedsRenameCmd extends Base {
    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Parameters(index = "1", paramLabel = "TITLE")
    String title;

    @Override
    public Integer call() {
        try (AppContext ctx = open()) {
            ctx.subscriptions().rename(id, title);
            vn.bantin.domain.Feed f = ctx.subscriptions().find(id).orElseThrow();
            if (json) {
                printJson(Reports.feedJson(f));
            } else {
                out().println(t("cli.renamed", String.valueOf(id), f.title()));
            }
            return 0;
        }
    }
}
