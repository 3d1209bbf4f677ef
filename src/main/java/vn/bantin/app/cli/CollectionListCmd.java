package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import vn.bantin.app.AppContext;
import vn.bantin.domain.ArticleCollection;

@Command(name = "list", description = "List the collections with how many articles each holds")
final class CollectionListCmd extends Base {
    @Override
    public Integer call() {
        try (AppContext ctx = open()) {
            for (ArticleCollection c : ctx.keeping().collections()) {
                if (json) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("name", c.name());
                    o.put("articles", c.articles());
                    printJson(o);
                } else {
                    out().println(c.name() + "  (" + t("cli.articleCount", c.articles()) + ")");
                }
            }
            return 0;
        }
    }
}
