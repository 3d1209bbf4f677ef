package vn.bantin.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
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
            List<vn.bantin.domain.Feed> feeds = ctx.feeds().list();
            java.nio.file.Files.writeString(file, vn.bantin.ingest.feed.Opml.write(feeds));
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("feeds", feeds.size());
                o.put("file", file.toString());
                printJson(o);
            } else {
                out().println("wrote " + feeds.size() + " feeds to " + file);
            }
            return 0;
        }
    }
}
