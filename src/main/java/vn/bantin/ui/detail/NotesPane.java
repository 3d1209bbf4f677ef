package vn.bantin.ui.detail;

import static vn.bantin.i18n.Texts.t;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import vn.bantin.domain.Highlight;

/**
 * Under the article: the reader's note on it and the words they highlighted, each with a note of its own. A note is
 * kept when the keyboard leaves it (or Ctrl+Enter); shown by the Note button, and whenever the article has one.
 */
final class NotesPane extends VBox {
    private final ArticleDetailViewModel vm;
    private final TextArea note = new TextArea();
    private final VBox highlights = new VBox(4);
    private final javafx.beans.property.BooleanProperty asked = new javafx.beans.property.SimpleBooleanProperty();

    NotesPane(ArticleDetailViewModel vm) {
        this.vm = vm;
        setId("notes-pane");
        getStyleClass().add("notes-pane");
        setSpacing(6);
        setPadding(new Insets(8, 12, 10, 18));
        Label title = new Label(t("notes.title"));
        title.getStyleClass().add("section-title");
        note.setId("note-text");
        note.setPromptText(t("notes.prompt"));
        note.setWrapText(true);
        note.setPrefRowCount(2);
        note.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.saveNote(note.getText());
            }
        });
        note.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && e.isShortcutDown()) {
                vm.saveNote(note.getText());
                e.consume();
            }
        });
        highlights.setId("highlight-list");
        ScrollPane scroll = new ScrollPane(highlights);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(96);
        scroll.setMinHeight(40);
        note.setMinHeight(48);
        scroll.visibleProperty().bind(vm.highlightsProperty().isNotNull().and(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !vm.highlightsProperty().get().isEmpty(), vm.highlightsProperty())));
        scroll.managedProperty().bind(scroll.visibleProperty());
        getChildren().addAll(title, note, scroll);
        setMinHeight(0); // the pane's cap (a share of the reading view) wins over its rows' wishes
        VBox.setVgrow(scroll, Priority.SOMETIMES);
        vm.noteProperty().addListener((o, a, b) -> {
            if (!note.isFocused() || !b.equals(note.getText().strip())) {
                note.setText(b);
            }
        });
        vm.highlightsProperty().addListener((o, a, b) -> fill());
        vm.articleProperty().addListener((o, a, b) -> {
            if (a != null && b != null && a.key() != b.key()) {
                asked.set(false);
            }
        });
        javafx.beans.binding.BooleanBinding shown = asked.or(vm.noteProperty().isNotEmpty())
                .or(scroll.visibleProperty());
        visibleProperty().bind(shown);
        managedProperty().bind(shown);
    }

    /** The Note button: shows the pane and puts the keyboard in the note. */
    void open() {
        asked.set(true);
        note.requestFocus();
    }

    private void fill() {
        highlights.getChildren().clear();
        for (Highlight h : vm.highlightsProperty().get()) {
            // the words above, their note under them the pane's width: a long quote never squeezes the note
            Label quote = new Label("“" + h.quote().replace("\n\n", " ¶ ") + "”");
            quote.getStyleClass().add("highlight-quote");
            quote.setWrapText(true);
            quote.setMaxHeight(40);
            quote.setMinWidth(0);
            TextField words = new TextField(h.note() == null ? "" : h.note());
            words.setId("highlight-note-" + h.id());
            words.setPromptText(t("notes.highlightPrompt"));
            words.setOnAction(e -> vm.setHighlightNote(h, words.getText()));
            words.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    vm.setHighlightNote(h, words.getText());
                }
            });
            HBox.setHgrow(words, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
            remove.setId("highlight-remove-" + h.id());
            remove.getStyleClass().addAll("flat", "small");
            remove.setTooltip(new Tooltip(t("notes.removeHighlight")));
            remove.setOnAction(e -> vm.removeHighlight(h));
            HBox line = new HBox(6, words, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            VBox row = new VBox(2, quote, line);
            row.setPadding(new Insets(2, 0, 4, 0));
            highlights.getChildren().add(row);
        }
    }
}
