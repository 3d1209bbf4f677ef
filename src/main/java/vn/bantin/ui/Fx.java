package vn.bantin.ui;

/** Posting state changes from worker threads: through the FX thread when there is one, else at once (tests). */
public final class Fx {
    private Fx() {
    }

    public static void post(Runnable r) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            r.run();
            return;
        }
        try {
            javafx.application.Platform.runLater(r);
        } catch (IllegalStateException noToolkit) {
            r.run();
        }
    }
}
