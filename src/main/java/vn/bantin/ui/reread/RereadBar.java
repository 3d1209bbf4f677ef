package vn.bantin.ui.reread;

import static vn.bantin.i18n.Texts.t;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A bar above the list: the offer to read articles again, then the re-read's progress and its result. */
public final class RereadBar extends HBox {
    public RereadBar(RereadViewModel vm) {
        setId("reread-bar");
        getStyleClass().add("reread-bar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        setStyle("-fx-background-color: -color-accent-subtle; -fx-border-color: -color-accent-muted;"
                + " -fx-border-width: 0 0 1 0;");
        Label text = new Label();
        text.setId("reread-text");
        text.setWrapText(true);
        text.textProperty().bind(vm.textProperty());
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.setPrefWidth(140);
        Button go = new Button(t("reread.go"));
        go.setId("reread-start");
        go.setDefaultButton(false);
        go.setOnAction(e -> vm.start());
        Button later = new Button(t("reread.later"));
        later.setId("reread-decline");
        later.setOnAction(e -> vm.decline());
        Button stop = new Button(t("reread.stop"));
        stop.setId("reread-stop");
        stop.setOnAction(e -> vm.stop());
        Button close = new Button("✕");
        close.setId("reread-close");
        close.setOnAction(e -> vm.dismiss());
        BooleanBinding offer = vm.offeredProperty().and(vm.runningProperty().not());
        BooleanBinding done = vm.offeredProperty().not().and(vm.runningProperty().not());
        show(go, offer);
        show(later, offer);
        show(bar, vm.runningProperty());
        show(stop, vm.runningProperty());
        show(close, done);
        for (Button b : new Button[] {go, later, stop, close}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the text wraps; the buttons keep their words
        }
        bar.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(text, bar, go, later, stop, close);
        BooleanBinding visible = vm.offeredProperty().or(vm.runningProperty())
                .or(Bindings.isNotEmpty(vm.textProperty()));
        visibleProperty().bind(visible);
        managedProperty().bind(visible);
    }

    private static void show(javafx.scene.Node n, javafx.beans.value.ObservableBooleanValue when) {
        n.visibleProperty().bind(when);
        n.managedProperty().bind(when);
    }
}
