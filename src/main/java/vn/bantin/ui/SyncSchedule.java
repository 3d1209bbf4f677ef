package vn.bantin.ui;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import vn.bantin.ui.feeds.FeedsViewModel;

/** A sync on the reader's schedule (File › Sync automatically); a sync already running makes the tick a no-op. */
final class SyncSchedule {
    private final Timeline timeline = new Timeline();

    SyncSchedule(FeedsViewModel feeds) {
        timeline.setCycleCount(Animation.INDEFINITE);
        feeds.syncEveryMinutesProperty().addListener((o, a, b) -> {
            timeline.stop();
            timeline.getKeyFrames().clear();
            if (b.intValue() > 0) {
                timeline.getKeyFrames().add(new KeyFrame(Duration.minutes(b.intValue()), e -> feeds.sync(null)));
                timeline.play();
            }
        });
    }

    void stop() {
        timeline.stop();
    }
}
