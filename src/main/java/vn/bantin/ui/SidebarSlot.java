package vn.bantin.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * The sidebar's place in the window: empty in the window's first frame, filled right after it. The first frame is
 * the list the reader opened the window for; the sidebar's styling, layout and drawing (a tenth of a start at a
 * million articles) follow one frame later. The slot has the sidebar's background, so nothing flashes.
 */
final class SidebarSlot extends StackPane {
    private final Node sidebar;
    private volatile boolean filled;

    SidebarSlot(Node sidebar) {
        this.sidebar = sidebar;
        getStyleClass().add("sidebar-slot");
    }

    /** Fills the slot once the scene's next frame is laid out (the frame then drawn shows it empty). */
    void fillAfterNextFrame(Scene scene) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(SidebarSlot.this::fill);
            }
        });
    }

    private void fill() {
        if (!filled) {
            getChildren().setAll(sidebar);
            filled = true;
        }
    }

    boolean filled() {
        return filled;
    }
}
