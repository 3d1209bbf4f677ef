package vn.bantin.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.bantin.app.AppContext;

@Command(name = "stories", description = "List stories (one event, several outlets) with their article ids")
final class StoriesCmd extends Base {
    @Option(names = "--limit", defaultValue = "50")
    int limit;

    @Option(names = "--all", description = "Include stories with a single article")
    boolean all;

    @Override
    public Integer call() {
        try (AppContext ctx = open()) {
            for (var s : ctx.reading().stories(all ? limit : Math.max(limit * 20, 1000))) {
                if (!all && s.articleIds().size() < 2) {
                    continue;
                }
                if (limit-- <= 0) {
                    break;
                }
                if (json) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("story", s.storyId());
                    o.put("articles", s.articleIds());
                    printJson(o);
                } else {
                    out().println(s.storyId() + "  " + String.join(" ", s.articleIds()));
                }
            }
            return 0;
        }
    }
}
