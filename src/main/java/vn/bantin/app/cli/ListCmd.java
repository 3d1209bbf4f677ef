package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import vn.bantin.app.AppContext;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.domain.Page;
import vn.bantin.domain.PageCursor;
import vn.bantin.domain.Province;

@Command(name = "list", description = "List articles, newest first")
final class ListCmd extends Base {
    @Option(names = "--province", paramLabel = "ID", description = "Province id, or a 2025 unit id (any of; repeatable)")
    List<String> provinces = new ArrayList<>();

    @Option(names = "--bookmarked")
    boolean bookmarked;

    @Option(names = "--unread")
    boolean unread;

    @Option(names = "--search", paramLabel = "TEXT")
    String search;

    @Option(names = "--collection", paramLabel = "NAME", description = "Only the articles of this collection")
    String collection;

    @Option(names = "--limit", defaultValue = "50")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), t("cli.limit"));
        }
        try (AppContext ctx = open()) {
            Set<String> ids = new LinkedHashSet<>();
            for (String p : provinces) {
                Set<String> expanded = ctx.gazetteer().expand(p);
                if (expanded.isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            t("cli.unknownPlace", p));
                }
                ids.addAll(expanded);
            }
            ArticleQuery q = new ArticleQuery(ids, bookmarked, unread, null, null, null, search)
                    .withCollection(collection == null ? null : ctx.keeping().existing(collection).id());
            int left = limit;
            PageCursor after = null;
            while (left > 0) {
                Page<ArticleSummary> page = ctx.reading().page(q, after, Math.min(left, 500));
                for (ArticleSummary a : page.items()) {
                    print(a);
                }
                left -= page.items().size();
                after = page.next();
                if (after == null) {
                    break;
                }
            }
            return 0;
        }
    }

    private void print(ArticleSummary a) {
        if (json) {
            printJson(Reports.summaryJson(a));
        } else {
            out().printf("%s  %-16s  %-22s  %s%s%s%n", a.id(),
                    a.published() == null ? t("cli.noDate") : a.published().toLocalDateTime().toString().replace('T', ' '),
                    a.sourceName(), a.bookmarked() ? "★ " : "", a.title(),
                    a.aboutIds().isEmpty() ? "" : "  [" + String.join(", ", a.aboutIds()) + "]");
        }
    }
}
