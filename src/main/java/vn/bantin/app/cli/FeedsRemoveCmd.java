package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.bantin.app.AppContext;

@Command(name = "remove", description = "Unsubscribe; its articles stay unless --delete-articles")
final class FeedsRemoveCmd extends Base {
    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--delete-articles", description = "Also delete its articles (not bookmarked ones, nor those another feed brought)")
    boolean deleteArticles;

    @Override
    public Integer call() {
        try (AppContext ctx = open()) {
            int deleted = ctx.subscriptions().remove(id, deleteArticles);
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("removed", id);
                o.put("articles_deleted", deleted);
                printJson(o);
            } else {
                out().println(deleteArticles ? t("cli.removedWith", String.valueOf(id), deleted) : t("cli.removed", String.valueOf(id)));
            }
            return 0;
        }
    }
}
