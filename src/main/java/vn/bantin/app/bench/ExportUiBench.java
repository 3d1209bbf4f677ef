package vn.bantin.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.service.export.ExportFormat;
import vn.bantin.service.export.Exporter;
import vn.bantin.ui.MainWindow;

/**
 * The window's side of {@code bench --export}: once the list is painted, every article of the file exported as an
 * EPUB from the window, as File › Export… does, while a frame timer measures whether the window keeps drawing
 * (a blocked window shows as frames far apart) and the status bar's progress is sampled.
 */
public final class ExportUiBench {
    /** Set in the window process (to a format's command-line name): export everything and time the frames. */
    public static final String PROPERTY = "bantin.uiBench.export";

    private ExportUiBench() {
    }

    public static void measure(Stage stage, MainWindow window, long firstPaintMs) {
        ExportFormat format = ExportFormat.named(System.getProperty(PROPERTY)).orElse(ExportFormat.EPUB);
        Path file;
        try {
            file = Files.createTempFile("bantin-export-ui", "." + format.extension());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        var job = window.viewModel().export().job();
        List<Double> frames = new ArrayList<>();
        List<Double> progress = new ArrayList<>();
        long[] last = {0};
        long started = System.nanoTime();
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last[0] != 0) {
                    frames.add((now - last[0]) / 1e6);
                }
                last[0] = now;
                progress.add(job.progressProperty().get());
                // a pulse every frame, as a reader scrolling meanwhile would ask for
                stage.getScene().getRoot().requestLayout();
                if (!job.runningProperty().get() && !job.statusProperty().get().isEmpty()) {
                    stop();
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("first_paint_ms", firstPaintMs);
                    out.put("export_window_ms", Math.round((System.nanoTime() - started) / 1e6));
                    out.put("export_status", job.statusProperty().get());
                    double[] v = frames.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                    out.put("export_frames", v.length);
                    out.put("export_frame_ms", v.length == 0 ? 0 : Math.round(v[v.length / 2] * 100) / 100.0);
                    out.put("export_frame_ms_p95", v.length == 0 ? 0 : Math.round(v[(int) Math.ceil(v.length * 0.95) - 1] * 100) / 100.0);
                    out.put("export_frame_ms_max", v.length == 0 ? 0 : Math.round(v[v.length - 1] * 100) / 100.0);
                    out.put("export_frames_over_100ms", Arrays.stream(v).filter(x -> x > 100).count());
                    out.put("export_progress_steps", progress.stream().distinct().count());
                    try {
                        out.put("export_mb", Math.round(Files.size(file) / 1e5) / 10.0);
                        Files.deleteIfExists(file);
                    } catch (java.io.IOException e) {
                        out.put("export_mb", -1);
                    }
                    UiBench.report(out);
                    Platform.exit();
                }
            }
        };
        timer.start();
        window.viewModel().export().export(ArticleQuery.ALL, new Exporter.Options(format, "Bench"), file);
    }
}
