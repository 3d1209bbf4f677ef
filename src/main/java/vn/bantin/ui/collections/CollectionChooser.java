package vn.bantin.ui.collections;

import static vn.bantin.i18n.Texts.t;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.bantin.domain.ArticleCollection;
import vn.bantin.ui.Buttons;

/**
 * "Add to collection": the name of a collection, typed or picked; a name not yet used makes a new one. The last
 * collection chosen is offered first, since a reader building a file adds article after article to the same one.
 */
public final class CollectionChooser {
    private static String last;

    private CollectionChooser() {
    }

    /** Asks for a collection for the selected row, or else the open article, and puts it there. */
    public static void offer(Window owner, CollectionsViewModel vm, vn.bantin.domain.ArticleSummary row,
                             vn.bantin.domain.Article open) {
        if (row == null && open == null) {
            return;
        }
        long key = row != null ? row.key() : open.key();
        String title = row != null ? row.title() : open.title();
        ask(owner, title, vm.items()).ifPresent(name -> vm.addTo(name, List.of(key)));
    }

    public static Optional<String> ask(Window owner, String articleTitle, List<ArticleCollection> existing) {
        Dialog<javafx.scene.control.ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(t("collections.choose.title"));
        d.setHeaderText(articleTitle);
        d.getDialogPane().setId("collection-chooser");
        ComboBox<String> name = new ComboBox<>();
        name.setId("collection-choice");
        name.setEditable(true);
        name.setMaxWidth(Double.MAX_VALUE);
        name.setPrefWidth(360);
        name.getItems().setAll(existing.stream().map(ArticleCollection::name).toList());
        name.setPromptText(t("collections.choose.prompt"));
        if (last != null && name.getItems().contains(last)) {
            name.getEditor().setText(last);
        } else if (!name.getItems().isEmpty()) {
            name.getEditor().setText(name.getItems().get(0));
        }
        d.getDialogPane().setContent(new VBox(6, new Label(t("collections.choose.text")), name));
        d.getDialogPane().getButtonTypes().setAll(Buttons.ok(), Buttons.cancel());
        Platform.runLater(() -> {
            name.getEditor().requestFocus();
            name.getEditor().selectAll();
        });
        Optional<String> chosen = d.showAndWait().filter(Buttons::confirms).map(b -> name.getEditor().getText())
                .filter(s -> !s.isBlank()).map(String::strip);
        chosen.ifPresent(s -> last = s);
        return chosen;
    }
}
