package vn.bantin.ui.resume;

import static vn.bantin.i18n.Texts.t;

import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A bar above the list, shown only when an import or sync was cut short: do the rest, or forget it. */
public final class ResumeBar extends HBox {
    public ResumeBar(ResumeViewModel vm) {
        setId("resume-bar");
        getStyleClass().add("resume-bar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        setStyle("-fx-background-color: -color-warning-subtle; -fx-border-color: -color-warning-muted;"
                + " -fx-border-width: 0 0 1 0;");
        Label text = new Label();
        text.setId("resume-text");
        text.setWrapText(true);
        text.textProperty().bind(vm.textProperty());
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button go = new Button();
        go.setId("resume-start");
        go.textProperty().bind(vm.actionProperty());
        go.setOnAction(e -> vm.resume());
        Button forget = new Button(t("resume.dismiss"));
        forget.setId("resume-dismiss");
        forget.setOnAction(e -> vm.dismiss());
        go.setMinWidth(Region.USE_PREF_SIZE); // the text wraps; the buttons keep their words
        forget.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(text, go, forget);
        BooleanBinding shown = vm.workProperty().isNotNull();
        visibleProperty().bind(shown);
        managedProperty().bind(shown);
    }
}
