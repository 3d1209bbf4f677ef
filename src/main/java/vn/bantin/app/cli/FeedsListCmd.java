package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.util.List;
import picocli.CommandLine.Command;
import vn.bantin.app.AppContext;

@Command(name = "list", description = "List subscriptions with their unread counts")
final class FeedsListCmd extends Base {
    @Override
    public Integer call() {
        try (AppContext ctx = open()) {
            for (vn.bantin.domain.Feed f : ctx.subscriptions().list()) {
                if (json) {
                    printJson(Reports.feedJson(f));
                } else {
                    out().printf("%4d  %-40s %s  %s%s%n", f.id(), f.title(), t("cli.unreadCount", f.unread()), f.url(),
                            f.lastStatus() == null ? "" : "  (" + f.lastStatus() + ")");
                }
            }
            return 0;
        }
    }
}
