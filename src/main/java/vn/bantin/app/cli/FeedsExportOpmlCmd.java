package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.bantin.app.AppContext;

@Command(name = "export-opml", description = "Write every subscription to an OPML file")
final class FeedsExportOpmlCmd extends Base {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws java.io.IOException {
        try (AppContext ctx = open()) {
            int written = ctx.subscriptions().exportOpml(file);
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("feeds", written);
                o.put("file", file.toString());
                printJson(o);
            } else {
                out().println(t("cli.wroteFeeds", written, file));
            }
            return 0;
        }
    }
}
