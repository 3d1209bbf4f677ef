package vn.bantin.ui;

import static vn.bantin.i18n.Texts.t;

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
    /** The keys of Help › Keyboard shortcuts, in the sheet's order. */
    private static final String[] SHORTCUT_NAMES = {"next", "previous", "nextUnread", "space", "bookmark", "collect", "highlight", "read", "open", "search", "clear", "panes", "size", "import", "addFeed", "sync", "markAll", "delete", "export", "map", "mapWindow"};

    /** Each shortcut's keys and what they do, in the reader's language. */
    static String[][] shortcuts() {
        String[][] out = new String[SHORTCUT_NAMES.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new String[] {t("keys." + SHORTCUT_NAMES[i]), t("keys." + SHORTCUT_NAMES[i] + ".does")};
        }
        return out;
    }

    private Dialogs() {
    }

    /** The details of an import: its numbers and every file not imported with the reason (not modal). */
    static void importSummary(Window stage, List<ImportService.Result> results) {
        ImportSummary summary = ImportSummary.of(results);
        List<ImportService.Result> rejected = summary.rejected();
        Alert alert = new Alert(rejected.isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, "", Buttons.close());
        alert.initOwner(stage);
        alert.initModality(javafx.stage.Modality.NONE);
        alert.setTitle(t("import.done.title"));
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
            alert.getDialogPane().setContent(new VBox(6, new Label(t("import.done.rejected")), details));
        } else {
            alert.setContentText(summary.imported() == 0 ? t("import.done.nothingNew")
                    : t("import.done.listed"));
        }
        alert.show();
    }

    static void shortcuts(Window stage) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        String[][] shortcuts = shortcuts();
        for (int i = 0; i < shortcuts.length; i++) {
            Label key = new Label(shortcuts[i][0]);
            key.getStyleClass().add("shortcut-key");
            Label what = new Label(shortcuts[i][1]);
            // the sheet grows to its longest line rather than cutting a key or its meaning short ("Ctrl + / Ct...")
            key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            what.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(i, key, what);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", Buttons.close());
        alert.initOwner(stage);
        alert.setTitle(t("menu.help.shortcuts"));
        alert.setHeaderText(t("menu.help.shortcuts"));
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("shortcuts");
        alert.show();
    }

    static void about(Window stage, AboutFacts facts) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", Buttons.close());
        alert.initOwner(stage);
        alert.setTitle(t("menu.help.about"));
        alert.setHeaderText(t("about.header", facts.versionName()));
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
        javafx.scene.control.ButtonType copy = new javafx.scene.control.ButtonType(t("browser.copyLink"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, reason == null || reason.isBlank()
                ? t("browser.none", url) : t("browser.noneBecause", url, reason), copy, Buttons.close());
        alert.initOwner(stage);
        alert.setHeaderText(t("browser.none.title"));
        alert.getDialogPane().setId("no-browser");
        alert.showAndWait().filter(b -> b == copy).ifPresent(b -> {
            javafx.scene.input.ClipboardContent link = new javafx.scene.input.ClipboardContent();
            link.putString(url);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(link);
        });
    }
}
