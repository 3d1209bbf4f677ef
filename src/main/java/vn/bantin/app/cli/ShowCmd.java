package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import vn.bantin.app.AppContext;
import vn.bantin.domain.Article;

@Command(name = "show", description = "Show one article")
final class ShowCmd extends OneArticle {
    @Override
    public Integer call() {
        try (AppContext ctx = open()) {
            Optional<Article> found = find(ctx);
            if (found.isEmpty()) {
                return 1;
            }
            Article a = found.get();
            if (json) {
                printJson(vn.bantin.service.export.ArticleJson.of(a));
            } else {
                PrintWriter w = out();
                w.println(a.title());
                w.println(a.source().name() + (a.published() == null ? "" : " · " + a.published()));
                TagCmd.printTags(w, a);
                if (a.url() != null) {
                    w.println(a.url());
                }
                w.println();
                w.println(a.lead());
                for (String p : a.body()) {
                    w.println();
                    w.println(p);
                }
                for (String c : a.captions()) {
                    w.println();
                    w.println("[" + t("cli.photo") + "] " + c);
                }
            }
            return 0;
        }
    }
}
