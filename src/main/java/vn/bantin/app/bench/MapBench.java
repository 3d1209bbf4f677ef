package vn.bantin.app.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import vn.bantin.ui.MainViewModel;
import vn.bantin.ui.MainWindow;
import vn.bantin.ui.map.MapView;
import vn.bantin.ui.provinces.ProvincesViewModel;
import vn.bantin.ui.timeline.TimelineViewModel;

/**
 * The map's run of {@code bench --ui}, in a window started with the map shown: how long after the start the map is
 * drawn, how long each change of the selection takes to reshade it (from the change to the first pulse that laid out
 * the map as it stands once the sidebar's new numbers are in: a click's outline at once, new shades with the numbers;
 * and, as before, to the pulse after the numbers), and the frames while it zooms in and out and pans, a step a frame.
 */
public final class MapBench {
    /** Set in the window process (to the province to click): start with the map shown and time it. */
    public static final String PROPERTY = "bantin.uiBench.map";
    private static final long STEP_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final int ROUNDS = 3;
    private static final int ZOOM_FRAMES = 120;

    private final Stage stage;
    private final MainViewModel vm;
    private final Map<String, Object> out = new LinkedHashMap<>();
    private final Map<String, List<Double>> reshade = new LinkedHashMap<>();
    /** Of each change, the part until its numbers arrived (the rest is the window's: shading, layout). */
    private final List<Double> arrivals = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private int next;
    private ListChangeListener<Object> paging;
    /** What the map showed at each pulse since the change, and when. */
    private final List<Seen> seen = new ArrayList<>();
    private Runnable watch;

    private record Seen(double ms, List<Object> drawing) {
    }

    private record Step(String name, Runnable change) {
    }

    private MapBench(Stage stage, MainWindow window, long firstPaintMs, long windowMs) {
        this.stage = stage;
        this.vm = window.viewModel();
        out.put("first_paint_ms", firstPaintMs);
        out.put("window_ms", windowMs);
    }

    /** In the window process, once the list is painted. */
    public static void measure(Stage stage, MainWindow window, long firstPaintMs, long windowMs) {
        new MapBench(stage, window, firstPaintMs, windowMs).waitForMap();
    }

    private Scene scene() {
        return stage.getScene();
    }

    private MapView map() {
        return (MapView) scene().lookup("#map-view");
    }

    /** The map drawn (its outlines read and built, a pulse laid it out), then the timeline's bars counted. */
    private void waitForMap() {
        new AnimationTimer() {
            private boolean drawn;

            @Override
            public void handle(long now) {
                if (!drawn && map() != null && map().canvas().getWidth() > 0) {
                    drawn = true;
                    out.put("map_drawn_ms", UiBench.sinceStart());
                }
                TimelineViewModel t = vm.timeline();
                if (drawn && !t.barsProperty().get().isEmpty() && !t.loadingProperty().get()) {
                    stop();
                    out.put("timeline_ms", UiBench.sinceStart());
                    plan();
                    step();
                }
            }
        }.start();
    }

    /** Every change a reader makes to what the map shows, {@link #ROUNDS} times over. */
    private void plan() {
        ProvincesViewModel p = vm.provinces();
        String province = System.getProperty(PROPERTY);
        for (int i = 0; i < ROUNDS; i++) {
            steps.add(new Step("unread", () -> p.chooseSpecial(ProvincesViewModel.Special.UNREAD)));
            steps.add(new Step("bookmarks", () -> p.chooseSpecial(ProvincesViewModel.Special.BOOKMARKS)));
            steps.add(new Step("all", () -> p.chooseSpecial(ProvincesViewModel.Special.ALL)));
            steps.add(new Step("units_34", () -> p.modeProperty().set(ProvincesViewModel.Mode.UNITS_2025)));
            steps.add(new Step("provinces_63", () -> p.modeProperty().set(ProvincesViewModel.Mode.PROVINCES_63)));
            steps.add(new Step("province_click", () -> p.selectOnly(province)));
            steps.add(new Step("province_unclick", () -> p.toggle(province)));
            steps.add(new Step("last_month", () -> vm.timeline().choose(TimelineViewModel.Preset.MONTH)));
            steps.add(new Step("last_week", () -> vm.timeline().choose(TimelineViewModel.Preset.WEEK)));
            steps.add(new Step("all_time", () -> vm.timeline().choose(TimelineViewModel.Preset.ALL)));
        }
    }

