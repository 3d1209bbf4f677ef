package vn.bantin.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import vn.bantin.app.AppContext;
import vn.bantin.app.AppPaths;
import vn.bantin.app.BantinApp;
import vn.bantin.ui.MainWindow;
import vn.bantin.ui.list.ArticleListViewModel;

/**
 * {@code bantin bench --ui}: the window as a reader meets it. Each run starts two fresh processes with this
 * JVM's options: an empty JavaFX window of the same size (the floor any JavaFX app starts from) and Bantin on
 * the given database, which reports when its list is first on the screen, then filters by a province and scrolls the
 * list from top to bottom a page per frame, timing every frame, then opens an article (the memory of reading).
 */
public final class UiBench {
    /** Set in the window process: the province to scroll through. */
    public static final String PROPERTY = "bantin.uiBench";
    /** Set in a child process: the wall-clock time (ms) its parent launched it, which its times count from. */
    static final String LAUNCHED_PROPERTY = "bantin.bench.launchedAt";
    private static final String LINE = "bantin-ui-bench ";
    /** How long a first frame may take to reach the screen before the screen is taken to be unreadable. */
    static final long SCREEN_WAIT_MS = 5_000;
    /** A scroll that has not reached the bottom by then is reported as it stands. */
    private static final long SCROLL_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(180);

    private UiBench() {
    }

