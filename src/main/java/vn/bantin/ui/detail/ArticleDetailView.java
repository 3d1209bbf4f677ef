package vn.bantin.ui.detail;

import static vn.bantin.i18n.Texts.t;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.bantin.domain.Article;

/**
 * The reading view. The text is shown in a WebView with scripts off, fed only HTML we build from stored text
 * (see docs/decisions/0002-reading-view-webview.md), so it can be selected and copied like a page.
 */
public final class ArticleDetailView extends BorderPane {
    private final ArticleDetailViewModel vm;
    /** Made when the first article is shown: WebKit costs the start about a second and 60 MB of memory. */
    private WebView web;
    private final FlowPane chips = new FlowPane(6, 6);
    private final Button star = new Button();
    private final Button original = new Button(t("detail.original"), new FontIcon(Material2AL.LAUNCH));
    private final Label empty = new Label(t("detail.empty"));
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final Function<String, String> provinceName;
    private final NotesPane notes;

    private final FlowPane versions = new FlowPane(6, 6);
    private final FlowPane inCollections = new FlowPane(6, 6);
    private final Consumer<Long> onVersion;
    private final Runnable onSplit;
    private final Button addProvince = new Button(null, new FontIcon(Material2AL.ADD));
    private ProvinceCorrections corrections = ProvinceCorrections.NONE;

    /** How the reading view corrects the open article's provinces, and which provinces it may offer to add. */
    public interface ProvinceCorrections {
        ProvinceCorrections NONE = new ProvinceCorrections() {
            @Override
            public void correct(String provinceId, boolean add) {
            }

            @Override
            public java.util.List<ProvinceChoice> choices(Article a) {
                return java.util.List.of();
            }
        };

        void correct(String provinceId, boolean add);

        java.util.List<ProvinceChoice> choices(Article a);
    }

    public void setProvinceCorrections(ProvinceCorrections c) {
        this.corrections = c;
    }

    public ArticleDetailView(ArticleDetailViewModel vm, Function<String, String> provinceName,
                             Consumer<String> onProvince, Runnable onStar, Runnable onOpenOriginal,
                             Consumer<Long> onVersion, Runnable onSplit) {
        this.onVersion = onVersion;
        this.onSplit = onSplit;
        this.vm = vm;
        this.provinceName = provinceName;
        this.notes = new NotesPane(vm);
        // under a third of the pane: the article stays what is read, the notes beside it
        notes.maxHeightProperty().bind(heightProperty().multiply(0.3));
        setId("detail-pane");
        star.setId("detail-star");
        star.getStyleClass().add("flat");
        star.setOnAction(e -> onStar.run());
        star.setTooltip(new Tooltip(t("detail.bookmark.tip")));
        original.setId("detail-original");
        original.getStyleClass().add("flat");
        original.setTooltip(new Tooltip(t("detail.original.tip")));
        original.setOnAction(e -> onOpenOriginal.run());
        Button mark = new Button(null, new FontIcon(Material2AL.BORDER_COLOR));
        mark.setId("detail-highlight");
        mark.getStyleClass().add("flat");
        mark.setTooltip(new Tooltip(t("detail.highlight.tip")));
        mark.setOnAction(e -> highlightSelection());
        Button noteButton = new Button(null, new FontIcon(Material2MZ.NOTE_ADD));
        noteButton.setId("detail-note");
        noteButton.getStyleClass().add("flat");
        noteButton.setTooltip(new Tooltip(t("detail.note.tip")));
        noteButton.setOnAction(e -> notes.open());
        Button smaller = new Button(null, new FontIcon(Material2MZ.ZOOM_OUT));
        Button bigger = new Button(null, new FontIcon(Material2MZ.ZOOM_IN));
        smaller.getStyleClass().add("flat");
        bigger.getStyleClass().add("flat");
        smaller.setTooltip(new Tooltip(t("detail.smaller.tip")));
        bigger.setTooltip(new Tooltip(t("detail.bigger.tip")));
        smaller.setOnAction(e -> vm.smallerFont());
        bigger.setOnAction(e -> vm.biggerFont());
        for (Button b : new Button[] {star, original, mark, noteButton, smaller, bigger}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(chips, Priority.ALWAYS);
        addProvince.setId("detail-add-province");
        addProvince.getStyleClass().addAll("flat", "small");
        addProvince.setTooltip(new Tooltip(t("detail.addProvince.tip")));
        addProvince.setOnAction(e -> chooseProvince());
        HBox bar = new HBox(6, chips, spacer, star, mark, noteButton, original, smaller, bigger);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 6, 18));
        bar.getStyleClass().add("detail-bar");
        chips.setId("detail-chips");

        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        StackPane emptyPane = new StackPane(empty);
        emptyPane.setPadding(new Insets(24));

