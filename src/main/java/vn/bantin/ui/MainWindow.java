package vn.bantin.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.bantin.ingest.ImportService;
import vn.bantin.ui.detail.ArticleDetailView;
import vn.bantin.ui.list.ArticleListView;
import vn.bantin.ui.provinces.ProvincesView;
import vn.bantin.ui.provinces.ProvincesViewModel;

/** The reader window: province sidebar, article list, reading view; menus, keys, import and drag and drop. */
public final class MainWindow {
    public static final String[][] SHORTCUTS = {
            {"J or ↓", "Next article"}, {"K or ↑", "Previous article"}, {"N", "Next unread article"},
            {"Space", "Page down, then next unread"}, {"B or S", "Bookmark or unbookmark"}, {"M", "Mark read or unread"},
            {"O", "Open the original page in the browser"}, {"/", "Search articles"}, {"Esc", "Clear the search"},
            {"Ctrl+1 / 2 / 3", "Go to provinces, list, reading view"}, {"Ctrl + / Ctrl −", "Larger or smaller text"},
            {"Ctrl+O", "Import saved pages"},
            {"Ctrl+N", "Add a feed"},
            {"F5", "Sync feeds now"}};

    private final MainViewModel vm;
    private final Settings settings;
    private final Consumer<String> browser;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final ProvincesView provincesView;
    private final vn.bantin.ui.feeds.FeedsView feedsView;
    private final javafx.animation.Timeline schedule = new javafx.animation.Timeline();
    private final MenuItem restoreItem = new MenuItem("Restore the copy from before the last upgrade…");
    private final ArticleListView listView;
    private final ArticleDetailView detailView;
    private final SplitPane split;
    private Stage stage;

    public MainWindow(MainViewModel vm, Settings settings, Consumer<String> browser) {
        this.vm = vm;
        this.settings = settings;
        this.browser = browser;
        provincesView = new ProvincesView(vm.provinces());
        listView = new ArticleListView(vm.list(), vm.headerProperty(), vm.emptyMessageProperty(),
                this::provinceName, a -> {
                    vm.list().select(vm.list().items().indexOf(a));
                    vm.toggleBookmark();
                });
        detailView = new ArticleDetailView(vm.detail(), this::provinceName, vm::showProvince, vm::toggleBookmark,
                this::openOriginal, vm::openVersion, vm::splitOpenArticle);
        detailView.setProvinceCorrections(new ArticleDetailView.ProvinceCorrections() {
            @Override
            public void correct(String provinceId, boolean add) {
                vm.correctProvince(provinceId, add);
            }

            @Override
            public java.util.List<vn.bantin.ui.detail.ProvinceChoice> choices(vn.bantin.domain.Article a) {
                return vm.provinces().choicesFor(a);
            }
        });
        javafx.scene.control.MenuItem merge = new javafx.scene.control.MenuItem("Same story as the article read before");
        merge.setId("merge-previous");
        merge.setOnAction(e -> vm.mergeWithPrevious());
        listView.listView().setContextMenu(new javafx.scene.control.ContextMenu(merge));
        listView.highlightProperty().bind(vm.detail().highlightProperty());
        vm.detail().highlightProperty().addListener((o, a, b) -> listView.listView().refresh());
        feedsView = new vn.bantin.ui.feeds.FeedsView(vm.feeds());
        VBox sidebar = new VBox(provincesView, feedsView);
        sidebar.setId("sidebar");
        VBox.setVgrow(provincesView, Priority.ALWAYS);
        split = new SplitPane(sidebar, listView, detailView);
        split.setId("main-split");
        SplitPane.setResizableWithParent(sidebar, false);
        // a sync on the reader's schedule; a sync already running makes the tick a no-op
        schedule.setCycleCount(javafx.animation.Animation.INDEFINITE);
        vm.feeds().syncEveryMinutesProperty().addListener((o, a, b) -> reschedule(b.intValue()));
        root.setTop(new VBox(menus(), toolbar(), new vn.bantin.ui.reread.RereadBar(vm.reread()),
                new vn.bantin.ui.resume.ResumeBar(vm.resume())));
        root.setCenter(split);
        root.setBottom(statusBar());
        vm.importResultsProperty().addListener((o, a, results) -> {
            if (results != null) {
                showImportSummary(results);
            }
        });
        vm.messageProperty().addListener((o, a, msg) -> {
            if (msg != null) {
                // the layers below word their reasons as clauses, to be embedded in a CLI line; here one stands alone
                String sentence = msg.matches("(?s).*[.!?…)]$") ? msg : msg + ".";
                Alert alert = new Alert(Alert.AlertType.ERROR, sentence, ButtonType.OK);
                alert.initOwner(stage);
                alert.setHeaderText(null);
                alert.show();
            }
        });
    }

