package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import vn.bantin.app.AppContext;

@Command(name = "rebuild-index", description = "Rebuild the search index from the stored articles")
final class RebuildIndexCmd extends Base {
    @Override
    public Integer call() {
        try (AppContext ctx = open()) {
            int n = ctx.reading().rebuildSearchIndex();
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("indexed", n);
                printJson(o);
            } else {
                out().println(t("cli.indexed", n));
            }
            return 0;
        }
    }
}
