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

@Command(name = "remove", description = "Take articles out of a collection, or without IDs remove the collection (its articles stay)")
final class CollectionRemoveCmd extends Base {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1..*", paramLabel = "ID", arity = "0..*")
    List<String> ids = List.of();

    @Override
    public Integer call() {
        try (AppContext ctx = open()) {
            ArticleCollection c = ctx.keeping().existing(name);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("collection", c.name());
            if (ids.isEmpty()) {
                ctx.keeping().delete(c.id());
                o.put("removed", true);
                if (!json) {
                    out().println(t("cli.collectionRemoved", c.name(), c.articles()));
                }
            } else {
                Optional<List<Long>> keys = CollectionCmd.keys(ctx, ids, err());
                if (keys.isEmpty()) {
                    return 1;
                }
                int removed = ctx.keeping().remove(c.id(), keys.get());
                o.put("taken_out", removed);
                if (!json) {
                    out().println(t("cli.collectionTakenOut", removed, c.name()));
                }
            }
            if (json) {
                printJson(o);
            }
            return 0;
        }
    }
}
