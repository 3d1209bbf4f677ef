package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.util.Optional;
import picocli.CommandLine.Parameters;
import vn.bantin.app.AppContext;
import vn.bantin.domain.Article;

abstract class OneArticle extends Base {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    Optional<Article> find(AppContext ctx) {
        Optional<Article> a = ctx.reading().find(id);
        if (a.isEmpty()) {
            err().println("bantin: " + t("cli.noArticle", id));
        }
        return a;
    }
}
