package vn.bantin.ui;

import static vn.bantin.i18n.Texts.t;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import vn.bantin.ui.detail.ArticleDetailView;
import vn.bantin.ui.list.ArticleListView;
import vn.bantin.ui.provinces.ProvincesView;
import vn.bantin.ui.provinces.ProvincesViewModel;

/** The reader window: province sidebar, article list, reading view; menus, keys, import and drag and drop. */
public final class MainWindow {
    private final MainViewModel vm;
    private final Settings settings;
    private final Browser browser;
    private final BorderPane root = new BorderPane();
    private final SearchBar searchBar;
    private final TextField search;
    private final ProvincesView provincesView;
    private final vn.bantin.ui.feeds.FeedsView feedsView;
    private final SyncSchedule schedule;
    private final Restores restores;
    private final ArticleListView listView;
    private final ArticleDetailView detailView;
    private final SplitPane split;
    private final SidebarSlot sidebarSlot;
    private Stage stage;
    private boolean swallowSlash;
    private OtherWriters others;
    private Consumer<MainWindow> onReopened = w -> { };

    public MainWindow(MainViewModel vm, Settings settings, Browser browser) {
        this.vm = vm;
        this.settings = settings;
        this.browser = browser;
        WindowStart.begin(vm, settings); // the page is read while the views are built
        this.restores = new Restores(() -> stage, vm);
        provincesView = new ProvincesView(vm.provinces(), () -> new vn.bantin.ui.map.MapPane(vm.map(), vm.timeline()));
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
        listView.listView().setContextMenu(vn.bantin.ui.list.RowMenu.of(new vn.bantin.ui.list.RowMenu.Actions(vm.list()::selected,
                this::openOriginal, vm::setRead, vm::toggleBookmark, vm::mergeWithPrevious, vm::splitOpenArticle,
                vm.deletions()::deleteSelected, () -> detailView.webView().requestFocus(), this::collect,
                () -> vm.collections().selectedProperty().get() == null ? null : vm.collections().selectedProperty().get().name(),
                () -> vm.collections().takeOutOfShown(vm.list().selected()), vm.detail().articleProperty()::get),
                () -> vm.list().queryProperty().get().groupsStories()));
        detailView.setOnCollection(c -> vm.collections().items().stream().filter(x -> x.id() == c.id()).findFirst()
                .ifPresent(x -> vm.collections().selectedProperty().set(x)));
        listView.highlightProperty().bind(vm.detail().highlightProperty());
        vm.detail().highlightProperty().addListener((o, a, b) -> listView.listView().refresh());
        feedsView = new vn.bantin.ui.feeds.FeedsView(vm.feeds());
        VBox sidebar = new VBox(provincesView, new SourcesView(feedsView, new vn.bantin.ui.collections.CollectionsView(vm.collections()),
                vm.feeds(), vm.collections()));
        sidebar.setId("sidebar");
        VBox.setVgrow(provincesView, Priority.ALWAYS);
        sidebarSlot = new SidebarSlot(sidebar);
        split = new SplitPane(sidebarSlot, listView, detailView);
        split.setId("main-split");
        SplitPane.setResizableWithParent(sidebarSlot, false);
        schedule = new SyncSchedule(vm.feeds());
        searchBar = new SearchBar(vm.searchTextProperty(), this::chooseFiles);
        search = searchBar.field();
        root.setTop(new VBox(AppMenus.build(this, vm, settings, restores.items()), searchBar, new vn.bantin.ui.reread.RereadBar(vm.reread()),
                new vn.bantin.ui.resume.ResumeBar(vm.resume())));
        root.setCenter(split);
        root.setBottom(new StatusBar(vm, () -> Dialogs.importSummary(stage, vm.importResultsProperty().get())));

        vm.messageProperty().addListener((o, a, msg) -> {
            if (msg != null) {
                // the layers below word their reasons as clauses, to be embedded in a CLI line; here one stands alone
                String sentence = msg.matches("(?s).*[.!?…)]$") ? msg : msg + ".";
                Alert alert = new Alert(Alert.AlertType.ERROR, sentence, Buttons.ok());
                alert.initOwner(stage);
                alert.setHeaderText(null);
                alert.show();
            }
        });
    }

    /** Asks for a collection and puts the selected (or open) article in it. */
    private void collect() {
        vn.bantin.ui.collections.CollectionChooser.offer(stage, vm.collections(), vm.list().selected(), vm.detail().articleProperty().get());
    }

    private String provinceName(String id) {
        return vm.provinces().provinceName(id);
    }

