package vn.bantin.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.bantin.app.AppContext;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.service.export.ExportFormat;
import vn.bantin.service.export.Exporter;

/**
 * {@code bench --export}: every article of a file written in each format, {@code rounds} times, the median time,
 * the rate and the file's size; beside them, in the same run, the sqlite3 shell writing the same articles' text
 * as CSV and JSON (the floor: no pictures, no formatting, one query).
 */
public final class ExportBench {
    private ExportBench() {
    }

    public static Map<String, Object> run(Path db, int rounds, java.io.PrintWriter progress) throws IOException, InterruptedException {
        Map<String, Object> out = new LinkedHashMap<>();
        Path dir = Files.createTempDirectory("bantin-export-bench");
        try (AppContext ctx = AppContext.open(db)) {
            int articles = ctx.exporter().selection(ArticleQuery.ALL).size();
            out.put("db", db.toString());
            out.put("articles", articles);
            for (ExportFormat f : ExportFormat.values()) {
                List<Double> ms = new ArrayList<>();
                long bytes = 0;
                for (int r = 0; r < rounds; r++) {
                    Path file = dir.resolve("all." + f.extension());
                    long t0 = System.nanoTime();
                    ctx.exporter().export(ArticleQuery.ALL, new Exporter.Options(f, "Bench"), file, Exporter.Progress.NONE, () -> false);
                    ms.add((System.nanoTime() - t0) / 1e6);
                    bytes = Files.size(file);
                    Files.delete(file);
                }
                double median = median(ms);
                out.put(f.cliName() + "_ms", Math.round(median));
                out.put(f.cliName() + "_articles_per_s", Math.round(articles / (median / 1000)));
                out.put(f.cliName() + "_mb", Math.round(bytes / 1e5) / 10.0);
                if (progress != null) {
                    progress.printf("  %-9s %8.0f ms  %7d articles/s  %7.1f MB%n", f.cliName(), median,
                            Math.round(articles / (median / 1000)), bytes / 1e6);
                    progress.flush();
                }
            }
        }
        window(out, db, rounds, progress);
        peer(out, db, dir, rounds, "csv", progress);
        peer(out, db, dir, rounds, "json", progress);
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
        return out;
    }

    /** The same export from a window (EPUB, the slowest format), with the window's frames meanwhile; needs a display. */
    private static void window(Map<String, Object> out, Path db, int rounds, java.io.PrintWriter progress)
            throws IOException, InterruptedException {
        boolean monocle = "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"));
        if (!monocle && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            out.put("window", "no display: run under xvfb-run for the window's figures");
            return;
        }
        List<Map<String, Object>> runs = new ArrayList<>();
        Path dataDir = Files.createTempDirectory("bantin-export-ui");
        for (int r = 0; r < rounds; r++) {
            Map<String, Object> m = UiBench.child(List.of("window", db.toString()), dataDir, Map.of(ExportUiBench.PROPERTY, "epub"));
            runs.add(m);
            if (progress != null) {
                progress.printf("  window run %d: %s ms, frames median %s ms, p95 %s, max %s, over 100 ms: %s, progress steps %s%n",
                        r + 1, m.get("export_window_ms"), m.get("export_frame_ms"), m.get("export_frame_ms_p95"),
                        m.get("export_frame_ms_max"), m.get("export_frames_over_100ms"), m.get("export_progress_steps"));
                progress.flush();
            }
        }
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        for (String k : List.of("export_window_ms", "export_frame_ms", "export_frame_ms_p95", "export_frame_ms_max",
                "export_frames_over_100ms", "export_progress_steps")) {
            out.put("window_" + k, median(runs.stream().map(m -> ((Number) m.get(k)).doubleValue()).toList()));
        }
        out.put("window_export_status", runs.get(runs.size() - 1).get("export_status"));
    }

    /** The sqlite3 shell writing the articles' columns in {@code mode}, when it is installed. */
    private static void peer(Map<String, Object> out, Path db, Path dir, int rounds, String mode, java.io.PrintWriter progress)
            throws IOException, InterruptedException {
        List<Double> ms = new ArrayList<>();
        Path file = dir.resolve("peer." + mode);
        // the shell cannot unpack the bodies (zstd, the file's dictionary): it reads them as text from a side file,
        // written before its clock starts
        Path side = dir.resolve("peer-bodies.db");
        if (!Files.exists(side)) {
            vn.bantin.data.sqlite.PlainBodies.write(db, side);
        }
        String sql = "ATTACH '" + side.toString().replace("'", "''") + "' AS p;"
                + " SELECT a.uid, a.title, s.name, a.author, a.published_at, a.url, a.lead, b.body, t.captions"
                + " FROM articles a JOIN sources s ON s.id = a.source_id JOIN article_texts t ON t.article_id = a.id"
                + " JOIN p.bodies b ON b.article_id = a.id ORDER BY a.sort_ts";
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            Process p;
            try {
                p = new ProcessBuilder("sqlite3", "-readonly", "-" + mode, db.toString(), sql)
                        .redirectOutput(file.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                out.put("sqlite3_" + mode + "_ms", "not installed");
                return;
            }
            if (p.waitFor() != 0) {
                out.put("sqlite3_" + mode + "_ms", "failed");
                return;
            }
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        out.put("sqlite3_" + mode + "_ms", Math.round(median(ms)));
        out.put("sqlite3_" + mode + "_mb", Math.round(Files.size(file) / 1e5) / 10.0);
        if (progress != null) {
            progress.printf("  sqlite3 %-5s %6.0f ms (peer)%n", mode, median(ms));
            progress.flush();
        }
    }

    private static double median(List<Double> v) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a[a.length / 2];
    }
}