        versions.setId("detail-versions");
        versions.setAlignment(Pos.CENTER_LEFT);
        versions.setPrefWrapLength(300);
        versions.setPadding(new Insets(0, 12, 6, 18));
        Label summaryText = new Label();
        summaryText.setId("detail-summary-only");
        summaryText.setWrapText(true);
        summaryText.textProperty().bind(javafx.beans.binding.Bindings.when(vm.wholeStatusProperty().isEmpty())
                .then(t("detail.summaryOnly")).otherwise(vm.wholeStatusProperty()));
        summaryText.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summaryText, Priority.ALWAYS);
        Button fetch = new Button(t("detail.fetch"));
        fetch.setId("detail-fetch-whole");
        fetch.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        fetch.setOnAction(e -> vm.fetchWhole());
        HBox summaryBar = new HBox(8, summaryText, fetch);
        summaryBar.setId("detail-summary-bar");
        summaryBar.setAlignment(Pos.CENTER_LEFT);
        summaryBar.setPadding(new Insets(6, 12, 6, 18));
        summaryBar.setStyle("-fx-background-color: -color-warning-subtle;");
        summaryBar.visibleProperty().bind(vm.summaryOnlyProperty());
        summaryBar.managedProperty().bind(vm.summaryOnlyProperty());
        inCollections.setId("detail-collections");
        inCollections.setPadding(new Insets(0, 12, 6, 18));
        showCollections();
        VBox top = new VBox(bar, inCollections, versions, summaryBar);
        setCenter(emptyPane);
        vm.articleProperty().addListener((o, a, b) -> show(b, top, emptyPane, onProvince));
        vm.fontSizeProperty().addListener((o, a, b) -> render());
        vm.highlightProperty().addListener((o, a, b) -> render());
        vm.collectionsProperty().addListener((o, a, b) -> showCollections());
        vm.highlightsProperty().addListener((o, a, b) -> {
            // the article's own change renders it with these; a highlight added or removed renders it again
            if (vm.articleProperty().get() != null && getCenter() == web) {
                render();
            }
        });
        dark.addListener((o, a, b) -> render());
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public WebView webView() {
        if (web == null) {
            web = new WebView();
            web.setId("article-web");
            web.getEngine().setJavaScriptEnabled(false);
            web.setContextMenuEnabled(true);
            web.setFocusTraversable(true);
            // the view shows the page we built and nothing else: whatever would take it elsewhere is stopped
            web.getEngine().locationProperty().addListener((o, was, now) -> {
                if (now != null && !now.isEmpty() && !now.startsWith("about:") && !now.startsWith("data:")) {
                    javafx.application.Platform.runLater(() -> {
                        web.getEngine().getLoadWorker().cancel();
                        render();
                    });
                }
            });
        }
        return web;
    }

    private void show(Article a, VBox bar, StackPane emptyPane, Consumer<String> onProvince) {
        if (a == null) {
            setTop(null);
            setBottom(null);
            setCenter(emptyPane);
            return;
        }
        chips.getChildren().clear();
        for (vn.bantin.domain.ProvinceTag t : a.tags()) {
            if (t.relation() != vn.bantin.domain.Relation.ABOUT) {
                continue;
            }
            String id = t.provinceId();
            String name = provinceName.apply(id);
            Button chip = new Button(name);
            chip.getStyleClass().addAll("chip-button", "small");
            if (t.byReader()) {
                chip.getStyleClass().add("by-reader");
            }
            chip.setId("chip-" + id);
            Tooltip why = new Tooltip(ArticleDetailViewModel.explain(t, provinceName));
            why.setId("chip-why-" + id);
            why.setWrapText(true);
            why.setMaxWidth(460);
            why.setShowDelay(javafx.util.Duration.millis(300));
            chip.setTooltip(why);
            chip.setOnAction(e -> onProvince.accept(id));
            javafx.scene.control.MenuItem show = new javafx.scene.control.MenuItem(t("detail.chip.show", name));
            show.setOnAction(e -> onProvince.accept(id));
            javafx.scene.control.MenuItem remove = new javafx.scene.control.MenuItem(t("detail.chip.remove", name));
            remove.setId("chip-remove-" + id);
            remove.setOnAction(e -> corrections.correct(id, false));
            chip.setContextMenu(new javafx.scene.control.ContextMenu(show, remove));
            chips.getChildren().add(chip);
        }
        chips.getChildren().add(addProvince);
        star.setGraphic(new FontIcon(a.status().bookmarked() ? Material2MZ.STAR : Material2MZ.STAR_BORDER));
        star.getStyleClass().removeAll("starred");
        if (a.status().bookmarked()) {
            star.getStyleClass().add("starred");
        }
        original.setDisable(!ArticleDetailViewModel.openable(a.url()));
        showVersions(a);
        setTop(bar);
        setCenter(webView());
        setBottom(notes);
        render();
    }

    /** Under the provinces, a row of the collections the article is in (none: no row); a click shows one in the list. */
    private void showCollections() {
        inCollections.getChildren().clear();
        inCollections.setVisible(!vm.collectionsProperty().get().isEmpty());
        inCollections.setManaged(inCollections.isVisible());
        for (vn.bantin.domain.ArticleCollection c : vm.collectionsProperty().get()) {
            Button chip = new Button(c.name(), new FontIcon(Material2AL.FOLDER_OPEN));
            chip.getStyleClass().addAll("chip-button", "small", "collection-chip");
            chip.setId("collection-chip-" + c.id());
            chip.setTooltip(new Tooltip(t("detail.collection.tip", c.name())));
            chip.setOnAction(e -> onCollection.accept(c));
            inCollections.getChildren().add(chip);
        }
    }

    private Consumer<vn.bantin.domain.ArticleCollection> onCollection = c -> { };

    /** What a click on one of the article's collections does (the window shows it). */
    public void setOnCollection(Consumer<vn.bantin.domain.ArticleCollection> action) {
        onCollection = action;
    }

    private void chooseProvince() {
        Article a = vm.articleProperty().get();
        if (a == null) {
            return;
        }
        AddProvinceDialog d = new AddProvinceDialog(a.title(), corrections.choices(a));
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
            d.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
        }
        d.showAndWait().ifPresent(id -> corrections.correct(id, true));
    }

    /** The story's other outlets, one button each, and a way to say this one is not the same event. */
    private void showVersions(Article a) {
        versions.getChildren().clear();
        if (a.versions().size() < 2) {
            versions.setVisible(false);
            versions.setManaged(false);
            return;
        }
        Label label = new Label(t("detail.versions"));
        label.getStyleClass().add("row-meta");
        versions.getChildren().add(label);
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        java.util.Map<String, java.util.List<String>> perSource = a.versions().stream().collect(java.util.stream.Collectors.groupingBy(
                Article.Version::sourceName, java.util.stream.Collectors.mapping(Article.Version::title, java.util.stream.Collectors.toList())));
        for (Article.Version v : a.versions()) {
            javafx.scene.control.ToggleButton b = new javafx.scene.control.ToggleButton(versionLabel(v, perSource.get(v.sourceName())));
            b.setId("version-" + v.id());
            b.getStyleClass().add("version-button");
            b.setToggleGroup(group);
            b.setSelected(v.key() == a.key());
            b.setTooltip(new Tooltip(v.title()));
            // clicking a version keeps the keyboard where it was (the list): a removed button would hand focus on
            b.setFocusTraversable(false);
            b.setOnAction(e -> {
                b.setSelected(true);
                if (v.key() != a.key()) {
                    onVersion.accept(v.key());
                }
            });
            versions.getChildren().add(b);
        }
        Button split = new Button(t("detail.split"), new FontIcon(Material2AL.CALL_SPLIT));
        split.setId("detail-split");
        split.getStyleClass().addAll("flat", "split-story");
        split.setTooltip(new Tooltip(t("detail.split.tip")));
        split.setFocusTraversable(false);
        split.setOnAction(e -> onSplit.run());
        versions.getChildren().add(split);
        versions.setVisible(true);
        versions.setManaged(true);
    }

    private void render() {
        Article a = vm.articleProperty().get();
        if (a != null) {
            webView().getEngine().loadContent(ArticleHtml.render(a, vm.images(), vm.highlightsProperty().get(),
                    vm.fontSizeProperty().get(), dark.get(), vm.highlightProperty().get()));
        }
    }

    /** The words selected in the article, highlighted (the H key and the toolbar's button). */
    public void highlightSelection() {
        if (vm.articleProperty().get() == null || web == null) {
            return;
        }
        Object at = web.getEngine().executeScript(ArticleHtml.SELECTION);
        if (!(at instanceof String s) || !s.matches("-?\\d+,-?\\d+")) {
            vm.notice(t("detail.highlight.none"));
            return;
        }
        int start = Integer.parseInt(s.substring(0, s.indexOf(',')));
        int end = Integer.parseInt(s.substring(s.indexOf(',') + 1));
        if (start < 0 || end <= start) {
            vm.notice(t("detail.highlight.outside"));
            return;
        }
        vm.highlight(start, end);
    }

    /**
     * An outlet's name; where versions share one ("Saved page"), what tells each one's headline from the others':
     * the words after the start they have in common ("Saved page: …Tri Ton, field 36").
     */
    static String versionLabel(Article.Version v, java.util.List<String> sameSourceTitles) {
        if (sameSourceTitles.size() < 2 || v.title() == null || v.title().isBlank()) {
            return v.sourceName();
        }
        String common = sameSourceTitles.stream().filter(t -> t != null).reduce((x, y) -> {
            int i = 0;
            while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) {
                i++;
            }
            return x.substring(0, i);
        }).orElse("");
        int cut = common.lastIndexOf(' ') + 1; // whole words only
        String t = v.title().strip();
        String rest = cut > 0 && cut < t.length() ? "…" + t.substring(cut) : t;
        return v.sourceName() + ": " + (rest.length() <= 30 ? rest : rest.substring(0, 29).strip() + "…");
    }
}
