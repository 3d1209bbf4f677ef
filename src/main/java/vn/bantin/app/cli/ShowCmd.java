package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
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
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("id", a.id());
                o.put("title", a.title());
                o.put("published", a.published() == null ? null : a.published().toString());
                o.put("source", a.source().name());
                o.put("author", a.author());
                o.put("url", a.url());
                o.put("provinces", a.aboutIds());
                o.put("mentioned", a.mentionedIds());
                o.put("evidence", TagCmd.evidenceJson(a));
                o.put("bookmarked", a.status().bookmarked());
                o.put("read", a.status().read());
                o.put("lead", a.lead());
                o.put("body", String.join("\n\n", a.body()));
                o.put("captions", a.captions());
                printJson(o);
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
