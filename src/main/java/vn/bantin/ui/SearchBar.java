package vn.bantin.ui;

import static vn.bantin.i18n.Texts.t;

import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The bar under the menus: the search box and Import. The box searches 120 ms after the last key (a pause between two
 * letters of a quick typist), or at once on Enter: each letter's page comes in milliseconds at a million articles
 * (decision 0014), and the numbers of a letter typed over stop.
 */
final class SearchBar extends HBox {
    private final TextField search = new TextField();

    SearchBar(StringProperty searchText, Runnable importFiles) {
        super(8);
        search.setId("search");
        search.setPromptText(t("search.prompt"));
        HBox.setHgrow(search, Priority.ALWAYS);
        PauseTransition debounce = new PauseTransition(Duration.millis(120));
        search.textProperty().addListener((o, a, b) -> {
            debounce.setOnFinished(e -> searchText.set(b));
            debounce.playFromStart();
        });
        search.setOnAction(e -> {
            debounce.stop();
            searchText.set(search.getText());
        });
        Button importButton = new Button(t("search.import"), new FontIcon(Material2AL.FILE_UPLOAD));
        importButton.setId("import-button");
        importButton.setOnAction(e -> importFiles.run());
        getChildren().addAll(new FontIcon(Material2MZ.SEARCH), search, importButton);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 12));
        getStyleClass().add("toolbar");
    }

    TextField field() {
        return search;
    }
}
