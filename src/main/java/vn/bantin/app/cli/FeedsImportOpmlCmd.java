package vn.bantin.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
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
        List<vn.bantin.ingest.feed.Opml.Outline> outlines;
        try {
            outlines = vn.bantin.ingest.feed.Opml.read(java.nio.file.Files.readString(file));
        } catch (java.io.IOException e) {
            err().println("bantin: " + file + ": cannot be read: " + e.getMessage());
            return 1;
        } catch (vn.bantin.ingest.RejectedInputException e) {
            err().println("bantin: " + file + ": " + e.getMessage());
            return 1;
        }
        try (AppContext ctx = open()) {
            int before = ctx.feeds().list().size();
            for (vn.bantin.ingest.feed.Opml.Outline o : outlines) {
                ctx.feeds().add(o.xmlUrl(), o.title(), o.htmlUrl());
            }
            int added = ctx.feeds().list().size() - before;
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("feeds", outlines.size());
                o.put("added", added);
                printJson(o);
            } else {
                out().println("subscribed to " + added + " new feeds of " + outlines.size() + " in " + file);
            }
            return 0;
        }
    }
}
