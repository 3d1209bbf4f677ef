package vn.bantin.ui;

import java.util.function.BooleanSupplier;
import java.util.function.ToLongFunction;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** What the sidebar's lists of feeds and of collections do alike: keep the list's selection and the chosen one as one. */
public final class SourceLists {
    private SourceLists() {
    }

    /**
     * The list's selection is the view model's choice and the other way round. A reload replaces the items, which
     * clears the list's selection: that is not the reader choosing none ({@code reloading}), and the one chosen is
     * selected again in the new items.
     */
    public static <T> void bind(ListView<T> list, ObservableList<T> items, ObjectProperty<T> chosen, BooleanSupplier reloading,
                                ToLongFunction<T> id) {
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!reloading.getAsBoolean()) {
                chosen.set(b);
            }
        });
        chosen.addListener((o, a, b) -> {
            T shown = list.getSelectionModel().getSelectedItem();
            if (b == null) {
                list.getSelectionModel().clearSelection();
            } else if (shown == null || id.applyAsLong(shown) != id.applyAsLong(b)) {
                list.getSelectionModel().select(b);
            }
        });
        items.addListener((ListChangeListener<T>) c -> {
            T now = chosen.get();
            if (now != null) {
                items.stream().filter(x -> id.applyAsLong(x) == id.applyAsLong(now)).findFirst()
                        .ifPresent(x -> list.getSelectionModel().select(x));
            }
        });
    }

    /**
     * Puts {@code fresh} in place of the items, the one chosen kept (the same id among the new items, else none);
     * {@code reloading} is told true meanwhile, as the list control's cleared selection is not the reader's choice.
     */
    public static <T> void replace(ObservableList<T> items, ObjectProperty<T> chosen, java.util.List<T> fresh, ToLongFunction<T> id,
                                   java.util.function.Consumer<Boolean> reloading) {
        T keep = chosen.get();
        reloading.accept(true);
        try {
            items.setAll(fresh);
        } finally {
            reloading.accept(false);
        }
        chosen.set(keep == null ? null : fresh.stream().filter(x -> id.applyAsLong(x) == id.applyAsLong(keep)).findFirst().orElse(null));
    }

    /** A flat icon button of a section's heading. */
    public static Button iconButton(FontIcon icon, String tip) {
        Button b = new Button(null, icon);
        b.getStyleClass().addAll("flat", "button-icon");
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