    /** One change: timed from the call to the pulse after the sidebar's entries (and so the map's shades) changed. */
    private void step() {
        if (next == steps.size()) {
            summariseReshades();
            zoom();
            return;
        }
        Step s = steps.get(next++);
        long[] started = new long[1];
        ListChangeListener<Object> arrived = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<?> c) {
                vm.provinces().entries().removeListener(this);
                arrivals.add((System.nanoTime() - started[0]) / 1e6);
                reshade.computeIfAbsent(s.name() + "_counted", k -> new ArrayList<>()).add((System.nanoTime() - started[0]) / 1e6);
                // numbers that leave every shade as it was dirty nothing: without asking, the next pulse may be seconds away
                Platform.requestNextPulse();
                scene().addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene().removePostLayoutPulseListener(this);
                        scene().removePostLayoutPulseListener(watch);
                        double now = (System.nanoTime() - started[0]) / 1e6;
                        reshade.computeIfAbsent(s.name() + "_numbers", k -> new ArrayList<>()).add(now);
                        // the map as it is now is what the change made of it: it was drawn so since the first pulse of
                        // the last run of pulses that showed it so (a click's outline comes at once; the numbers beside
                        // the provinces do not change with it)
                        List<Object> last = drawing();
                        double since = now;
                        for (int i = seen.size() - 1; i >= 0 && seen.get(i).drawing().equals(last); i--) {
                            since = seen.get(i).ms();
                        }
                        reshade.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(since);
                        // a pause between changes, as a reader's, so that one change's work does not overlap the next
                        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
                        pause.setOnFinished(e -> step());
                        pause.play();
                    }
                });
            }
        };
        // when the list's page came, beside the numbers: its layout may share the map's pulse
        ListChangeListener<Object> paged = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<?> c) {
                vm.list().items().removeListener(this);
                reshade.computeIfAbsent(s.name() + "_page", k -> new ArrayList<>()).add((System.nanoTime() - started[0]) / 1e6);
            }
        };
        if (paging != null) { // the last change left the page as it was
            vm.list().items().removeListener(paging);
        }
        paging = paged;
        vm.list().items().addListener(paged);
        seen.clear();
        watch = () -> seen.add(new Seen((System.nanoTime() - started[0]) / 1e6, drawing()));
        scene().addPostLayoutPulseListener(watch);
        vm.provinces().entries().addListener(arrived);
        started[0] = System.nanoTime();
        s.change().run();
        javafx.animation.PauseTransition limit = new javafx.animation.PauseTransition(javafx.util.Duration.millis(
                TimeUnit.NANOSECONDS.toMillis(STEP_LIMIT_NANOS)));
        int index = next;
        limit.setOnFinished(e -> {
            if (next == index) { // still waiting: counted as the limit, and the run goes on
                vm.provinces().entries().removeListener(arrived);
                scene().removePostLayoutPulseListener(watch);
                reshade.computeIfAbsent(s.name() + "_timed_out", k -> new ArrayList<>()).add(STEP_LIMIT_NANOS / 1e6);
                step();
            }
        });
        limit.play();
    }

    /** What the map shows: each outline's fill, line, width and marks, and the legend's words. */
    private List<Object> drawing() {
        List<Object> out = new ArrayList<>();
        for (javafx.scene.Node n : map().shapeNodes()) {
            javafx.scene.shape.Shape shape = (javafx.scene.shape.Shape) n;
            out.add(List.of(String.valueOf(shape.getFill()), String.valueOf(shape.getStroke()), shape.getStrokeWidth(),
                    List.copyOf(shape.getStyleClass())));
        }
        map().legendEntries().forEach(e -> out.add(e.label()));
        return out;
    }

    private void summariseReshades() {
        List<Double> every = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        Map<String, Object> byStep = new LinkedHashMap<>();
        reshade.forEach((name, ms) -> {
            byStep.put(name, round(median(ms)));
            if (name.endsWith("_numbers")) {
                numbers.addAll(ms);
            } else if (!name.endsWith("_counted") && !name.endsWith("_page")) {
                every.addAll(ms);
            }
        });
        double[] v = every.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        out.put("reshade_ms", round(v[v.length / 2]));
        out.put("reshade_ms_p95", round(v[(int) Math.ceil(v.length * 0.95) - 1]));
        out.put("reshade_ms_max", round(v[v.length - 1]));
        double[] n = numbers.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        out.put("reshade_numbers_ms", round(n[n.length / 2]));
        out.put("reshade_numbers_ms_p95", round(n[(int) Math.ceil(n.length * 0.95) - 1]));
        out.put("reshade_by_step_ms", byStep);
        out.put("reshade_counts_arrived_ms", round(median(arrivals)));
    }

    /** Zoom in and out about the middle a step a frame, then pan the zoomed map round, timing every frame. */
    private void zoom() {
        MapView map = map();
        double cx = map.canvas().getWidth() / 2;
        double cy = map.canvas().getHeight() / 2;
        List<Double> zoomFrames = new ArrayList<>();
        List<Double> panFrames = new ArrayList<>();
        new AnimationTimer() {
            private long previous;
            private long started;
            private int frame;

            @Override
            public void handle(long now) {
                if (frame == 0) {
                    started = now;
                } else {
                    (frame <= ZOOM_FRAMES ? zoomFrames : panFrames).add((now - previous) / 1e6);
                }
                previous = now;
                if (frame < ZOOM_FRAMES) {
                    // in to 10x over the first half, out again over the second
                    map.zoomAt(frame < ZOOM_FRAMES / 2 ? 1.04 : 1 / 1.04, cx, cy);
                } else if (frame < ZOOM_FRAMES * 2) {
                    double a = 2 * Math.PI * (frame - ZOOM_FRAMES) / ZOOM_FRAMES;
                    map.panBy(12 * Math.cos(a), 12 * Math.sin(a));
                } else {
                    stop();
                    frames("zoom", zoomFrames);
                    frames("pan", panFrames);
                    out.put("zoom_pan_s", round((now - started) / 1e9));
                    CompletableFuture.runAsync(() -> {
                        out.put("peak_rss_mb", Bench.peakRssMb());
                        UiBench.report(out);
                        Platform.exit();
                    });
                    return;
                }
                frame++;
            }
        }.start();
    }

    private void frames(String name, List<Double> ms) {
        double[] v = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        out.put(name + "_frame_ms", round(v[v.length / 2]));
        out.put(name + "_frame_ms_p95", round(v[(int) Math.ceil(v.length * 0.95) - 1]));
        out.put(name + "_frame_ms_max", round(v[v.length - 1]));
        out.put(name + "_fps", round(1000 / (Arrays.stream(v).sum() / v.length)));
    }

    private static double median(List<Double> v) {
        double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
