package vn.bantin.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The window's foot: an import's and a sync's progress with their Cancel, else a hint. */
final class StatusBar extends HBox {
    StatusBar(MainViewModel vm) {
        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(vm.importProgressProperty());
        Label status = new Label();
        status.setId("import-status");
        status.textProperty().bind(vm.importStatusProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> vm.cancelImport());
        HBox running = new HBox(8, progress, status, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(vm.importRunningProperty());
        running.managedProperty().bind(vm.importRunningProperty());
        ProgressBar syncProgress = new ProgressBar();
        syncProgress.setId("sync-progress");
        syncProgress.setPrefWidth(160);
        syncProgress.progressProperty().bind(vm.feeds().syncProgressProperty());
        syncProgress.visibleProperty().bind(vm.feeds().syncRunningProperty());
        syncProgress.managedProperty().bind(vm.feeds().syncRunningProperty());
        Label syncStatus = new Label();
        syncStatus.setId("sync-status");
        syncStatus.textProperty().bind(vm.feeds().syncStatusProperty());
        Button syncCancel = new Button("Stop sync");
        syncCancel.setId("sync-cancel");
        syncCancel.setOnAction(e -> vm.feeds().cancelSync());
        syncCancel.visibleProperty().bind(vm.feeds().syncRunningProperty());
        syncCancel.managedProperty().bind(vm.feeds().syncRunningProperty());
        HBox syncing = new HBox(8, syncProgress, syncStatus, syncCancel);
        syncing.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Drop saved pages here to import them · Help › Keyboard shortcuts");
        hint.getStyleClass().add("hint");
        hint.visibleProperty().bind(vm.importRunningProperty().not().and(vm.feeds().syncStatusProperty().isEmpty()));
        hint.managedProperty().bind(hint.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(running, syncing, hint, spacer);
        setSpacing(8);
        setPadding(new Insets(4, 10, 4, 10));
        getStyleClass().add("status-bar");
    }
}
