package vn.bantin.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.bantin.app.AppContext;
import vn.bantin.domain.Article;

abstract class StatusCmd extends OneArticle {
    abstract void apply(AppContext ctx, Article a);

    abstract String done();

    @Override
    public Integer call() {
        try (AppContext ctx = open()) {
            Optional<Article> a = find(ctx);
            if (a.isEmpty()) {
                return 1;
            }
            apply(ctx, a.get());
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("id", a.get().id());
                o.put("status", done());
                printJson(o);
            } else {
                out().println(done() + " " + a.get().id() + "  " + a.get().title());
            }
            return 0;
        }
    }
}
