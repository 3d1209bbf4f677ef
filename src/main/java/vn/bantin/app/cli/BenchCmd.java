package vn.bantin.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import vn.bantin.app.AppContext;
import vn.bantin.app.bench.Bench;
import vn.bantin.app.bench.ExtractionBench;
import vn.bantin.app.bench.UiBench;
import vn.bantin.domain.ArticleQuery;

@Command(name = "bench", description = "Generate a synthetic corpus, import it and time what a reader does")
final class BenchCmd extends Base {
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

    @Option(names = "--export", description = "Write every article of the database given with --db in each export format"
            + " (--rounds times), beside the sqlite3 shell writing the same text")
    boolean export;

    @Option(names = "--typing", description = "Search every 1-, 2- and 3-letter prefix of the corpus's 200 most common"
            + " words in the database given with --db, as the search box does while a word is typed (--rounds passes)")
    boolean typing;

    @Override
    public Integer call() throws Exception {
        if (ui) {
            return ui();
        }
        if (typing) {
            return onFile("--typing needs --db FILE, a database to search",
                    () -> vn.bantin.app.bench.TypingBench.run(db, Math.max(1, rounds), json ? null : err()));
        }
        if (export) {
            return onFile("--export needs --db FILE, a database to export",
                    () -> vn.bantin.app.bench.ExportBench.run(db, Math.max(1, rounds), json ? null : err()));
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

    private interface Figures {
        Map<String, Object> run() throws Exception;
    }

    /** A bench of the file given with --db, its figures printed one a line (or as JSON). */
    private int onFile(String withoutFile, Figures bench) throws Exception {
        if (db == null || !java.nio.file.Files.isRegularFile(db)) {
            throw new CommandLine.ParameterException(spec.commandLine(), withoutFile);
        }
        Map<String, Object> figures = bench.run();
        if (json) {
            printJson(figures);
        } else {
            figures.forEach((k, v) -> out().printf("%-28s %s%n", k, v));
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
            Map<String, Long> counts = ctx.reading().countsByProvince(vn.bantin.domain.ArticleQuery.ALL);
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
