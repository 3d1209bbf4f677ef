package vn.bantin.ui.detail;

import static vn.bantin.i18n.Texts.t;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import vn.bantin.domain.Folding;

/**
 * Picks the province to add to an article: a filter field that takes names with or without accents, and the
 * provinces the article already names listed first.
 */
public final class AddProvinceDialog extends Dialog<String> {
    public AddProvinceDialog(String articleTitle, List<ProvinceChoice> choices) {
        setTitle(t("addProvince.title"));
        setHeaderText(t("addProvince.question", shorten(articleTitle)));
        TextField filter = new TextField();
        filter.setId("add-province-filter");
        filter.setPromptText(t("addProvince.filter"));
        FilteredList<ProvinceChoice> shown = new FilteredList<>(FXCollections.observableArrayList(choices));
        ListView<ProvinceChoice> list = new ListView<>(shown);
        list.setId("add-province-list");
        list.setPrefHeight(320);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ProvinceChoice c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null
                        : c.nameVi() + (c.nameEn().equals(c.nameVi()) ? "" : " · " + c.nameEn()) + (c.named() ? "  " + t("addProvince.named") : ""));
            }
        });
        filter.textProperty().addListener((o, a, b) -> {
            String q = Folding.fold(b.strip());
            shown.setPredicate(c -> q.isEmpty() || c.key().contains(q));
            if (!shown.isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                setResult(list.getSelectionModel().getSelectedItem().id());
                close();
            }
        });
        Label hint = new Label(t("addProvince.hint"));
        hint.getStyleClass().add("row-meta");
        hint.setWrapText(true);
        VBox box = new VBox(8, filter, list, hint);
        box.setPadding(new Insets(4, 8, 0, 8));
        box.setPrefWidth(420);
        getDialogPane().setContent(box);
        ButtonType ok = vn.bantin.ui.Buttons.ok();
        getDialogPane().getButtonTypes().addAll(ok, vn.bantin.ui.Buttons.cancel());
        getDialogPane().lookupButton(ok).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.getSelectionModel().select(0);
        setResultConverter(b -> b == ok && list.getSelectionModel().getSelectedItem() != null
                ? list.getSelectionModel().getSelectedItem().id() : null);
        // after the dialog has given focus to its default button, or Space would press OK on the first province
        setOnShown(e -> javafx.application.Platform.runLater(filter::requestFocus));
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}
