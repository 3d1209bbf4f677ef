package vn.bantin.ui.export;

import static vn.bantin.i18n.Texts.t;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;
import vn.bantin.service.export.ExportFormat;
import vn.bantin.service.export.Exporter;

/**
 * File › Export…: the list shown now, as which kind of file, sorted how, under what title, to which file. The file is
 * typed or chosen with the system's chooser; the dialog answers with what to write and where, and writes nothing.
 */
public final class ExportDialog {
    /** A format as the dialog offers it: Markdown comes twice, as one file and as a folder. */
    private record Choice(ExportFormat format, boolean folder, String label) {
    }

    /** What the reader asked for. */
    public record Request(Exporter.Options options, Path file) {
    }

    private ExportDialog() {
    }

    /** {@code what} describes the list ("Central brief · 12 articles"); {@code title} is the export's first title. */
    public static Optional<Request> ask(Window owner, String what, String title, Path folder) {
        List<Choice> choices = List.of(
                new Choice(ExportFormat.EPUB, false, t("exportDialog.epub")),
                new Choice(ExportFormat.HTML, false, t("exportDialog.html")),
                new Choice(ExportFormat.MARKDOWN, false, t("exportDialog.markdown")),
                new Choice(ExportFormat.MARKDOWN, true, t("exportDialog.markdownFolder")),
                new Choice(ExportFormat.CSV, false, t("exportDialog.csv")),
                new Choice(ExportFormat.JSONL, false, t("exportDialog.jsonl")),
                new Choice(ExportFormat.BIBTEX, false, t("exportDialog.bibtex")),
                new Choice(ExportFormat.CSL_JSON, false, t("exportDialog.csl")));
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(t("exportDialog.title"));
        d.setHeaderText(what);
        d.getDialogPane().setId("export-dialog");
        ChoiceBox<Choice> format = new ChoiceBox<>(FXCollections.observableArrayList(choices));
        format.setId("export-format");
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(Choice c) {
                return c == null ? "" : c.label();
            }

            @Override
            public Choice fromString(String s) {
                return null;
            }
        });
        format.getSelectionModel().select(0);
        ChoiceBox<String> toc = new ChoiceBox<>(FXCollections.observableArrayList(t("exportDialog.byDate"), t("exportDialog.byProvince")));
        toc.setId("export-toc");
        toc.getSelectionModel().select(0);
        toc.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Choice c = format.getValue();
            return c == null || (c.format() != ExportFormat.EPUB && c.format() != ExportFormat.HTML);
        }, format.valueProperty()));
        TextField name = new TextField(title);
        name.setId("export-title");
        String base = Exporter.fileName(title);
        TextField file = new TextField(folder.resolve(base + "." + ExportFormat.EPUB.extension()).toString());
        file.setId("export-file");
        file.setPrefColumnCount(34);
        // the file's ending follows the format chosen, as long as the reader has not typed another name
        format.valueProperty().addListener((o, a, b) -> {
            String now = file.getText();
            String from = a == null ? null : (a.folder() ? "" : "." + a.format().extension());
            if (from != null && now.endsWith(from)) {
                String stem = now.substring(0, now.length() - from.length());
                file.setText(stem + (b.folder() ? "" : "." + b.format().extension()));
            }
        });
        Button choose = new Button(t("exportDialog.choose"));
        choose.setId("export-choose");
        choose.setOnAction(e -> {
            Choice c = format.getValue();
            Path current = Path.of(file.getText().isBlank() ? folder.toString() : file.getText());
            java.io.File picked;
            if (c.folder()) {
                javafx.stage.DirectoryChooser dc = new javafx.stage.DirectoryChooser();
                dc.setTitle(t("exportDialog.title"));
                picked = dc.showDialog(d.getDialogPane().getScene().getWindow());
            } else {
                javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
                fc.setTitle(t("exportDialog.title"));
                if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
                    fc.setInitialDirectory(current.getParent().toFile());
                }
                fc.setInitialFileName(current.getFileName() == null ? base : current.getFileName().toString());
                picked = fc.showSaveDialog(d.getDialogPane().getScene().getWindow());
            }
            if (picked != null) {
                file.setText(picked.getPath());
            }
        });
        HBox where = new HBox(6, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12, 16, 4, 16));
        String[] labels = {t("exportDialog.format"), t("exportDialog.contents"), t("exportDialog.name"), t("exportDialog.file")};
        javafx.scene.Node[] fields = {format, toc, name, where};
        for (int i = 0; i < labels.length; i++) {
            Label l = new Label(labels[i]);
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a label is never cut to "For…"
            l.setLabelFor(fields[i]);
            grid.addRow(i, l, fields[i]);
        }
        javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(), grow);
        d.getDialogPane().setContent(grid);
        ButtonType export = new ButtonType(t("exportDialog.export"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(export, vn.bantin.ui.Buttons.cancel());
        d.getDialogPane().lookupButton(export).setId("export-go");
        d.getDialogPane().lookupButton(export).disableProperty().bind(file.textProperty().isEmpty());
        return d.showAndWait().filter(b -> b == export).map(b -> {
            Choice c = format.getValue();
            Exporter.Toc by = toc.getSelectionModel().getSelectedIndex() == 1 ? Exporter.Toc.PROVINCE : Exporter.Toc.DATE;
            String t = name.getText().isBlank() ? title : name.getText().strip();
            return new Request(new Exporter.Options(c.format(), t, by, c.folder()), Path.of(file.getText().strip()));
        });
    }
}
