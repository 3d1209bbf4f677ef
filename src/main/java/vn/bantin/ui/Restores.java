package vn.bantin.ui;

import static vn.bantin.i18n.Texts.t;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

/**
 * The File menu's backups: Back up… (a copy taken while the file is open, written by the export job), Restore from
 * a backup… and, after an upgrade, Restore the copy made before it. The app does the restoring (it owns the open
 * file and must close it); the window only asks.
 */
public final class Restores {
    private final MenuItem backUp = new MenuItem(t("backup.menu"));
    private final MenuItem fromFile = new MenuItem(t("restore.fromFile.menu"));
    private final MenuItem upgradeCopy = new MenuItem(t("restore.menu"));
    private Consumer<Path> restoreFrom = p -> { };

    Restores(java.util.function.Supplier<Stage> stage, MainViewModel vm) {
        this.stage = stage;
        backUp.setId("menu-backup");
        backUp.disableProperty().bind(vm.export().job().runningProperty());
        backUp.setOnAction(e -> {
            javafx.stage.FileChooser c = new javafx.stage.FileChooser();
            c.setTitle(t("backup.title"));
            c.setInitialFileName("bantin-" + java.time.LocalDate.now() + ".db");
            java.io.File f = c.showSaveDialog(stage.get());
            if (f != null) {
                vm.export().backUp(f.toPath());
            }
        });
        fromFile.setId("menu-restore-file");
        fromFile.setOnAction(e -> {
            javafx.stage.FileChooser c = new javafx.stage.FileChooser();
            c.setTitle(t("restore.fromFile.title"));
            java.io.File f = c.showOpenDialog(stage.get());
            if (f != null) {
                restoreFrom.accept(f.toPath());
            }
        });
        upgradeCopy.setVisible(false);
        upgradeCopy.setOnAction(e -> { });
    }

    private final java.util.function.Supplier<Stage> stage;

    MenuItem[] items() {
        return new MenuItem[] {backUp, fromFile, upgradeCopy};
    }

    /** Offers to put back the copy of the database made before its last upgrade (none: the item is hidden). */
    public void offerUpgradeCopy(Path backup, Consumer<Path> restore) {
        upgradeCopy.setVisible(backup != null);
        upgradeCopy.setOnAction(e -> {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, t("restore.text", backup), Buttons.cancel(), Buttons.ok());
            ask.initOwner(stage.get());
            ask.setHeaderText(t("restore.question"));
            ask.showAndWait().filter(Buttons::confirms).ifPresent(b -> restore.accept(backup));
        });
    }

    /** What Restore from a backup… does with the file the reader chose (the app checks it, asks, and restores). */
    public void setRestoreFrom(Consumer<Path> restore) {
        restoreFrom = restore;
    }
}