    /** Puts the window on the stage, restores sizes, and loads the first page. */
    public Scene show(Stage stage) {
        this.stage = stage;
        applyTheme(settings.text("theme", "system"));
        Scene scene = WindowStart.put(stage, root, WindowStart.bounds(settings), "/css/bantin.css");
        // the title says what the list shows, as the header does: a window among others is found by it
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> WindowStart.title(vm.headerProperty().get()),
                vm.headerProperty()));
        split.setDividerPositions(WindowStart.dividers(settings));
        vm.detail().fontSizeProperty().set(settings.number("font.size", 15));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowSlash && "/".equals(e.getCharacter())) {
                e.consume();
            }
            swallowSlash = false;
        });
        installDragAndDrop(scene);
        others = vm.watchOtherWriters();
        stage.setOnHidden(e -> close());
        vm.feeds().syncEveryMinutesProperty().set((int) settings.number("sync.every.minutes", 0));
        vm.list().awaitPage(WindowStart.FIRST_PAGE_WAIT_MS);
        stage.show();
        sidebarSlot.fillAfterNextFrame(scene);
        vm.reread().check();
        vm.resume().check();
        return scene;
    }

    /** The window's work stops (the feeds' schedule, the watch on other writers) and its state is kept. */
    public void close() {
        schedule.stop();
        if (others != null) {
            others.close();
        }
        saveSettings();
    }

    /** Told the window that takes this one's place when the reader chooses another language. */
    public void setOnReopened(Consumer<MainWindow> then) {
        onReopened = then;
    }

    /**
     * View › Language: the window is built again in that language on the same stage, file and services, as it was
     * left (its size, panes and choices come back from the settings), so no restart is needed.
     */
    void switchLanguage(java.util.Locale l) {
        close();
        vn.bantin.i18n.Texts.use(l);
        MainWindow next = new MainWindow(vm.fresh(), settings, browser);
        next.about = about;
        next.onReopened = onReopened;
        next.show(stage);
        onReopened.accept(next);
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

    private void onKey(KeyEvent e) {
        // the map's arrows walk the map, its Enter and Space choose there
        boolean typing = e.getTarget() instanceof TextInputControl
                || e.getTarget() instanceof javafx.scene.Node n && n.getStyleClass().contains("map-canvas") && !e.isShortcutDown();
        if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
            search.clear();
            vm.searchTextProperty().set("");
            listView.listView().requestFocus();
            e.consume();
            return;
        }
        if (e.isShortcutDown()) {
            switch (e.getCode()) {
                case DIGIT1 -> provincesView.focusPicker();
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
            case C -> collect();
            case H -> detailView.highlightSelection();
            case M -> vm.toggleRead();
            case O -> openOriginal();
            case SLASH -> focusSearch();
            case DELETE -> vm.deletions().deleteSelected();
            default -> {
                if ("/".equals(e.getText())) {
                    focusSearch();
                    break;
                }
                return;
            }
        }
        e.consume();
    }

    /** "/" moves to the search box; the "/" itself is not typed into it. */
    private void focusSearch() {
        swallowSlash = true;
        search.requestFocus();
    }

    private void openOriginal() {
        String url = vm.originalUrl();
        if (url != null) {
            try {
                browser.open(url);
            } catch (Exception e) {
                // no browser (or none that would start): said in the window, with the link to take elsewhere
                Dialogs.noBrowser(stage, url, e.getMessage());
            }
        }
    }

    void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t("import.files.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(t("import.files.kind"), "*.txt", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter(t("files.all"), "*.*"));
        chooser.setInitialDirectory(StartFolder.of(settings, home()).toFile());
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            List<java.nio.file.Path> paths = files.stream().map(File::toPath).toList();
            StartFolder.remember(settings, paths);
            vm.importPaths(paths);
        }
    }

    void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(t("import.folder.title"));
        chooser.setInitialDirectory(StartFolder.of(settings, home()).toFile());
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            StartFolder.remember(settings, List.of(dir.toPath()));
            vm.importPaths(List.of(dir.toPath()));
        }
    }

    /** $HOME where it is set (Java's user.home comes from the password file). */
    private static java.nio.file.Path home() {
        String h = System.getenv("HOME");
        return java.nio.file.Path.of(h != null && !h.isBlank() ? h : System.getProperty("user.home"));
    }

    private void installDragAndDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !vm.importJob().runningProperty().get()) {
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

    /** "system" follows the desktop where it says (GTK_THEME ending in :dark); otherwise light. */
    void applyTheme(String which) {
        boolean dark = Theme.isDark(which);
        String sheet = Theme.sheet(dark);
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
        root.getStyleClass().removeAll("dark", "light");
        root.getStyleClass().add(dark ? "dark" : "light");
        detailView.darkProperty().set(dark);
    }

    /** True once the sidebar has joined the list in the window, a frame after the first. */
    public boolean isComplete() {
        return sidebarSlot.filled();
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

    /** The File menu's backups, whose restoring the app does. */
    public Restores restores() {
        return restores;
    }

    private AboutFacts about = new AboutFacts(null, "MIT", null, null);

    /** What Help › About tells, handed over by the app (it knows the version and the files). */
    public void setAbout(AboutFacts facts) {
        about = facts;
    }

    void showAbout() {
        Dialogs.about(stage, about);
    }

    public Stage stage() {
        return stage;
    }

    vn.bantin.ui.feeds.FeedsView feedsView() {
        return feedsView;
    }

    public MainViewModel viewModel() {
        return vm;
    }
}
