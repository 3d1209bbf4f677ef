package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.bantin.app.AppContext;
import vn.bantin.domain.ArticleCollection;

@Command(name = "add", description = "Put articles in a collection, making it if there is none of that name")
final class CollectionAddCmd extends Base {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1..*", paramLabel = "ID", arity = "1..*")
    List<String> ids;

    @Override
    public Integer call() {
        try (AppContext ctx = open()) {
            Optional<List<Long>> keys = CollectionCmd.keys(ctx, ids, err());
            if (keys.isEmpty()) {
                return 1; // none added: a typo in one id leaves the collection as it was
            }
            ArticleCollection c = ctx.keeping().create(name);
            int added = ctx.keeping().add(c.id(), keys.get());
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("collection", c.name());
                o.put("added", added);
                o.put("articles", ctx.keeping().existing(c.name()).articles());
                printJson(o);
            } else {
                out().println(t("cli.collectionAdded", added, c.name(), ctx.keeping().existing(c.name()).articles()));
            }
            return 0;
        }
    }
}
