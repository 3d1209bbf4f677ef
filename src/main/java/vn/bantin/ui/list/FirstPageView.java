package vn.bantin.ui.list;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import vn.bantin.domain.ArticleSummary;

/**
 * The list's first page drawn as plain text, for the window's first frame. It shows what the reader opened the window
 * for before the controls are built: the list's cells, search box and menus take several times as long to style and
 * lay out. It has the rows' look and place; the list takes its place a frame later, so it answers no clicks or keys.
 */
public final class FirstPageView extends VBox {
    /** Rows past the bottom of any window are not drawn: a 1440-pixel-high list holds about twenty. */
    private static final int MOST_ROWS = 30;
    /** The star's column at the right of a row, and the list's border and scroll bar. */
    private static final double STAR = 34;
    private static final double EDGES = 14;

    private final int rows;

    /** {@code width} is the list pane's; rows are wrapped to it as the list's cells are. */
    public FirstPageView(String header, List<ArticleSummary> page, Function<String, String> provinceName,
                         java.util.function.Predicate<ArticleSummary> sample, double width) {
        setId("first-page");
        getStyleClass().add("first-page");
        Text head = text(header == null ? "" : header, "first-page-header");
        VBox.setMargin(head, new Insets(10, 12, 3, 12));
        getChildren().add(head);
        VBox rows = new VBox();
        rows.getStyleClass().add("first-page-rows");
        this.rows = Math.min(MOST_ROWS, page.size());
        for (ArticleSummary a : page.subList(0, this.rows)) {
            rows.getChildren().add(row(a, provinceName, sample.test(a), width));
        }
        getChildren().add(rows);
        setMinSize(0, 0); // more rows than fit: the window's height, not theirs
        // a lead longer than its line is cut where the cell would end it with an ellipsis, short of the scroll bar
        Rectangle clip = new Rectangle(Math.max(0, width - EDGES - 12), 0);
        clip.heightProperty().bind(rows.heightProperty());
        rows.setClip(clip);
        Rectangle pane = new Rectangle(width, 0);
        pane.heightProperty().bind(heightProperty());
        setClip(pane);
    }

    /** How many of the page's rows it draws. */
    public int rows() {
        return rows;
    }

    private static VBox row(ArticleSummary a, Function<String, String> provinceName, boolean sample, double width) {
        Text title = text(a.title(), a.read() ? "first-page-title" : "first-page-title-unread");
        title.setWrappingWidth(Math.max(100, width - STAR - EDGES - 24));
        Text meta = text(RowText.meta(a, sample), "first-page-meta");
        Text lead = text(a.lead() == null ? "" : a.lead(), "first-page-lead");
        VBox row = new VBox(3, title, meta, lead);
        if (!a.aboutIds().isEmpty()) {
            HBox chips = new HBox(4);
            for (String id : a.aboutIds()) {
                StackPane chip = new StackPane(text(provinceName.apply(id), "first-page-chip-text"));
                chip.getStyleClass().add("first-page-chip");
                chips.getChildren().add(chip);
            }
            row.getChildren().add(chips);
        }
        row.getStyleClass().add("first-page-row");
        return row;
    }

    private static Text text(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add(styleClass);
        return t;
    }
}
