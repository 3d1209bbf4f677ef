package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import vn.bantin.app.AppContext;
import vn.bantin.ingest.ImportService;

@Command(name = "retag", description = "Re-parse and re-tag every stored article from its kept input")
final class RetagCmd extends Base {
    @Override
    public Integer call() {
        try (AppContext ctx = open()) {
            int n = ctx.library().retag(ImportService.Progress.NONE);
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("retagged", n);
                printJson(o);
            } else {
                out().println(t("cli.retagged", n));
            }
            return 0;
        }
    }
}
