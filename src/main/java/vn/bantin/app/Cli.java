package vn.bantin.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.bantin.data.DatabaseRefusedException;
import vn.bantin.data.StoreException;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.domain.Page;
import vn.bantin.domain.PageCursor;
import vn.bantin.domain.Province;
import vn.bantin.domain.Unit2025;
import vn.bantin.ingest.ImportService;

/** The command line: the same jar, scriptable. Exit 0 on success, 1 when some inputs failed, 2 on a usage error. */
@Command(name = "bantin", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "An offline reader for news about Vietnam, by province.",
        subcommands = {Cli.ImportCmd.class, Cli.ListCmd.class, Cli.ShowCmd.class, Cli.BookmarkCmd.class,
                Cli.UnbookmarkCmd.class, Cli.ReadCmd.class, Cli.UnreadCmd.class, Cli.ProvincesCmd.class,
                Cli.RetagCmd.class, Cli.RebuildIndexCmd.class, Cli.BenchCmd.class, Cli.StoriesCmd.class,
                Cli.StoryCmd.class, Cli.FeedsCmd.class, Cli.SyncCmd.class, TagCmd.class, ResumeCmd.class})
public final class Cli implements Runnable {
    static final ObjectMapper JSON = new ObjectMapper();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command (bantin --help lists them)");
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof DatabaseRefusedException || ex instanceof StoreException) {
                cmd.getErr().println("bantin: " + ex.getMessage());
                return 1;
            }
            throw ex;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"Bantin " + (v == null ? "(development build)" : v)};
        }
    }

    /** Options every command takes. */
    abstract static class Base implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--db", paramLabel = "FILE", description = "Database file (default: bantin.db in the data folder)")
        Path db;

        @Option(names = "--json", description = "One JSON object per line")
        boolean json;

        AppContext open() {
            return db != null ? AppContext.open(db) : AppContext.openDefault();
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        void printJson(Map<String, Object> obj) {
            try {
                out().println(JSON.writeValueAsString(obj));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Command(name = "import", description = "Import saved pages (files or folders, searched recursively)")
    static final class ImportCmd extends Base {
        @Parameters(arity = "1..*", paramLabel = "PATH")
        List<Path> paths;

        @Override
        public Integer call() throws Exception {
            for (Path p : paths) {
                if (!java.nio.file.Files.exists(p)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "No such file or folder: " + p);
                }
            }
            try (AppContext ctx = open()) {
                Reports.interrupted(this, ctx);
                return Reports.imports(this, ctx.importer().importPaths(paths, ImportService.Progress.NONE));
            }
        }
    }

    @Command(name = "list", description = "List articles, newest first")
    static final class ListCmd extends Base {
        @Option(names = "--province", paramLabel = "ID", description = "Province id, or a 2025 unit id (any of; repeatable)")
        List<String> provinces = new ArrayList<>();

        @Option(names = "--bookmarked")
        boolean bookmarked;

        @Option(names = "--unread")
        boolean unread;

        @Option(names = "--search", paramLabel = "TEXT")
        String search;

        @Option(names = "--limit", defaultValue = "50")
        int limit;

        @Override
        public Integer call() {
            if (limit < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
            }
            try (AppContext ctx = open()) {
                Set<String> ids = new LinkedHashSet<>();
                for (String p : provinces) {
                    Set<String> expanded = ctx.gazetteer().expand(p);
                    if (expanded.isEmpty()) {
                        throw new CommandLine.ParameterException(spec.commandLine(),
                                "Unknown province or unit: " + p + " (bantin provinces lists the ids)");
                    }
                    ids.addAll(expanded);
                }
                ArticleQuery q = new ArticleQuery(ids, bookmarked, unread, null, null, null, search);
                int left = limit;
                PageCursor after = null;
                while (left > 0) {
                    Page<ArticleSummary> page = ctx.articles().page(q, after, Math.min(left, 500));
                    for (ArticleSummary a : page.items()) {
                        print(a);
                    }
                    left -= page.items().size();
                    after = page.next();
                    if (after == null) {
                        break;
                    }
                }
                return 0;
            }
        }

        private void print(ArticleSummary a) {
            if (json) {
                printJson(summaryJson(a));
            } else {
                out().printf("%s  %-16s  %-22s  %s%s%s%n", a.id(),
                        a.published() == null ? "(no date)" : a.published().toLocalDateTime().toString().replace('T', ' '),
                        a.sourceName(), a.bookmarked() ? "★ " : "", a.title(),
                        a.aboutIds().isEmpty() ? "" : "  [" + String.join(", ", a.aboutIds()) + "]");
            }
        }
    }

    static Map<String, Object> summaryJson(ArticleSummary a) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", a.id());
        o.put("title", a.title());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("source", a.sourceName());
        o.put("url", a.url());
        o.put("provinces", a.aboutIds());
        o.put("mentioned", a.mentionedIds());
        o.put("bookmarked", a.bookmarked());
        o.put("read", a.read());
        o.put("story", a.storyId());
        return o;
    }

    abstract static class OneArticle extends Base {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        Optional<Article> find(AppContext ctx) {
            Optional<Article> a = ctx.articles().find(id);
            if (a.isEmpty()) {
                err().println("bantin: no article with id " + id);
            }
            return a;
        }
    }

    @Command(name = "show", description = "Show one article")
    static final class ShowCmd extends OneArticle {
        @Override
        public Integer call() {
            try (AppContext ctx = open()) {
                Optional<Article> found = find(ctx);
                if (found.isEmpty()) {
                    return 1;
                }
                Article a = found.get();
                if (json) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("id", a.id());
                    o.put("title", a.title());
                    o.put("published", a.published() == null ? null : a.published().toString());
                    o.put("source", a.source().name());
                    o.put("author", a.author());
                    o.put("url", a.url());
                    o.put("provinces", a.aboutIds());
                    o.put("mentioned", a.mentionedIds());
                    o.put("evidence", TagCmd.evidenceJson(a));
                    o.put("bookmarked", a.status().bookmarked());
                    o.put("read", a.status().read());
                    o.put("lead", a.lead());
                    o.put("body", String.join("\n\n", a.body()));
                    o.put("captions", a.captions());
                    printJson(o);
                } else {
                    PrintWriter w = out();
                    w.println(a.title());
                    w.println(a.source().name() + (a.published() == null ? "" : " · " + a.published()));
                    TagCmd.printTags(w, a);
                    if (a.url() != null) {
                        w.println(a.url());
                    }
                    w.println();
                    w.println(a.lead());
                    for (String p : a.body()) {
                        w.println();
                        w.println(p);
                    }
                    for (String c : a.captions()) {
                        w.println();
                        w.println("[Photo] " + c);
                    }
                }
                return 0;
            }
        }
    }

    abstract static class StatusCmd extends OneArticle {
        abstract void apply(AppContext ctx, Article a);

        abstract String done();

        @Override
        public Integer call() {
            try (AppContext ctx = open()) {
                Optional<Article> a = find(ctx);
                if (a.isEmpty()) {
                    return 1;
                }
                apply(ctx, a.get());
                if (json) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("id", a.get().id());
                    o.put("status", done());
                    printJson(o);
                } else {
                    out().println(done() + " " + a.get().id() + "  " + a.get().title());
                }
                return 0;
            }
        }
    }

    @Command(name = "bookmark", description = "Bookmark an article")
    static final class BookmarkCmd extends StatusCmd {
        void apply(AppContext ctx, Article a) {
            ctx.statuses().setBookmarked(a.key(), true);
        }

        String done() {
            return "bookmarked";
        }
    }

    @Command(name = "unbookmark", description = "Remove a bookmark")
    static final class UnbookmarkCmd extends StatusCmd {
        void apply(AppContext ctx, Article a) {
            ctx.statuses().setBookmarked(a.key(), false);
        }

        String done() {
            return "unbookmarked";
        }
    }

    @Command(name = "read", description = "Mark an article read")
    static final class ReadCmd extends StatusCmd {
        void apply(AppContext ctx, Article a) {
            ctx.statuses().setRead(a.key(), true);
        }

        String done() {
            return "read";
        }
    }

    @Command(name = "unread", description = "Mark an article unread")
    static final class UnreadCmd extends StatusCmd {
        void apply(AppContext ctx, Article a) {
            ctx.statuses().setRead(a.key(), false);
        }

        String done() {
            return "unread";
        }
    }

    @Command(name = "provinces", description = "List provinces with their article counts")
    static final class ProvincesCmd extends Base {
        @Option(names = "--units", description = "The 34 units of July 2025 instead of the 63 provinces")
        boolean units;

        @Override
        public Integer call() {
            try (AppContext ctx = open()) {
                Map<String, Long> counts = ctx.articles().countsByProvince(ArticleQuery.ALL);
                if (units) {
                    for (Unit2025 u : ctx.provinces().units()) {
                        long n = u.memberIds().stream().mapToLong(id -> counts.getOrDefault(id, 0L)).sum();
                        if (json) {
                            Map<String, Object> o = new LinkedHashMap<>();
                            o.put("id", u.id());
                            o.put("name_vi", u.nameVi());
                            o.put("name_en", u.nameEn());
                            o.put("members", u.memberIds());
                            o.put("count", n);
                            printJson(o);
                        } else {
                            out().printf("%-18s %-24s %6d  (%s)%n", u.id(), u.nameVi(), n, String.join(", ", u.memberIds()));
                        }
                    }
                    return 0;
                }
                for (Province p : ctx.provinces().provinces()) {
                    long n = counts.getOrDefault(p.id(), 0L);
                    if (json) {
                        Map<String, Object> o = new LinkedHashMap<>();
                        o.put("id", p.id());
                        o.put("name_vi", p.nameVi());
                        o.put("name_en", p.nameEn());
                        o.put("unit_2025", p.unit2025());
                        o.put("count", n);
                        printJson(o);
                    } else {
                        out().printf("%-18s %-24s %-20s %6d%n", p.id(), p.nameVi(), p.nameEn(), n);
                    }
                }
                return 0;
            }
        }
    }

    @Command(name = "bench", description = "Generate a synthetic corpus, import it and time what a reader does")
    static final class BenchCmd extends Base {
        @Option(names = "--articles", defaultValue = "100000", description = "How many articles (default ${DEFAULT-VALUE})")
        int articles;

        @Option(names = "--seed", defaultValue = "20251122")
        long seed;

        @Option(names = "--no-stories", description = "Store every article as its own story (to measure grouping's cost)")
        boolean noStories;

        @Option(names = "--no-places", description = "Tag with the provinces and their landmarks only, not the districts and"
                + " communes (to measure what the places below the province cost)")
        boolean noPlaces;

        @Option(names = "--reuse", description = "Measure the file given with --db as a previous run left it, without importing again")
        boolean reuse;

        @Option(names = "--ui", description = "Time the window on the database given with --db (under a display or Xvfb):"
                + " start to first painted list, against an empty JavaFX window, and frames while scrolling a province's list")
        boolean ui;

        @Option(names = "--province", description = "With --ui: the province whose list is scrolled (default: the one with the median count)")
        String province;

        @Option(names = "--runs", defaultValue = "5", description = "With --ui: how many starts of each window (default ${DEFAULT-VALUE})")
        int runs;

        @Option(names = "--extraction", paramLabel = "DIR", description = "Extract every page of an article-extraction"
                + " benchmark folder (html/*.html.gz) into DIR/output/bantin.json, for its evaluate.py; times each page")
        Path extraction;

        @Option(names = "--rounds", defaultValue = "3", description = "With --extraction: how many times each page is"
                + " extracted for the timing (default ${DEFAULT-VALUE})")
        int rounds;

        @Override
        public Integer call() throws Exception {
            if (ui) {
                return ui();
            }
            if (extraction != null) {
                Map<String, Object> figures = ExtractionBench.run(extraction,
                        extraction.resolve("output").resolve("bantin.json"), rounds, json ? null : err());
                if (json) {
                    printJson(figures);
                } else {
                    figures.forEach((k, v) -> out().printf("%-12s %s%n", k, v));
                }
                return 0;
            }
            if (articles < 100) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--articles must be at least 100");
            }
            if (reuse && (db == null || !java.nio.file.Files.isRegularFile(db))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--reuse needs --db FILE, a file an earlier bench run made");
            }
            Path file = db != null ? db : java.nio.file.Files.createTempFile("bantin-bench", ".db");
            Map<String, Object> figures = Bench.run(articles, file, seed, !noStories, json ? null : out(), reuse, !noPlaces);
            if (json) {
                printJson(figures);
            } else {
                out().println("Bantin bench, " + articles + " articles, " + file);
                out().printf("%-24s %12s%n", "figure", "value");
                figures.forEach((k, v) -> out().printf("%-24s %12s%n", k, v));
            }
            if (db == null) {
                java.nio.file.Files.deleteIfExists(file);
                java.nio.file.Files.deleteIfExists(Path.of(file + "-wal"));
                java.nio.file.Files.deleteIfExists(Path.of(file + "-shm"));
            }
            return 0;
        }

        private int ui() throws Exception {
            if (db == null || !java.nio.file.Files.isRegularFile(db)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--ui needs --db FILE, a database to open (make one with: bantin bench --articles N --db FILE)");
            }
            boolean monocle = "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"));
            String os = System.getProperty("os.name", "");
            if (!monocle && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                    && !os.startsWith("Windows") && !os.startsWith("Mac")) {
                err().println("bench --ui needs a display: run it under xvfb-run, or on a desktop");
                return 1;
            }
            String where = province;
            try (AppContext ctx = AppContext.open(db)) {
                Map<String, Long> counts = ctx.articles().countsByProvince(vn.bantin.domain.ArticleQuery.ALL);
                if (where == null) {
                    List<Map.Entry<String, Long>> byCount = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                            .sorted(Map.Entry.comparingByValue()).toList();
                    if (byCount.isEmpty()) {
                        err().println(db + " has no article tagged with a province to scroll through");
                        return 1;
                    }
                    where = byCount.get(byCount.size() / 2).getKey();
                } else if (ctx.gazetteer().provinces().stream().noneMatch(p -> p.id().equals(province))) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "no province with id " + province);
                }
            }
            Map<String, Object> figures = UiBench.run(db, where, Math.max(1, runs), json ? null : out());
            if (json) {
                printJson(figures);
            } else {
                out().printf("%-28s %12s%n", "figure", "value");
                figures.forEach((k, v) -> out().printf("%-28s %12s%n", k, v));
            }
            return 0;
        }
    }

    @Command(name = "stories", description = "List stories (one event, several outlets) with their article ids")
    static final class StoriesCmd extends Base {
        @Option(names = "--limit", defaultValue = "50")
        int limit;

        @Option(names = "--all", description = "Include stories with a single article")
        boolean all;

        @Override
        public Integer call() {
            try (AppContext ctx = open()) {
                for (var s : ctx.articles().stories(all ? limit : Math.max(limit * 20, 1000))) {
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

    @Command(name = "story", description = "Correct the grouping: split ID out of its story, or merge ID2's story into ID1's")
    static final class StoryCmd extends Base {
        @Parameters(index = "0", paramLabel = "split|merge")
        String action;

        @Parameters(index = "1..*", arity = "1..2", paramLabel = "ID")
        List<String> ids;

        @Override
        public Integer call() {
            boolean split = action.equals("split");
            if (!split && !action.equals("merge") || (split && ids.size() != 1) || (!split && ids.size() != 2)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Use: story split ID, or story merge ID1 ID2");
            }
            try (AppContext ctx = open()) {
                List<Article> found = new ArrayList<>();
                for (String id : ids) {
                    Optional<Article> a = ctx.articles().find(id);
                    if (a.isEmpty()) {
                        err().println("bantin: no article with id " + id);
                        return 1;
                    }
                    found.add(a.get());
                }
                if (split) {
                    ctx.articles().splitFromStory(found.get(0).key());
                } else {
                    ctx.articles().mergeStories(found.get(0).key(), found.get(1).key());
                }
                long story = ctx.articles().find(found.get(0).id()).orElseThrow().storyId();
                if (json) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("story", story);
                    o.put("articles", ctx.articles().storyMembers(found.get(0).key()).size());
                    printJson(o);
                } else {
                    out().println((split ? "split " : "merged into ") + "story " + story);
                }
                return 0;
            }
        }
    }

    @Command(name = "rebuild-index", description = "Rebuild the search index from the stored articles")
    static final class RebuildIndexCmd extends Base {
        @Override
        public Integer call() {
            try (AppContext ctx = open()) {
                int n = ctx.articles().rebuildSearchIndex();
                if (json) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("indexed", n);
                    printJson(o);
                } else {
                    out().println("indexed " + n + " articles");
                }
                return 0;
            }
        }
    }

    @Command(name = "retag", description = "Re-parse and re-tag every stored article from its kept input")
    static final class RetagCmd extends Base {
        @Override
        public Integer call() {
            try (AppContext ctx = open()) {
                int n = ctx.importer().retag(ImportService.Progress.NONE);
                if (json) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("retagged", n);
                    printJson(o);
                } else {
                    out().println("re-tagged " + n + " articles");
                }
                return 0;
            }
        }
    }

    @Command(name = "feeds", description = "Subscriptions: add, list, rename, remove, OPML import and export",
            subcommands = {FeedsAddCmd.class, FeedsListCmd.class, FeedsRenameCmd.class, FeedsRemoveCmd.class,
                    FeedsImportOpmlCmd.class, FeedsExportOpmlCmd.class})
    static final class FeedsCmd implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "Name a feeds command (bantin feeds --help lists them)");
        }
    }

    static Map<String, Object> feedJson(vn.bantin.domain.Feed f) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", f.id());
        o.put("title", f.title());
        o.put("url", f.url());
        o.put("site", f.siteUrl());
        o.put("unread", f.unread());
        o.put("last_sync", f.lastSync() == null ? null : f.lastSync().toString());
        o.put("last_status", f.lastStatus());
        return o;
    }

    @Command(name = "add", description = "Subscribe to a feed, or to the feed a web page names")
    static final class FeedsAddCmd extends Base {
        @Parameters(index = "0", paramLabel = "URL")
        String url;

        @Option(names = "--title", description = "Name it yourself instead of by the feed's title")
        String title;

        @Override
        public Integer call() {
            try (AppContext ctx = open()) {
                vn.bantin.domain.Feed f;
                try {
                    f = ctx.sync().subscribe(url);
                } catch (vn.bantin.ingest.feed.FetchException | vn.bantin.ingest.RejectedInputException e) {
                    err().println("bantin: " + url + ": " + e.getMessage());
                    return 1;
                }
                if (title != null && !title.isBlank()) {
                    ctx.feeds().rename(f.id(), title);
                    f = ctx.feeds().find(f.id()).orElseThrow();
                }
                if (json) {
                    printJson(feedJson(f));
                } else {
                    out().println("subscribed " + f.id() + "  " + f.title() + "  " + f.url());
                }
                return 0;
            }
        }
    }

    @Command(name = "list", description = "List subscriptions with their unread counts")
    static final class FeedsListCmd extends Base {
        @Override
        public Integer call() {
            try (AppContext ctx = open()) {
                for (vn.bantin.domain.Feed f : ctx.feeds().list()) {
                    if (json) {
                        printJson(feedJson(f));
                    } else {
                        out().printf("%4d  %-40s %5d unread  %s%s%n", f.id(), f.title(), f.unread(), f.url(),
                                f.lastStatus() == null ? "" : "  (" + f.lastStatus() + ")");
                    }
                }
                return 0;
            }
        }
    }

    @Command(name = "rename", description = "Rename a subscription")
    static final class FeedsRenameCmd extends Base {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Parameters(index = "1", paramLabel = "TITLE")
        String title;

        @Override
        public Integer call() {
            try (AppContext ctx = open()) {
                ctx.feeds().rename(id, title);
                vn.bantin.domain.Feed f = ctx.feeds().find(id).orElseThrow();
                if (json) {
                    printJson(feedJson(f));
                } else {
                    out().println("renamed " + id + " to " + f.title());
                }
                return 0;
            }
        }
    }

    @Command(name = "remove", description = "Unsubscribe; its articles stay unless --delete-articles")
    static final class FeedsRemoveCmd extends Base {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Option(names = "--delete-articles", description = "Also delete its articles (not bookmarked ones, nor those another feed brought)")
        boolean deleteArticles;

        @Override
        public Integer call() {
            try (AppContext ctx = open()) {
                int deleted = ctx.feeds().remove(id, deleteArticles);
                if (json) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("removed", id);
                    o.put("articles_deleted", deleted);
                    printJson(o);
                } else {
                    out().println("removed feed " + id + (deleteArticles ? " and " + deleted + " of its articles" : "; its articles stay"));
                }
                return 0;
            }
        }
    }

    @Command(name = "import-opml", description = "Subscribe to every feed in an OPML file")
    static final class FeedsImportOpmlCmd extends Base {
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

    @Command(name = "export-opml", description = "Write every subscription to an OPML file")
    static final class FeedsExportOpmlCmd extends Base {
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

    @Command(name = "sync", description = "Fetch new entries of every feed (or one), with their pages and pictures")
    static final class SyncCmd extends Base {
        @Option(names = "--feed", paramLabel = "ID", description = "Only this feed")
        Long feed;

        @Override
        public Integer call() {
            try (AppContext ctx = open()) {
                if (feed != null && ctx.feeds().find(feed).isEmpty()) {
                    err().println("bantin: there is no feed " + feed);
                    return 1;
                }
                Reports.interrupted(this, ctx);
                return Reports.syncs(this, ctx.sync().sync(feed, (done, total, r) -> { }, () -> false));
            }
        }
    }
}
