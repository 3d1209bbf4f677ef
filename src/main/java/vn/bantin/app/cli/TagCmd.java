package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import vn.bantin.app.AppContext;
import vn.bantin.domain.Article;
import vn.bantin.domain.ProvinceTag;
import vn.bantin.domain.Relation;
import vn.bantin.domain.TagEvidence;

/** {@code bantin tag ID [--add P] [--remove P]}: an article's provinces, why it has them, and the reader's corrections. */
@Command(name = "tag", description = "Show why an article has its provinces; add or remove one (kept through retag)")
final class TagCmd extends OneArticle {
    @Option(names = "--add", paramLabel = "PROVINCE", description = "Make the article about this province (repeatable)")
    List<String> add = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "PROVINCE", description = "Take this province off the article (repeatable)")
    List<String> remove = new ArrayList<>();

    @Override
    public Integer call() {
        try (AppContext ctx = open()) {
            Optional<Article> found = find(ctx);
            if (found.isEmpty()) {
                return 1;
            }
            for (String p : concat(add, remove)) {
                if (ctx.gazetteer().province(p).isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            t("cli.unknownProvince", p));
                }
            }
            long key = found.get().key();
            for (String p : add) {
                ctx.reading().correctProvince(key, p, true);
            }
            for (String p : remove) {
                ctx.reading().correctProvince(key, p, false);
            }
            Article a = ctx.reading().article(key).orElseThrow();
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("id", a.id());
                o.put("provinces", a.aboutIds());
                o.put("mentioned", a.mentionedIds());
                o.put("evidence", vn.bantin.service.export.ArticleJson.evidence(a));
                printJson(o);
            } else {
                printTags(out(), a);
            }
            return 0;
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Per province: the words that made the tag, how they were read, and whether the reader set it. */
    static void printTags(PrintWriter w, Article a) {
        for (ProvinceTag t : a.tags()) {
            StringBuilder why = new StringBuilder();
            for (TagEvidence e : t.evidence()) {
                why.append(why.isEmpty() ? "" : "; ").append(e.phrase()).append(" (").append(e.how()).append(')');
            }
            if (t.byReader()) {
                why.append(why.isEmpty() ? "" : "; ").append(t("cli.tag.byYou"));
            }
            w.println(vn.bantin.i18n.Texts.t(t.relation() == Relation.ABOUT ? "cli.tag.about" : "cli.tag.mentions") + " " + t.provinceId()
                    + (why.isEmpty() ? "" : " — " + why));
        }
    }
}
