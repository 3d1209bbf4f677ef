package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.bantin.app.AppContext;
import vn.bantin.domain.Article;
import vn.bantin.service.export.Citation;

@Command(name = "cite", description = "Print an article as a citation (Chicago or APA author-date)")
final class CiteCmd extends OneArticle {
    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "chicago", description = "chicago or apa")
    String style;

    @Override
    public Integer call() {
        String s = style.strip().toLowerCase(java.util.Locale.ROOT);
        if (!s.equals("chicago") && !s.equals("apa")) {
            throw new CommandLine.ParameterException(spec.commandLine(), t("cli.cite.style", style));
        }
        try (AppContext ctx = open()) {
            Optional<Article> a = find(ctx);
            if (a.isEmpty()) {
                return 1;
            }
            LocalDate today = LocalDate.now();
            out().println(s.equals("apa") ? Citation.apa(a.get(), today) : Citation.chicago(a.get(), today));
            return 0;
        }
    }
}
