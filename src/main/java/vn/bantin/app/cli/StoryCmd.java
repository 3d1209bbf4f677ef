package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import vn.bantin.app.AppContext;
import vn.bantin.domain.Article;

@Command(name = "story", description = "Correct the grouping: split ID out of its story, or merge ID2's story into ID1's")
final class StoryCmd extends Base {
    @Parameters(index = "0", paramLabel = "split|merge")
    String action;

    @Parameters(index = "1..*", arity = "1..2", paramLabel = "ID")
    List<String> ids;

    @Override
    public Integer call() {
        boolean split = action.equals("split");
        if (!split && !action.equals("merge") || (split && ids.size() != 1) || (!split && ids.size() != 2)) {
            throw new CommandLine.ParameterException(spec.commandLine(), t("cli.story.use"));
        }
        try (AppContext ctx = open()) {
            List<Article> found = new ArrayList<>();
            for (String id : ids) {
                Optional<Article> a = ctx.reading().find(id);
                if (a.isEmpty()) {
                    err().println("bantin: " + t("cli.noArticle", id));
                    return 1;
                }
                found.add(a.get());
            }
            if (split) {
                ctx.reading().split(found.get(0).key());
            } else {
                ctx.reading().merge(found.get(0).key(), found.get(1).key());
            }
            long story = ctx.reading().find(found.get(0).id()).orElseThrow().storyId();
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("story", story);
                o.put("articles", ctx.reading().storyMembers(found.get(0).key()).size());
                printJson(o);
            } else {
                out().println(t(split ? "cli.story.split" : "cli.story.merged", String.valueOf(story)));
            }
            return 0;
        }
    }
}
