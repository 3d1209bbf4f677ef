package vn.bantin.ui.list;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
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
 * It is shown empty, as the list pane's background, when the page is not read yet, and filled when it is.
 */
public final class FirstPageView extends VBox {
    /** The most rows a start reads for the first frame: a 1440-pixel-high list holds about twenty. */
    public static final int MOST_ROWS = 30;
    /** No row is shorter than this (a one-line title, the outlet's line, the lead), so no more than fit are made. */
    private static final double SHORTEST_ROW = 60;
    /** The star's column at the right of a row, and the list's border and scroll bar. */
    private static final double STAR = 34;
    private static final double EDGES = 14;

    private final double width;
    private final int fit;

    /** {@code width} and {@code height} are the list pane's; rows are wrapped to its width as the list's cells are. */
    public FirstPageView(double width, double height) {
        this.width = width;
        this.fit = (int) Math.ceil(Math.max(0, height) / SHORTEST_ROW) + 1;
        setId("first-page");
        getStyleClass().add("first-page");
        setMinSize(0, 0); // more rows than fit: the window's height, not theirs
        Rectangle pane = new Rectangle(width, 0);
        pane.heightProperty().bind(heightProperty());
        setClip(pane);
    }

    /** What the pane will show, made and not yet shown: the page's header and rows, or their picture. */
    public record Rows(List<Node> nodes, int count) {
        public Rows {
            nodes = List.copyOf(nodes);
        }
    }

    /** How many of a page's rows the pane draws: those that fit, no more. */
    public int drawn(int pageSize) {
        return Math.min(Math.min(MOST_ROWS, fit), pageSize);
    }

    /**
     * The header and the page's rows, as many as the pane can show, made on any thread: they are in no scene yet (the
     * start makes them while the window's thread makes the native window). {@link #show} puts them in place.
     */
    public Rows rows(String header, List<ArticleSummary> page, Function<String, String> provinceName,
                     Predicate<ArticleSummary> sample) {
        Text head = text(header == null ? "" : header, "first-page-header");
        VBox.setMargin(head, new Insets(10, 12, 3, 12));
        VBox rowBox = new VBox();
        rowBox.getStyleClass().add("first-page-rows");
        int rows = drawn(page.size());
        for (ArticleSummary a : page.subList(0, rows)) {
            rowBox.getChildren().add(row(a, provinceName, sample.test(a), width));
        }
        // a lead longer than its line is cut where the cell would end it with an ellipsis, short of the scroll bar
        Rectangle clip = new Rectangle(Math.max(0, width - EDGES - 12), 0);
        clip.heightProperty().bind(rowBox.heightProperty());
        rowBox.setClip(clip);
        return new Rows(List.of(head, rowBox), rows);
    }

    /**
     * Everything {@link #rows} would draw for this page at this pane's size, in order: a picture of the pane stands
     * for it only while this is the same (kept with the picture by the start, {@code FirstPicture}).
     */
    public String drawing(String header, List<ArticleSummary> page, Function<String, String> provinceName,
                          Predicate<ArticleSummary> sample) {
        StringBuilder out = new StringBuilder().append(width).append(' ').append(fit).append('\n')
                .append(header == null ? "" : header).append('\n');
        for (ArticleSummary a : page.subList(0, drawn(page.size()))) {
            out.append(a.read() ? "read" : "unread").append('\t').append(a.title()).append('\t')
                    .append(RowText.meta(a, sample.test(a))).append('\t').append(a.lead() == null ? "" : a.lead());
            for (String id : a.aboutIds()) {
                out.append('\t').append(provinceName.apply(id));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * The pane as a picture of itself drawn before ({@code width} by {@code height} in the window's units, at the
     * screen's scale), standing for {@code count} rows; on any thread, as {@link #rows}.
     */
    public static Rows picture(Image image, double width, double height, int count) {
        ImageView view = new ImageView(image);
        view.setFitWidth(width);
        view.setFitHeight(height);
        // the picture is of the whole pane, its borders too: at the pane's corner, not inside its borders
        view.setManaged(false);
        view.relocate(0, 0);
        return new Rows(List.of(view), count);
    }

    /** On the window's thread: what {@link #rows} or {@link #picture} made, in place; answers how many rows it is. */
    public int show(Rows made) {
        getChildren().setAll(made.nodes());
        return made.count();
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
