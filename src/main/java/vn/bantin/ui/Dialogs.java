package vn.bantin.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.bantin.ingest.ImportService;

/** The window's dialogs that only tell: an import's summary, the keyboard shortcuts. */
final class Dialogs {
    public static final String[][] SHORTCUTS = {
            {"J or ↓", "Next article"}, {"K or ↑", "Previous article"}, {"N", "Next unread article"},
            {"Space", "Page down, then next unread"}, {"B or S", "Bookmark or unbookmark"}, {"M", "Mark read or unread"},
            {"O", "Open the original page in the browser"}, {"/", "Search articles"}, {"Esc", "Clear the search"},
            {"Ctrl+1 / 2 / 3", "Go to provinces, list, reading view"}, {"Ctrl + / Ctrl −", "Larger or smaller text"},
            {"Ctrl+O", "Import saved pages"},
            {"Ctrl+N", "Add a feed"},
            {"F5", "Sync feeds now"}, {"Ctrl+K", "Mark all as read (Undo in the status bar)"},
            {"Delete", "Delete the article or story (Undo in the status bar)"},
            {"Ctrl+M", "The map in place of the province list, or the list again"},
            {"Ctrl+Shift+M", "The map in a window of its own (Esc closes it)"}};

    private Dialogs() {
    }

    /** The details of an import: its numbers and every file not imported with the reason (not modal). */
    static void importSummary(Window stage, List<ImportService.Result> results) {
        ImportSummary summary = ImportSummary.of(results);
        List<ImportService.Result> rejected = summary.rejected();
        Alert alert = new Alert(rejected.isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING);
        alert.initOwner(stage);
        alert.initModality(javafx.stage.Modality.NONE);
        alert.setTitle("Import finished");
        alert.setHeaderText(summary.line());
        alert.getDialogPane().setId("import-summary");
        if (!rejected.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (ImportService.Result r : rejected) {
                sb.append(Path.of(r.file()).getFileName()).append(": ").append(r.reason()).append('\n');
            }
            TextArea details = new TextArea(sb.toString());
            details.setId("import-rejected");
            details.setEditable(false);
            details.setWrapText(true);
            details.setPrefRowCount(Math.min(10, rejected.size() + 1));
            alert.getDialogPane().setContent(new VBox(6, new Label("These files were not imported:"), details));
        } else {
            alert.setContentText(summary.imported() == 0 ? "Nothing new: every page was already imported."
                    : "The list now includes the new articles.");
        }
        alert.show();
    }

    static void shortcuts(Window stage) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][0]);
            key.getStyleClass().add("shortcut-key");
            Label what = new Label(SHORTCUTS[i][1]);
            // the sheet grows to its longest line rather than cutting a key or its meaning short ("Ctrl + / Ct...")
            key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            what.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(i, key, what);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("shortcuts");
        alert.show();
    }

    static void about(Window stage, AboutFacts facts) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("About Bantin");
        alert.setHeaderText("Bantin " + facts.version());
        Label details = new Label(facts.details());
        details.setWrapText(true);
        details.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(details);
        alert.getDialogPane().setPrefWidth(620);
        alert.getDialogPane().setId("about");
        alert.show();
    }

    /** O found no browser: the reason, and the link to copy. */
    static void noBrowser(Window stage, String url, String reason) {
        javafx.scene.control.ButtonType copy = new javafx.scene.control.ButtonType("Copy link",
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "Bantin could not open a browser for " + url
                + (reason == null || reason.isBlank() ? "." : " (" + reason + ")."), copy, javafx.scene.control.ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setHeaderText("No browser opened");
        alert.getDialogPane().setId("no-browser");
        alert.showAndWait().filter(b -> b == copy).ifPresent(b -> {
            javafx.scene.input.ClipboardContent link = new javafx.scene.input.ClipboardContent();
            link.putString(url);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(link);
        });
    }
}
