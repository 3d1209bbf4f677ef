package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.bantin.app.AppContext;

@Command(name = "import-opml", description = "Subscribe to every feed in an OPML file")
final class FeedsImportOpmlCmd extends Base {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        try (AppContext ctx = open()) {
            vn.bantin.service.Subscriptions.Imported done;
            try {
                done = ctx.subscriptions().importOpml(file);
            } catch (vn.bantin.ingest.RejectedInputException e) {
                err().println("bantin: " + file + ": " + e.getMessage());
                return 1;
            }
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("feeds", done.listed());
                o.put("added", done.added());
                printJson(o);
            } else {
                out().println(t("cli.subscribedTo", done.describe(file)));
            }
            return 0;
        }
    }
}