    private String provinceName(String id) {
        return vm.provinces().provinceName(id);
    }

    /** Puts the window on the stage, restores sizes, and loads the first page. */
    public Scene show(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(root, settings.number("window.width", 1280), settings.number("window.height", 800));
        scene.getStylesheets().add(MainWindow.class.getResource("/css/bantin.css").toExternalForm());
        applyTheme(settings.text("theme", "system"));
        stage.setTitle("Bantin — news of Vietnam by province");
        stage.setScene(scene);
        double x = settings.number("window.x", Double.NaN);
        double y = settings.number("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        split.setDividerPositions(settings.number("split.0", 0.22), settings.number("split.1", 0.58));
        vm.detail().fontSizeProperty().set(settings.number("font.size", 15));
        if ("units".equals(settings.text("provinces.mode", ""))) {
            vm.provinces().modeProperty().set(ProvincesViewModel.Mode.UNITS_2025);
        }
        try {
            vm.provinces().specialProperty().set(ProvincesViewModel.Special.valueOf(settings.text("sidebar.special", "ALL")));
        } catch (IllegalArgumentException e) {
            vm.provinces().specialProperty().set(ProvincesViewModel.Special.ALL);
        }
        for (String id : settings.text("sidebar.selected", "").split(",")) {
            if (!id.isBlank() && vm.provinces().entries().stream().anyMatch(e -> e.id().equals(id))) {
                vm.provinces().selected().add(id);
            }
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        installDragAndDrop(scene);
        stage.setOnHidden(e -> {
            schedule.stop();
            saveSettings();
        });
        vm.feeds().syncEveryMinutesProperty().set((int) settings.number("sync.every.minutes", 0));
        stage.show();
        vm.refresh();
        vm.reread().check();
        vm.resume().check();
        return scene;
    }

    public void saveSettings() {
        if (stage != null) {
            settings.put("window.width", stage.getWidth());
            settings.put("window.height", stage.getHeight());
            settings.put("window.x", stage.getX());
            settings.put("window.y", stage.getY());
        }
        double[] d = split.getDividerPositions();
        settings.put("split.0", d[0]);
        settings.put("split.1", d[1]);
        settings.put("font.size", vm.detail().fontSizeProperty().get());
        settings.put("sync.every.minutes", vm.feeds().syncEveryMinutesProperty().get());
        settings.put("provinces.mode", vm.provinces().modeProperty().get() == ProvincesViewModel.Mode.UNITS_2025 ? "units" : "provinces");
        settings.put("sidebar.special", vm.provinces().specialProperty().get().name());
        settings.put("sidebar.selected", String.join(",", vm.provinces().selected()));
        settings.save();
    }

    private MenuBar menus() {
        MenuItem importFiles = new MenuItem("Import saved pages…", new FontIcon(Material2AL.FILE_UPLOAD));
        importFiles.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        importFiles.setOnAction(e -> chooseFiles());
        MenuItem importFolder = new MenuItem("Import a folder…", new FontIcon(Material2AL.FOLDER_OPEN));
        importFolder.setOnAction(e -> chooseFolder());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> stage.close());
        MenuItem addFeed = new MenuItem("Add feed…", new FontIcon(Material2AL.ADD));
        addFeed.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        addFeed.setOnAction(e -> feedsView.askForFeed());
        MenuItem catalogue = new MenuItem("Vietnamese news sources…");
        catalogue.setId("menu-catalogue");
        catalogue.setOnAction(e -> feedsView.chooseFromCatalogue());
        MenuItem syncNow = new MenuItem("Sync feeds now", new FontIcon(org.kordamp.ikonli.material2.Material2MZ.SYNC));
        syncNow.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        syncNow.setOnAction(e -> vm.feeds().sync(null));
        syncNow.disableProperty().bind(vm.feeds().syncRunningProperty());
        Menu every = new Menu("Sync automatically");
        ToggleGroup everyGroup = new ToggleGroup();
        for (int minutes : new int[] {0, 15, 30, 60, 180}) {
            RadioMenuItem item = new RadioMenuItem(minutes == 0 ? "Never" : minutes < 60 ? "Every " + minutes + " minutes"
                    : minutes == 60 ? "Every hour" : "Every " + minutes / 60 + " hours");
            item.setToggleGroup(everyGroup);
            item.setSelected(vm.feeds().syncEveryMinutesProperty().get() == minutes);
            item.setOnAction(e -> vm.feeds().syncEveryMinutesProperty().set(minutes));
            vm.feeds().syncEveryMinutesProperty().addListener((o, a, b) -> item.setSelected(b.intValue() == minutes));
            every.getItems().add(item);
        }
        MenuItem importOpml = new MenuItem("Import subscriptions (OPML)…");
        importOpml.setOnAction(e -> {
            javafx.stage.FileChooser c = new javafx.stage.FileChooser();
            c.setTitle("Import subscriptions");
            c.getExtensionFilters().addAll(new javafx.stage.FileChooser.ExtensionFilter("OPML", "*.opml", "*.xml"),
                    new javafx.stage.FileChooser.ExtensionFilter("All files", "*"));
            java.io.File f = c.showOpenDialog(stage);
            if (f != null) {
                vm.feeds().importOpml(f.toPath());
            }
        });
        MenuItem exportOpml = new MenuItem("Export subscriptions (OPML)…");
        exportOpml.setOnAction(e -> {
            javafx.stage.FileChooser c = new javafx.stage.FileChooser();
            c.setTitle("Export subscriptions");
            c.setInitialFileName("bantin-feeds.opml");
            java.io.File f = c.showSaveDialog(stage);
            if (f != null) {
                vm.feeds().exportOpml(f.toPath());
            }
        });
        restoreItem.setVisible(false);
        MenuItem reread = new MenuItem("Read articles again");
        reread.setId("menu-reread");
        reread.disableProperty().bind(vm.reread().runningProperty());
        reread.setOnAction(e -> vm.reread().start());
        Menu file = new Menu("_File", null, importFiles, importFolder, new javafx.scene.control.SeparatorMenuItem(),
                addFeed, catalogue, syncNow, every, importOpml, exportOpml, new javafx.scene.control.SeparatorMenuItem(), reread,
                restoreItem, quit);

        ToggleGroup themes = new ToggleGroup();
        Menu theme = new Menu("Theme");
        for (String[] t : new String[][] {{"system", "Follow the system"}, {"light", "Light"}, {"dark", "Dark"}}) {
            RadioMenuItem item = new RadioMenuItem(t[1]);
            item.setId("theme-" + t[0]);
            item.setToggleGroup(themes);
            item.setSelected(settings.text("theme", "system").equals(t[0]));
            item.setOnAction(e -> {
                settings.put("theme", t[0]);
                applyTheme(t[0]);
            });
            theme.getItems().add(item);
        }
        MenuItem bigger = new MenuItem("Larger text");
        bigger.setAccelerator(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN));
        bigger.setOnAction(e -> vm.detail().biggerFont());
        MenuItem smaller = new MenuItem("Smaller text");
        smaller.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        smaller.setOnAction(e -> vm.detail().smallerFont());
        javafx.scene.control.CheckMenuItem group = new javafx.scene.control.CheckMenuItem("Group stories from several outlets");
        group.setId("group-stories");
        group.setSelected(!"false".equals(settings.text("stories.grouped", "true")));
        vm.groupStoriesProperty().set(group.isSelected());
        group.selectedProperty().addListener((o, a, b) -> {
            settings.put("stories.grouped", b);
            vm.groupStoriesProperty().set(b);
        });
        Menu view = new Menu("_View", null, theme, group, bigger, smaller);

        MenuItem keys = new MenuItem("Keyboard shortcuts");
        keys.setId("help-shortcuts");
        keys.setOnAction(e -> showShortcuts());
        Menu help = new Menu("_Help", null, keys);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private Node toolbar() {
        search.setId("search");
        search.setPromptText("Search articles — Vietnamese with or without accents  ( / )");
        HBox.setHgrow(search, Priority.ALWAYS);
        PauseTransition debounce = new PauseTransition(Duration.millis(250));
        search.textProperty().addListener((o, a, b) -> {
            debounce.setOnFinished(e -> vm.searchTextProperty().set(b));
            debounce.playFromStart();
        });
        search.setOnAction(e -> {
            debounce.stop();
            vm.searchTextProperty().set(search.getText());
        });
        Button importButton = new Button("Import", new FontIcon(Material2AL.FILE_UPLOAD));
        importButton.setId("import-button");
        importButton.setOnAction(e -> chooseFiles());
        FontIcon icon = new FontIcon(Material2MZ.SEARCH);
        HBox bar = new HBox(8, icon, search, importButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 12));
        bar.getStyleClass().add("toolbar");
        return bar;
    }

