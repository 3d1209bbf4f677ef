package vn.bantin.ui;

import static vn.bantin.i18n.Texts.t;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The window's foot: an import's, a sync's and an export's progress with their Cancel, then what they came to (an import's
 * files not imported behind Details…, never a dialog in the way), else a hint.
 */
final class StatusBar extends HBox {
    StatusBar(MainViewModel vm, Runnable importDetails) {
        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(vm.importJob().progressProperty());
        Label status = new Label();
        status.setId("import-status");
        status.textProperty().bind(vm.importJob().statusProperty());
        Button cancel = new Button(t("button.cancel"));
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> vm.cancelImport());
        progress.visibleProperty().bind(vm.importJob().runningProperty());
        progress.managedProperty().bind(vm.importJob().runningProperty());
        cancel.visibleProperty().bind(vm.importJob().runningProperty());
        cancel.managedProperty().bind(vm.importJob().runningProperty());
        javafx.scene.control.Hyperlink details = new javafx.scene.control.Hyperlink(t("status.details"));
        details.setId("import-details");
        details.setOnAction(e -> importDetails.run());
        javafx.beans.binding.BooleanBinding rejected = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !vm.importJob().runningProperty().get() && vm.importResultsProperty().get() != null
                        && vm.importResultsProperty().get().stream().anyMatch(r -> r.status() == vn.bantin.ingest.ImportService.Status.REJECTED),
                vm.importJob().runningProperty(), vm.importResultsProperty());
        details.visibleProperty().bind(rejected);
        details.managedProperty().bind(rejected);
        HBox running = new HBox(8, progress, status, cancel, details);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(vm.importJob().statusProperty().isNotEmpty());
        running.managedProperty().bind(running.visibleProperty());
        ProgressBar syncProgress = new ProgressBar();
        syncProgress.setId("sync-progress");
        syncProgress.setPrefWidth(160);
        syncProgress.progressProperty().bind(vm.feeds().syncProgressProperty());
        syncProgress.visibleProperty().bind(vm.feeds().syncRunningProperty());
        syncProgress.managedProperty().bind(vm.feeds().syncRunningProperty());
        Label syncStatus = new Label();
        syncStatus.setId("sync-status");
        syncStatus.textProperty().bind(vm.feeds().syncStatusProperty());
        Button syncCancel = new Button(t("status.stopSync"));
        syncCancel.setId("sync-cancel");
        syncCancel.setOnAction(e -> vm.feeds().cancelSync());
        syncCancel.visibleProperty().bind(vm.feeds().syncRunningProperty());
        syncCancel.managedProperty().bind(vm.feeds().syncRunningProperty());
        HBox syncing = new HBox(8, syncProgress, syncStatus, syncCancel);
        syncing.setAlignment(Pos.CENTER_LEFT);
        Job export = vm.export().job();
        ProgressBar exportProgress = new ProgressBar();
        exportProgress.setId("export-progress");
        exportProgress.setPrefWidth(160);
        exportProgress.progressProperty().bind(export.progressProperty());
        Label exportStatus = new Label();
        exportStatus.setId("export-status");
        exportStatus.textProperty().bind(export.statusProperty());
        Button exportCancel = new Button(t("button.cancel"));
        exportCancel.setId("export-cancel");
        exportCancel.setOnAction(e -> vm.export().cancel());
        for (javafx.scene.Node n : new javafx.scene.Node[] {exportProgress, exportCancel}) {
            n.visibleProperty().bind(export.runningProperty());
            n.managedProperty().bind(export.runningProperty());
        }
        HBox exporting = new HBox(8, exportProgress, exportStatus, exportCancel);
        exporting.setAlignment(Pos.CENTER_LEFT);
        exporting.visibleProperty().bind(export.statusProperty().isNotEmpty());
        exporting.managedProperty().bind(exporting.visibleProperty());
        Label notice = new Label();
        notice.setId("notice");
        notice.textProperty().bind(vm.undo().noticeProperty());
        javafx.scene.control.Hyperlink undo = new javafx.scene.control.Hyperlink(t("status.undo"));
        undo.setId("undo");
        undo.setOnAction(e -> vm.undo().undo());
        undo.visibleProperty().bind(vm.undo().undoableProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        HBox undoable = new HBox(4, notice, undo);
        undoable.setAlignment(Pos.CENTER_LEFT);
        undoable.visibleProperty().bind(vm.undo().noticeProperty().isNotEmpty());
        undoable.managedProperty().bind(undoable.visibleProperty());
        Label hint = new Label(t("status.hint"));
        hint.getStyleClass().add("hint");
        hint.visibleProperty().bind(vm.importJob().statusProperty().isEmpty().and(vm.feeds().syncStatusProperty().isEmpty())
                .and(vm.undo().noticeProperty().isEmpty()).and(export.statusProperty().isEmpty()));
        hint.managedProperty().bind(hint.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(undoable, running, syncing, exporting, hint, spacer);
        setSpacing(8);
        setPadding(new Insets(4, 10, 4, 10));
        getStyleClass().add("status-bar");
    }
}
