package vn.bantin.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;
import vn.bantin.app.AppContext;
import vn.bantin.data.Gazetteer;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.domain.Province;
import vn.bantin.ingest.ImportService;

/**
 * {@code bantin bench}: builds a realistic synthetic corpus (seeded, so every run is the same), imports it
 * through the real import path, then times what a reader does. Medians and 95th percentiles, never a
 * single run.
 */
public final class Bench {
    private Bench() {
    }

    /** Figures of one run, in the order they are printed. */
    public static Map<String, Object> run(int articles, Path dbFile, long seed, boolean stories, PrintWriter progress)
            throws IOException {
        return run(articles, dbFile, seed, stories, progress, false, true);
    }

    /** With {@code reuse}, the file a previous run left is measured again as it is: nothing generated or imported. */
    public static Map<String, Object> run(int articles, Path dbFile, long seed, boolean stories, PrintWriter progress,
                                          boolean reuse, boolean places) throws IOException {
        if (!reuse) {
            Files.deleteIfExists(dbFile);
            Files.deleteIfExists(Path.of(dbFile + "-wal"));
            Files.deleteIfExists(Path.of(dbFile + "-shm"));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", articles);
        out.put("stories", stories);
        out.put("places", places);
        List<Province> provinces = new ArrayList<>(Gazetteer.standard().provinces());
        double[] weights = BenchCorpus.weights(provinces);
        Random rnd = new Random(seed);
        long importNanos = 0;
        int imported = 0;
        try (AppContext ctx = AppContext.open(dbFile, stories, places)) {
            if (reuse) {
                out.put("articles", ctx.articles().count(ArticleQuery.ALL));
            }
            int batch = 2000;
            List<ImportService.Document> docs = new ArrayList<>(batch);
            String previous = null;
            for (int i = 0; i < (reuse ? 0 : articles); i++) {
                String text = rnd.nextInt(20) == 0 && previous != null ? BenchCorpus.nearDuplicate(previous, rnd) : BenchCorpus.page(i, rnd, provinces, weights);
                previous = text;
                docs.add(new ImportService.Document("bench-" + i + ".txt", text.getBytes(StandardCharsets.UTF_8)));
                if (docs.size() == batch || i == articles - 1) {
                    long t0 = System.nanoTime();
                    imported += (int) ctx.importer().importDocuments(docs, ImportService.Progress.NONE).stream()
                            .filter(r -> r.status() == ImportService.Status.IMPORTED).count();
                    importNanos += System.nanoTime() - t0;
                    docs.clear();
                    if (progress != null && (i + 1) % 20000 < batch) {
                        progress.printf("  generated and imported %,d of %,d%n", i + 1, articles);
                        progress.flush();
                    }
                }
            }
            if (!reuse) {
                out.put("imported", imported);
                out.put("import_articles_per_s", Math.round(articles / (importNanos / 1e9)));
                ctx.articles().optimize();
            }

            // the tagger alone on pages of the same corpus, beside the whole import's time an article
            Random again = new Random(seed + 2);
            List<vn.bantin.domain.ParsedPage> sample = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                try {
                    sample.add(ImportService.parse("bench.txt", BenchCorpus.page(i, again, provinces, weights)));
                } catch (vn.bantin.ingest.RejectedInputException e) {
                    throw new IllegalStateException("bench page " + i + " was rejected: " + e.getMessage(), e);
                }
            }
            int[] next = {0};
            timed(out, "tag_ms", 400, () -> {
                vn.bantin.domain.ParsedPage p = sample.get(next[0]++ % sample.size());
                return time(() -> ctx.importer().tag(p).size());
            });
            if (!reuse) {
                double perArticleMs = 1000.0 / ((Number) out.get("import_articles_per_s")).doubleValue();
                out.put("tag_share_of_import", Math.round((Double) out.get("tag_ms") / perArticleMs * 1000) / 1000.0);
            }

            Random pick = new Random(seed + 1);
            List<String> ids = provinces.stream().map(Province::id).toList();
            timed(out, "first_page_ms", 60, () -> time(() -> ctx.articles().page(ArticleQuery.ALL, null, 50).items().size()));
            timed(out, "province_switch_ms", 60, () -> {
                Set<String> one = Set.of(ids.get(pick.nextInt(ids.size())));
                return time(() -> ctx.articles().page(ArticleQuery.ALL.withProvinces(one), null, 50).items().size()
                        + ctx.articles().count(ArticleQuery.ALL.withProvinces(one)));
            });
            timed(out, "search_ms", 40, () -> time(() -> ctx.articles().page(ArticleQuery.ALL.withText(BenchCorpus.COMMON), null, 50).items().size()));
            timed(out, "search_rare_ms", 40, () -> time(() -> ctx.articles().page(ArticleQuery.ALL.withText(BenchCorpus.RARE), null, 50).items().size()));
            timed(out, "search_province_ms", 40, () -> {
                Set<String> one = Set.of(ids.get(pick.nextInt(ids.size())));
                return time(() -> ctx.articles().page(ArticleQuery.ALL.withText(BenchCorpus.COMMON).withProvinces(one), null, 50).items().size());
            });
            timed(out, "counts_ms", 40, () -> time(() -> ctx.articles().countsByProvince(ArticleQuery.ALL).size()));
            // every number of the sidebar for the window's default list (stories), then with a province chosen, then
            // while a common word is searched: what a click or a keystroke recounts
            ArticleQuery storyList = ArticleQuery.ALL.withGrouped(true);
            timed(out, "sidebar_counts_ms", 20, () -> time(() -> ctx.articles().sidebarCounts(storyList).provinces().size()));
            timed(out, "sidebar_counts_province_ms", 20, () -> {
                Set<String> one = Set.of(ids.get(pick.nextInt(ids.size())));
                return time(() -> ctx.articles().sidebarCounts(storyList.withProvinces(one), false).all());
            });
            timed(out, "sidebar_counts_search_ms", 10, () -> time(() -> ctx.articles().sidebarCounts(storyList.withText(BenchCorpus.COMMON)).all()));
            List<ArticleSummary> firstPage = ctx.articles().page(ArticleQuery.ALL, null, 50).items();
            timed(out, "bookmark_toggle_ms", 60, () -> {
                ArticleSummary a = firstPage.get(pick.nextInt(firstPage.size()));
                return time(() -> {
                    ctx.statuses().setBookmarked(a.key(), pick.nextBoolean());
                    return 1;
                });
            });
            timed(out, "open_article_ms", 60, () -> {
                ArticleSummary a = firstPage.get(pick.nextInt(firstPage.size()));
                return time(() -> ctx.articles().findByKey(a.key()).map(x -> x.body().size()).orElse(0));
            });
        }
        out.put("db_bytes", Files.size(dbFile) + sizeOr0(Path.of(dbFile + "-wal")));
        out.put("peak_rss_mb", peakRssMb());
        return out;
    }

    private static long sizeOr0(Path p) throws IOException {
        return Files.exists(p) ? Files.size(p) : 0;
    }

    private static double time(LongSupplier work) {
        long t0 = System.nanoTime();
        long sink = work.getAsLong();
        double ms = (System.nanoTime() - t0) / 1e6;
        return sink == Long.MIN_VALUE ? -ms : ms;
    }

    private interface Sample {
        double take();
    }

    private static void timed(Map<String, Object> out, String key, int runs, Sample s) {
        for (int i = 0; i < 3; i++) {
            s.take(); // warm the caches and the JIT; these runs are not counted
        }
        double[] v = new double[runs];
        for (int i = 0; i < runs; i++) {
            v[i] = s.take();
        }
        Arrays.sort(v);
        out.put(key, round(v[runs / 2]));
        out.put(key + "_p95", round(v[(int) Math.ceil(runs * 0.95) - 1]));
    }

    private static double round(double ms) {
        return Math.round(ms * 100) / 100.0;
    }

    static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through to the JVM's own figure
        }
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory()) / (1024 * 1024);
    }
}
