package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.bantin.app.AppContext;
import vn.bantin.domain.Article;

@Command(name = "collection", description = "Collections of articles: add to one, list them, remove",
        subcommands = {CollectionAddCmd.class, CollectionListCmd.class, CollectionRemoveCmd.class})
final class CollectionCmd implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), t("cli.nameCollectionCommand"));
    }

    /** The stored keys of the articles named by id (or its first characters); empty, each missing one said, if any is. */
    static Optional<List<Long>> keys(AppContext ctx, List<String> ids, java.io.PrintWriter err) {
        List<Long> keys = new ArrayList<>();
        boolean missing = false;
        for (String id : ids) {
            Optional<Article> a = ctx.reading().find(id);
            if (a.isEmpty()) {
                err.println("bantin: " + t("cli.noArticle", id));
                missing = true;
            } else {
                keys.add(a.get().key());
            }
        }
        return missing ? Optional.empty() : Optional.of(keys);
    }
}