    /** The child processes' entry: {@code empty}, or {@code window FILE}. Not an Application itself, so the launcher lets JavaFX load from the class path. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("empty")) {
            Application.launch(EmptyWindow.class);
        } else {
            BantinApp.main(new String[] {"--db", args[1]});
        }
    }

    /** The floor: nothing but a window of Bantin's default size, one colour, so that the screen tells when it is up. */
    public static final class EmptyWindow extends Application {
        @Override
        public void start(Stage stage) {
            javafx.scene.paint.Color fill = javafx.scene.paint.Color.web("#2f6f9f");
            Scene scene = new Scene(new StackPane(), 1280, 800, fill);
            stage.setScene(scene);
            stage.setTitle("empty");
            stage.show();
            FirstPixels seen = FirstPixels.ofFill(stage, fill);
            long[] laidOut = {-1};
            scene.addPostLayoutPulseListener(() -> {
                if (laidOut[0] < 0) {
                    laidOut[0] = sinceStart();
                }
            });
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    // a screen that cannot be read back (a headless test) gives the first layout's time instead
                    boolean blind = laidOut[0] >= 0 && sinceStart() - laidOut[0] > SCREEN_WAIT_MS;
                    if (seen.ms() >= 0 || blind) {
                        stop();
                        long ms = seen.ms() >= 0 ? seen.ms() : laidOut[0];
                        // /proc is read off the FX thread
                        CompletableFuture.runAsync(() -> {
                            report(Map.of("first_paint_ms", ms, "first_paint_seen", seen.ms() >= 0, "peak_rss_mb", Bench.peakRssMb()));
                            Platform.exit();
                        });
                    }
                }
            }.start();
        }
    }

    /**
     * When the list's text is first on the screen, read back from the screen at every pulse from now on
     * (milliseconds since the process started; -1 until then). For the benches, which compare it with the empty
     * window's, measured the same way.
     */
    public static java.util.function.LongSupplier watchList(Stage stage) {
        return FirstPixels.ofList(stage)::ms;
    }

    /**
     * Milliseconds since this process started: from the moment the bench launched it when it did, else from Linux's
     * own count of the process's age. The JDK's start instant is not used where /proc is: on Linux it adds the
     * process's age to the boot time rounded down to the second, so it is up to a second late, by the same amount
     * for every process of a boot, and a ratio of two such times is wrong.
     */
    public static long sinceStart() {
        String launched = System.getProperty(LAUNCHED_PROPERTY);
        if (launched != null) {
            return System.currentTimeMillis() - Long.parseLong(launched);
        }
        long age = processAgeMillis();
        return age >= 0 ? age
                : Duration.between(ProcessHandle.current().info().startInstant().orElse(Instant.now()), Instant.now()).toMillis();
    }

    /** From /proc: the system's uptime less the process's start in clock ticks since boot (100 a second), or -1. */
    static long processAgeMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the fields after the command's name, which may hold spaces, in parentheses; the start is the 22nd field
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(f[19]);
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round(uptime * 1000 - startTicks * 10.0);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static void report(Map<String, Object> figures) {
        try {
            System.out.println(LINE + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(figures));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        System.out.flush();
    }

    /**
     * In the window process, once the list is painted: filter by the province, scroll to the end a page per frame,
     * then report and quit.
     */
    public static void measure(Stage stage, MainWindow window, java.util.function.LongSupplier firstPaintMs,
                               java.util.function.LongSupplier firstSeen, long windowMs, String province, boolean pictured) {
        ArticleListViewModel list = window.viewModel().list();
        List<Double> frames = new ArrayList<>();
        window.viewModel().showProvince(province);
        Map<String, Object> out = new LinkedHashMap<>();
        new AnimationTimer() {
            private long previous;
            private long started;
            private boolean scrolling;

            @Override
            public void handle(long now) {
                if (!scrolling) {
                    // the filtered list has arrived when it is not loading and its query is the province's
                    boolean ready = !list.loadingProperty().get()
                            && list.queryProperty().get().provinceIds().contains(province) && !list.items().isEmpty();
                    if (ready) {
                        scrolling = true;
                        started = now;
                        previous = now;
                    }
                    return;
                }
                frames.add((now - previous) / 1e6);
                previous = now;
                boolean moved = window.articleList().pageDown();
                boolean atEnd = !moved && !list.hasMore() && !list.loadingProperty().get();
                if (atEnd || now - started > SCROLL_LIMIT_NANOS) {
                    stop();
                    out.put("first_paint_ms", firstPaintMs.getAsLong());
                    out.put("first_paint_seen", firstSeen.getAsLong() >= 0);
                    out.put("first_paint_pictured", pictured);
                    out.put("window_ms", windowMs);
                    out.put("province", province);
                    out.put("rows", list.items().size());
                    out.put("rows_total", list.totalProperty().get());
                    out.put("reached_end", atEnd);
                    if (!atEnd) { // what kept the scroll from its end, for whoever reads the progress lines
                        out.put("stopped_with", "moved=" + moved + " more=" + list.hasMore() + " loading="
                                + list.loadingProperty().get() + " rows=" + list.items().size());
                    }
                    out.put("scroll_s", Math.round((now - started) / 1e7) / 100.0);
                    double[] v = frames.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                    out.put("frames", v.length);
                    out.put("frame_ms", Math.round(v[v.length / 2] * 100) / 100.0);
                    out.put("frame_ms_p95", Math.round(v[(int) Math.ceil(v.length * 0.95) - 1] * 100) / 100.0);
                    out.put("frame_ms_max", Math.round(v[v.length - 1] * 100) / 100.0);
                    out.put("frames_over_33ms", Arrays.stream(v).filter(x -> x > 33.4).count());
                    // the peak so far is read (off the FX thread) before an article opens and WebKit starts
                    CompletableFuture.supplyAsync(Bench::peakRssMb).thenAccept(mb -> Platform.runLater(() -> {
                        out.put("scroll_peak_rss_mb", mb);
                        list.select(0);
                        afterReading(window, out);
                    }));
                }
            }
        }.start();
    }

    /** Once an article has been open in the reading view for a second: the peak memory of reading, then quit. */
    private static void afterReading(MainWindow window, Map<String, Object> out) {
        PauseTransition second = new PauseTransition(javafx.util.Duration.seconds(1));
        second.setOnFinished(e -> {
            if (window.viewModel().detail().articleProperty().get() == null) {
                second.playFromStart();
                return;
            }
            CompletableFuture.runAsync(() -> {
                out.put("peak_rss_mb", Bench.peakRssMb());
                report(out);
                Platform.exit();
            });
        });
        second.play();
    }

    /** The parent's side: {@code runs} pairs of processes, medians of what they report. */
    public static Map<String, Object> run(Path db, String province, int runs, java.io.PrintWriter progress)
            throws IOException, InterruptedException {
        List<Map<String, Object>> empty = new ArrayList<>();
        List<Map<String, Object>> app = new ArrayList<>();
        List<Map<String, Object>> map = new ArrayList<>();
        Path dataDir = Files.createTempDirectory("bantin-ui-bench");
        // the map's runs start with the map shown, as a reader who left it open finds it
        Path mapDataDir = Files.createTempDirectory("bantin-ui-bench-map");
        Files.writeString(mapDataDir.resolve("settings.properties"), "sidebar.map=true\n");
        try {
            for (int i = 0; i < runs; i++) {
                empty.add(child(List.of("empty"), dataDir, Map.of()));
                app.add(child(List.of("window", db.toString()), dataDir, Map.of(PROPERTY, province)));
                map.add(child(List.of("window", db.toString()), mapDataDir, Map.of(MapBench.PROPERTY, province)));
                if (progress != null) {
                    progress.printf("  run %d of %d: empty window %s ms, Bantin %s ms%s (its controls %s ms), %s frames;"
                                    + " with the map %s ms, drawn at %s ms, reshade %s ms (p95 %s), zoom %s fps%n", i + 1, runs,
                            empty.get(i).get("first_paint_ms"), app.get(i).get("first_paint_ms"),
                            Boolean.TRUE.equals(app.get(i).get("first_paint_pictured")) ? " (the kept picture)" : " (drawn as text)",
                            app.get(i).get("window_ms"),
                            app.get(i).get("frames"), map.get(i).get("window_ms"), map.get(i).get("map_drawn_ms"), map.get(i).get("reshade_ms"),
                            map.get(i).get("reshade_ms_p95"), map.get(i).get("zoom_fps"));
                    if (app.get(i).containsKey("stopped_with")) {
                        progress.printf("    the scroll stopped short of the end: %s%n", app.get(i).get("stopped_with"));
                    }
                    progress.flush();
                }
            }
        } finally {
            for (Path dir : List.of(dataDir, mapDataDir)) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("db", db.toString());
        out.put("runs", runs);
        out.put("province", province);
        double emptyMs = median(empty, "first_paint_ms");
        double appMs = median(app, "first_paint_ms");
        out.put("empty_window_first_paint_ms", emptyMs);
        out.put("first_paint_ms", appMs);
        out.put("first_paint_ratio", Math.round(appMs / emptyMs * 100) / 100.0);
        // each run's own: the first run has no picture kept yet and draws the page as text (decision 0022)
        out.put("empty_window_first_paint_runs_ms", empty.stream().map(m -> m.get("first_paint_ms")).toList());
        out.put("first_paint_runs_ms", app.stream().map(m -> m.get("first_paint_ms")).toList());
        out.put("first_paint_runs_pictured", app.stream().map(m -> Boolean.TRUE.equals(m.get("first_paint_pictured"))).toList());
        // both read back from the screen, unless it could not be read (then each its first layout's time)
        out.put("first_paint_seen_on_screen", empty.stream().allMatch(m -> Boolean.TRUE.equals(m.get("first_paint_seen")))
                && app.stream().allMatch(m -> Boolean.TRUE.equals(m.get("first_paint_seen"))));
        // the first frame draws the list's page as text; the window with its controls follows (WindowStart)
        double windowMs = median(app, "window_ms");
        out.put("window_ms", windowMs);
        out.put("window_ratio", Math.round(windowMs / emptyMs * 100) / 100.0);
        out.put("scroll_rows", app.get(0).get("rows"));
        out.put("scroll_rows_total", app.get(0).get("rows_total"));
        out.put("scroll_reached_end", app.stream().allMatch(m -> Boolean.TRUE.equals(m.get("reached_end"))));
        out.put("scroll_frames", median(app, "frames"));
        out.put("scroll_frame_ms", median(app, "frame_ms"));
        out.put("scroll_frame_ms_p95", median(app, "frame_ms_p95"));
        out.put("scroll_frame_ms_max", median(app, "frame_ms_max"));
        out.put("scroll_frames_over_33ms", median(app, "frames_over_33ms"));
        out.put("window_peak_rss_mb", max(app, "scroll_peak_rss_mb"));
        out.put("window_reading_peak_rss_mb", max(app, "peak_rss_mb"));
        out.put("empty_window_peak_rss_mb", max(empty, "peak_rss_mb"));
        // the map is in the sidebar, which joins the window after its first frames: its cost is in the window's time
        double mapMs = median(map, "window_ms");
        out.put("map_shown_window_ms", mapMs);
        out.put("map_start_cost_ms", Math.round((mapMs - windowMs) * 100) / 100.0);
        out.put("map_drawn_ms", median(map, "map_drawn_ms"));
        out.put("map_timeline_ms", median(map, "timeline_ms"));
        for (String k : List.of("reshade_ms", "reshade_ms_p95", "reshade_ms_max", "reshade_numbers_ms", "reshade_numbers_ms_p95",
                "reshade_counts_arrived_ms", "zoom_frame_ms", "zoom_frame_ms_p95",
                "zoom_frame_ms_max", "zoom_fps", "pan_frame_ms", "pan_frame_ms_p95", "pan_frame_ms_max", "pan_fps")) {
            out.put("map_" + k, median(map, k));
        }
        out.put("map_reshade_by_step_ms", byStep(map));
        out.put("map_peak_rss_mb", max(map, "peak_rss_mb"));
        return out;
    }

    private static double median(List<Map<String, Object>> runs, String key) {
        double[] v = runs.stream().mapToDouble(m -> ((Number) m.get(key)).doubleValue()).sorted().toArray();
        double m = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        return Math.round(m * 100) / 100.0;
    }

    /** Each step's median over the runs' medians. */
    @SuppressWarnings("unchecked")
    private static Map<String, Double> byStep(List<Map<String, Object>> runs) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String step : ((Map<String, Object>) runs.get(0).get("reshade_by_step_ms")).keySet()) {
            out.put(step, median(runs.stream().map(m -> (Map<String, Object>) m.get("reshade_by_step_ms"))
                    .filter(m -> m.containsKey(step)).map(m -> Map.of("v", m.get(step))).toList(), "v"));
        }
        return out;
    }

    private static long max(List<Map<String, Object>> runs, String key) {
        return Math.round(runs.stream().mapToDouble(m -> ((Number) m.get(key)).doubleValue()).max().orElse(0));
    }

    /** One child process with this JVM's options and class path; its report line parsed. */
    static Map<String, Object> child(List<String> args, Path dataDir, Map<String, String> properties)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // the launcher turns --module-path and --add-modules into these, and refuses them given back as they are
            if (a.startsWith("-Djdk.module.path=")) {
                cmd.add("--module-path");
                cmd.add(a.substring("-Djdk.module.path=".length()));
            } else if (a.startsWith("-Djdk.module.addmods")) {
                cmd.add("--add-modules");
                cmd.add(a.substring(a.indexOf('=') + 1));
            } else if (!a.startsWith("-Djdk.module.") && !a.startsWith("-agentlib") && !a.startsWith("-XX:StartFlightRecording")
                    && !a.startsWith("-D" + AppPaths.DATA_DIR_PROPERTY) && !a.startsWith("-D" + LAUNCHED_PROPERTY)) {
                cmd.add(a);
            }
        }
        // headless test runs set these at run time, not on the command line
        for (String p : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text", "java.awt.headless")) {
            String v = System.getProperty(p);
            if (v != null) {
                cmd.add("-D" + p + "=" + v);
            }
        }
        cmd.add("-D" + AppPaths.DATA_DIR_PROPERTY + "=" + dataDir);
        properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.add("-D" + LAUNCHED_PROPERTY + "=" + System.currentTimeMillis());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(UiBench.class.getName());
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String report = null;
        StringBuilder said = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith(LINE)) {
                    report = line.substring(LINE.length());
                } else if (said.length() < 4000) {
                    said.append(line).append('\n');
                }
            }
        }
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        if (report == null) {
            throw new IOException("the " + args.get(0) + " process reported nothing (exit " + p.exitValue() + "):\n" + said);
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().readValue(report,
                new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Object>>() { });
    }
}