    private Node statusBar() {
        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(vm.importProgressProperty());
        Label status = new Label();
        status.setId("import-status");
        status.textProperty().bind(vm.importStatusProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> vm.cancelImport());
        HBox running = new HBox(8, progress, status, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(vm.importRunningProperty());
        running.managedProperty().bind(vm.importRunningProperty());
        ProgressBar syncProgress = new ProgressBar();
        syncProgress.setId("sync-progress");
        syncProgress.setPrefWidth(160);
        syncProgress.progressProperty().bind(vm.feeds().syncProgressProperty());
        syncProgress.visibleProperty().bind(vm.feeds().syncRunningProperty());
        syncProgress.managedProperty().bind(vm.feeds().syncRunningProperty());
        Label syncStatus = new Label();
        syncStatus.setId("sync-status");
        syncStatus.textProperty().bind(vm.feeds().syncStatusProperty());
        Button syncCancel = new Button("Stop sync");
        syncCancel.setId("sync-cancel");
        syncCancel.setOnAction(e -> vm.feeds().cancelSync());
        syncCancel.visibleProperty().bind(vm.feeds().syncRunningProperty());
        syncCancel.managedProperty().bind(vm.feeds().syncRunningProperty());
        HBox syncing = new HBox(8, syncProgress, syncStatus, syncCancel);
        syncing.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Drop saved pages here to import them · Help › Keyboard shortcuts");
        hint.getStyleClass().add("hint");
        hint.visibleProperty().bind(vm.importRunningProperty().not().and(vm.feeds().syncStatusProperty().isEmpty()));
        hint.managedProperty().bind(hint.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, running, syncing, hint, spacer);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void onKey(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
            search.clear();
            vm.searchTextProperty().set("");
            listView.listView().requestFocus();
            e.consume();
            return;
        }
        if (e.isShortcutDown()) {
            switch (e.getCode()) {
                case DIGIT1 -> provincesView.listView().requestFocus();
                case DIGIT2 -> listView.listView().requestFocus();
                case DIGIT3 -> detailView.webView().requestFocus();
                case PLUS, EQUALS, ADD -> vm.detail().biggerFont();
                case MINUS, SUBTRACT -> vm.detail().smallerFont();
                default -> {
                    return;
                }
            }
            e.consume();
            return;
        }
        if (typing || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case J, DOWN -> vm.next();
            case K, UP -> vm.previous();
            case N -> vm.nextUnread();
            case SPACE -> {
                if (!listView.pageDown()) {
                    vm.nextUnread();
                }
            }
            case B, S -> vm.toggleBookmark();
            case M -> vm.toggleRead();
            case O -> openOriginal();
            case SLASH -> search.requestFocus();
            default -> {
                if ("/".equals(e.getText())) {
                    search.requestFocus();
                    break;
                }
                return;
            }
        }
        e.consume();
    }

    private void openOriginal() {
        String url = vm.originalUrl();
        if (url != null) {
            browser.accept(url);
        }
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import saved pages");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Saved pages", "*.txt", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            vm.importPaths(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of saved pages");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            vm.importPaths(List.of(dir.toPath()));
        }
    }

    private void installDragAndDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !vm.importRunningProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                vm.importPaths(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void showImportSummary(List<ImportService.Result> results) {
        long imported = results.stream().filter(r -> r.status() == ImportService.Status.IMPORTED).count();
        long duplicates = results.stream().filter(r -> r.status() == ImportService.Status.DUPLICATE).count();
        List<ImportService.Result> rejected = results.stream().filter(r -> r.status() == ImportService.Status.REJECTED).toList();
        Alert alert = new Alert(rejected.isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING);
        alert.initOwner(stage);
        alert.setTitle("Import finished");
        alert.setHeaderText(String.format(java.util.Locale.ENGLISH, "%,d imported · %,d already in Bantin · %,d rejected",
                imported, duplicates, rejected.size()));
        alert.getDialogPane().setId("import-summary");
        if (!rejected.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (ImportService.Result r : rejected) {
                sb.append(Path.of(r.file()).getFileName()).append(": ").append(r.reason()).append('\n');
            }
            TextArea details = new TextArea(sb.toString());
            details.setId("import-rejected");
            details.setEditable(false);
            details.setWrapText(true);
            details.setPrefRowCount(Math.min(10, rejected.size() + 1));
            alert.getDialogPane().setContent(new VBox(6, new Label("These files were not imported:"), details));
        } else {
            alert.setContentText(imported == 0 ? "Nothing new: every page was already imported." : "The list now includes the new articles.");
        }
        alert.show();
    }

    private void showShortcuts() {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(i, key, new Label(SHORTCUTS[i][1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("shortcuts");
        alert.show();
    }

    /** "system" follows the desktop where it says (GTK_THEME ending in :dark); otherwise light. */
    void applyTheme(String which) {
        boolean dark = "dark".equals(which) || ("system".equals(which) && systemPrefersDark());
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        root.getStyleClass().removeAll("dark", "light");
        root.getStyleClass().add(dark ? "dark" : "light");
        detailView.darkProperty().set(dark);
    }

    static boolean systemPrefersDark() {
        String gtk = System.getenv("GTK_THEME");
        return gtk != null && gtk.toLowerCase(java.util.Locale.ROOT).contains("dark");
    }

    public ArticleListView articleList() {
        return listView;
    }

    public TextField searchField() {
        return search;
    }

    public BorderPane root() {
        return root;
    }

    private void reschedule(int minutes) {
        schedule.stop();
        schedule.getKeyFrames().clear();
        if (minutes > 0) {
            schedule.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.minutes(minutes), e -> vm.feeds().sync(null)));
            schedule.play();
        }
    }

    /**
     * Offers, in the File menu, to put back the copy of the database made before its last upgrade. The app does
     * the restoring (it owns the file); the window only asks.
     */
    public void offerRestore(java.nio.file.Path backup, java.util.function.Consumer<java.nio.file.Path> restore) {
        restoreItem.setVisible(backup != null);
        restoreItem.setOnAction(e -> {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                    "Bantin copied your database to " + backup + " before upgrading it. Putting that copy back undoes"
                            + " everything since the upgrade (imports, syncs, bookmarks). The file as it is now is kept"
                            + " beside it. Bantin closes afterwards; start it again to read the restored file.",
                    ButtonType.CANCEL, ButtonType.OK);
            ask.initOwner(stage);
            ask.setHeaderText("Restore the copy from before the upgrade?");
            ask.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> restore.accept(backup));
        });
    }

    public MainViewModel viewModel() {
        return vm;
    }
}
