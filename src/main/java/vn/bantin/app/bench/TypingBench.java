package vn.bantin.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bantin.app.AppContext;
import vn.bantin.domain.ArticleQuery;

/**
 * {@code bench --typing}: what a reader waits for while typing a search. Every 1-, 2- and 3-letter prefix of the
 * corpus's 200 most common words is searched as the box searches it (the last word still being typed, the
 * window's default list of stories): the first page, then, apart, the count that follows it. {@code rounds}
 * passes over all of them; the last is reported, so that the first warms the caches.
 */
public final class TypingBench {
    static final int WORDS = 200;
    /** Words typed letter by letter, and the time between two letters (a quick typist). */
    private static final int TYPED_WORDS = 10;
    private static final long KEY_MS = 150;

    private TypingBench() {
    }

    public static Map<String, Object> run(Path db, int rounds, PrintWriter progress) {
        Set<String> prefixes = new LinkedHashSet<>();
        for (String w : BenchCorpus.commonWords(WORDS)) {
            for (int n = 1; n <= 3 && n <= w.length(); n++) {
                prefixes.add(w.substring(0, n));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("db", db.toString());
        out.put("prefixes", prefixes.size());
        try (AppContext ctx = AppContext.open(db)) {
            out.put("articles", ctx.articles().count(ArticleQuery.ALL));
            double[] page = new double[prefixes.size()];
            double[] count = new double[prefixes.size()];
            String slowest = "";
            for (int r = 0; r < Math.max(1, rounds); r++) {
                int i = 0;
                double worst = -1;
                for (String p : prefixes) {
                    ArticleQuery q = ArticleQuery.ALL.withGrouped(true).withText(p);
                    long t0 = System.nanoTime();
                    int rows = ctx.articles().page(q, null, 50).items().size();
                    page[i] = (System.nanoTime() - t0) / 1e6;
                    long t1 = System.nanoTime();
                    long n = ctx.articles().count(q);
                    count[i] = (System.nanoTime() - t1) / 1e6;
                    if (page[i] > worst) {
                        worst = page[i];
                        slowest = p + " (" + Math.round(page[i]) + " ms, " + rows + " rows, " + n + " matches)";
                    }
                    i++;
                }
                if (progress != null) {
                    progress.printf("  pass %d of %d: page median %.1f ms, slowest %s%n", r + 1, rounds,
                            quantile(page, 0.5), slowest);
                    progress.flush();
                }
            }
            out.put("typed_page_ms", quantile(page, 0.5));
            out.put("typed_page_p99_ms", quantile(page, 0.99));
            out.put("typed_page_max_ms", quantile(page, 1.0));
            out.put("typed_page_over_50ms", Arrays.stream(page).filter(ms -> ms > 50).count());
            out.put("typed_count_ms", quantile(count, 0.5));
            out.put("typed_count_p99_ms", quantile(count, 0.99));
            out.put("slowest_page", slowest);
            List<String> by = new ArrayList<>();
            for (int n = 1; n <= 3; n++) {
                int len = n;
                double[] some = new double[prefixes.size()];
                int k = 0;
                int i = 0;
                for (String p : prefixes) {
                    if (p.length() == len) {
                        some[k++] = page[i];
                    }
                    i++;
                }
                double[] these = Arrays.copyOf(some, k);
                by.add(len + " letters: " + k + " prefixes, median " + quantile(these, 0.5) + " ms, p99 " + quantile(these, 0.99) + " ms");
            }
            out.put("by_length", by);
            typing(ctx, out, true, progress);
            typing(ctx, out, false, progress);
        }
        return out;
    }

    /**
     * Words typed a letter at a time as the window asks: each letter's page, then its count and its sidebar numbers
     * in the background, the next letter {@link #KEY_MS} later. The page is timed from its letter, so that it counts
     * any wait for the read connection behind the numbers of the letter before; {@code giveUp}: those numbers stop
     * when their letter is typed over, as the window's do.
     */
    private static void typing(AppContext ctx, Map<String, Object> out, boolean giveUp, PrintWriter progress) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        java.util.concurrent.atomic.AtomicInteger current = new java.util.concurrent.atomic.AtomicInteger();
        List<Double> pages = new ArrayList<>();
        try {
            for (String w : BenchCorpus.commonWords(WORDS).stream().filter(x -> x.length() >= 6).limit(TYPED_WORDS).toList()) {
                for (int n = 3; n <= w.length(); n++) {
                    int gen = current.incrementAndGet();
                    ArticleQuery q = ArticleQuery.ALL.withGrouped(true).withText(w.substring(0, n));
                    java.util.function.BooleanSupplier abandoned = giveUp ? () -> gen != current.get() : () -> false;
                    long t0 = System.nanoTime();
                    ctx.articles().page(q, null, 50);
                    pages.add((System.nanoTime() - t0) / 1e6);
                    pool.submit(() -> ctx.articles().count(q, abandoned));
                    pool.submit(() -> ctx.articles().sidebarCounts(q, true, abandoned));
                    Thread.sleep(KEY_MS);
                }
            }
            current.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow(); // numbers still queued for words typed over are not wanted by anyone
            try {
                pool.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        double[] v = pages.stream().mapToDouble(Double::doubleValue).toArray();
        String key = giveUp ? "typing_letters_" : "typing_letters_numbers_kept_on_";
        out.put(key + "page_ms", quantile(v, 0.5));
        out.put(key + "page_p99_ms", quantile(v, 0.99));
        if (progress != null) {
            progress.printf("  typing %d letters (numbers %s): page median %.1f ms, p99 %.1f ms%n", v.length,
                    giveUp ? "given up" : "counted on", quantile(v, 0.5), quantile(v, 0.99));
            progress.flush();
        }
    }

    static double quantile(double[] values, double q) {
        if (values.length == 0) {
            return 0;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int at = (int) Math.ceil(q * v.length) - 1;
        return Math.round(v[Math.max(0, Math.min(v.length - 1, at))] * 100) / 100.0;
    }
}
