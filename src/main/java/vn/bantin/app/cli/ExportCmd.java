package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.bantin.app.AppContext;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.service.export.ExportException;
import vn.bantin.service.export.ExportFormat;
import vn.bantin.service.export.Exporter;

@Command(name = "export", description = "Write articles to a file: a collection's, a province's, a search's, or all")
final class ExportCmd extends Base {
    @Option(names = "--collection", paramLabel = "NAME", description = "The articles of this collection")
    String collection;

    @Option(names = "--province", paramLabel = "ID", description = "Province id, or a 2025 unit id (any of; repeatable)")
    List<String> provinces = new ArrayList<>();

    @Option(names = "--search", paramLabel = "TEXT", description = "The articles this search finds")
    String search;

    @Option(names = "--bookmarked", description = "Bookmarked articles only")
    boolean bookmarked;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "markdown, html, jsonl, csv, epub, bibtex or csl-json")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (a folder with --one-per-article)")
    Path out;

    @Option(names = "--toc", paramLabel = "BY", defaultValue = "date", description = "EPUB and HTML contents: by date or by province")
    String toc;

    @Option(names = "--one-per-article", description = "Markdown: a folder with one file per article, pictures beside them")
    boolean onePerArticle;

    @Option(names = "--title", paramLabel = "TEXT", description = "The export's title (default: what it holds)")
    String title;

    @Override
    public Integer call() throws IOException {
        ExportFormat f = ExportFormat.named(format).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), t("cli.export.format", format)));
        Exporter.Toc by = switch (toc.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "date" -> Exporter.Toc.DATE;
            case "province" -> Exporter.Toc.PROVINCE;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), t("cli.export.toc", toc));
        };
        if (onePerArticle && f != ExportFormat.MARKDOWN) {
            throw new CommandLine.ParameterException(spec.commandLine(), t("cli.export.onePerArticle"));
        }
        try (AppContext ctx = open()) {
            Set<String> ids = new LinkedHashSet<>();
            List<String> what = new ArrayList<>();
            for (String p : provinces) {
                Set<String> expanded = ctx.gazetteer().expand(p);
                if (expanded.isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), t("cli.unknownPlace", p));
                }
                ids.addAll(expanded);
                what.add(ctx.gazetteer().province(p).map(vn.bantin.domain.Province::nameVi)
                        .orElseGet(() -> ctx.gazetteer().unit(p.replaceFirst("^unit:", "")).map(vn.bantin.domain.Unit2025::nameVi).orElse(p)));
            }
            ArticleQuery q = new ArticleQuery(ids, bookmarked, false, null, null, null, search);
            if (collection != null) {
                vn.bantin.domain.ArticleCollection c = ctx.keeping().existing(collection);
                q = q.withCollection(c.id());
                what.add(0, c.name());
            }
            if (search != null && !search.isBlank()) {
                what.add(t("list.quoted", search.strip()));
            }
            String name = title != null && !title.isBlank() ? title.strip() : what.isEmpty() ? "Bantin" : String.join(" · ", what);
            Exporter.Result r;
            try {
                r = ctx.exporter().export(q, new Exporter.Options(f, name, by, onePerArticle), out, Exporter.Progress.NONE, () -> false);
            } catch (java.nio.file.FileSystemException e) {
                throw new ExportException(t("export.failed", out, e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()), e);
            }
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("file", r.file().toString());
                o.put("format", f.cliName());
                o.put("articles", r.articles());
                printJson(o);
            } else {
                out().println(t("cli.exported", r.articles(), r.file()));
            }
            return 0;
        }
    }
}
