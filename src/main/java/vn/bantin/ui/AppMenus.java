package vn.bantin.ui;

import static vn.bantin.i18n.Texts.t;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The window's menus, in the order they read: File, View, Help. */
final class AppMenus {
    private AppMenus() {
    }

    static MenuBar build(MainWindow window, MainViewModel vm, Settings settings, MenuItem[] backups) {
        MenuItem importFiles = new MenuItem(t("menu.file.import"), new FontIcon(Material2AL.FILE_UPLOAD));
        importFiles.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        importFiles.setOnAction(e -> window.chooseFiles());
        MenuItem importFolder = new MenuItem(t("menu.file.importFolder"), new FontIcon(Material2AL.FOLDER_OPEN));
        importFolder.setOnAction(e -> window.chooseFolder());
        MenuItem quit = new MenuItem(t("menu.file.quit"));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> window.stage().close());
        MenuItem addFeed = new MenuItem(t("menu.file.addFeed"), new FontIcon(Material2AL.ADD));
        addFeed.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        addFeed.setOnAction(e -> window.feedsView().askForFeed());
        MenuItem catalogue = new MenuItem(t("menu.file.catalogue"));
        catalogue.setId("menu-catalogue");
        catalogue.setOnAction(e -> window.feedsView().chooseFromCatalogue());
        MenuItem syncNow = new MenuItem(t("menu.file.syncNow"), new FontIcon(org.kordamp.ikonli.material2.Material2MZ.SYNC));
        syncNow.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        syncNow.setOnAction(e -> vm.feeds().sync(null));
        syncNow.disableProperty().bind(vm.feeds().syncRunningProperty());
        Menu every = new Menu(t("menu.file.syncEvery"));
        ToggleGroup everyGroup = new ToggleGroup();
        for (int minutes : new int[] {0, 15, 30, 60, 180}) {
            RadioMenuItem item = new RadioMenuItem(minutes == 0 ? t("menu.file.syncNever")
                    : minutes < 60 ? t("menu.file.syncMinutes", minutes) : t("menu.file.syncHours", minutes / 60));
            item.setToggleGroup(everyGroup);
            item.setSelected(vm.feeds().syncEveryMinutesProperty().get() == minutes);
            item.setOnAction(e -> vm.feeds().syncEveryMinutesProperty().set(minutes));
            vm.feeds().syncEveryMinutesProperty().addListener((o, a, b) -> item.setSelected(b.intValue() == minutes));
            every.getItems().add(item);
        }
        MenuItem importOpml = new MenuItem(t("menu.file.importOpml"));
        importOpml.setOnAction(e -> {
            javafx.stage.FileChooser c = new javafx.stage.FileChooser();
            c.setTitle(t("opml.import.title"));
            c.getExtensionFilters().addAll(new javafx.stage.FileChooser.ExtensionFilter("OPML", "*.opml", "*.xml"),
                    new javafx.stage.FileChooser.ExtensionFilter(t("files.all"), "*"));
            java.io.File f = c.showOpenDialog(window.stage());
            if (f != null) {
                vm.feeds().importOpml(f.toPath());
            }
        });
        MenuItem exportOpml = new MenuItem(t("menu.file.exportOpml"));
        exportOpml.setOnAction(e -> {
            javafx.stage.FileChooser c = new javafx.stage.FileChooser();
            c.setTitle(t("opml.export.title"));
            c.setInitialFileName("bantin-feeds.opml");
            java.io.File f = c.showSaveDialog(window.stage());
            if (f != null) {
                vm.feeds().exportOpml(f.toPath());
            }
        });
        MenuItem samples = new MenuItem(t("menu.file.removeSamples"));
        samples.setId("menu-remove-samples");
        samples.setOnAction(e -> {
            javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    t("samples.remove.text"), Buttons.cancel(), Buttons.ok());
            ask.initOwner(window.stage());
            ask.setHeaderText(t("samples.remove.question"));
            ask.getDialogPane().setId("ask-remove-samples");
            ask.showAndWait().filter(Buttons::confirms).ifPresent(b -> vm.deletions().removeSamples());
        });
        MenuItem reread = new MenuItem(t("menu.file.reread"));
        reread.setId("menu-reread");
        reread.disableProperty().bind(vm.reread().runningProperty());
        reread.setOnAction(e -> vm.reread().start());
        MenuItem export = new MenuItem(t("menu.file.export"), new FontIcon(org.kordamp.ikonli.material2.Material2MZ.SAVE_ALT));
        export.setId("menu-export");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.disableProperty().bind(vm.export().job().runningProperty());
        export.setOnAction(e -> exportList(window, vm, settings));
        MenuItem exportMap = new MenuItem(t("menu.file.exportMap"));
        exportMap.setId("menu-export-map");
        exportMap.setOnAction(e -> exportMap(window, vm));
        Menu file = new Menu(t("menu.file"), null, importFiles, importFolder, new javafx.scene.control.SeparatorMenuItem(),
                export, exportMap, backups[0], backups[1], backups[2], new javafx.scene.control.SeparatorMenuItem(),
                addFeed, catalogue, syncNow, every, importOpml, exportOpml, new javafx.scene.control.SeparatorMenuItem(), reread, samples,
                quit);

        ToggleGroup themes = new ToggleGroup();
        Menu theme = new Menu(t("menu.view.theme"));
        for (String[] t : new String[][] {{"system", t("menu.view.theme.system")}, {"light", t("menu.view.theme.light")},
                {"dark", t("menu.view.theme.dark")}}) {
            RadioMenuItem item = new RadioMenuItem(t[1]);
            item.setId("theme-" + t[0]);
            item.setToggleGroup(themes);
            item.setSelected(settings.text("theme", "system").equals(t[0]));
            item.setOnAction(e -> {
                settings.put("theme", t[0]);
                window.applyTheme(t[0]);
            });
            theme.getItems().add(item);
        }
        MenuItem bigger = new MenuItem(t("menu.view.bigger"));
        bigger.setAccelerator(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN));
        bigger.setOnAction(e -> vm.detail().biggerFont());
        MenuItem smaller = new MenuItem(t("menu.view.smaller"));
        smaller.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        smaller.setOnAction(e -> vm.detail().smallerFont());
        javafx.scene.control.CheckMenuItem group = new javafx.scene.control.CheckMenuItem(t("menu.view.group"));
        group.setId("group-stories");
        group.setSelected(SavedView.grouped(settings));
        vm.groupStoriesProperty().set(group.isSelected());
        group.selectedProperty().addListener((o, a, b) -> {
            settings.put("stories.grouped", b);
            vm.groupStoriesProperty().set(b);
        });
        MenuItem markAll = new MenuItem(t("menu.view.markAll"));
        markAll.setId("menu-mark-all-read");
        markAll.setAccelerator(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
        markAll.setOnAction(e -> vm.markAll().run());
        Menu older = new Menu(t("menu.view.markOlder"));
        older.setId("menu-mark-older");
        for (Object[] age : new Object[][] {{"day", java.time.Duration.ofDays(1)}, {"week", java.time.Duration.ofDays(7)},
                {"month", java.time.Duration.ofDays(30)}}) {
            String words = t("menu.view.markOlder." + age[0]);
            MenuItem item = new MenuItem(words);
            item.setId("mark-older-" + age[0]);
            item.setOnAction(e -> vm.markAll().olderThan((java.time.Duration) age[1], words));
            older.getItems().add(item);
        }
        javafx.scene.control.CheckMenuItem oldest = new javafx.scene.control.CheckMenuItem(t("menu.view.oldest"));
        oldest.setId("oldest-first");
        oldest.setSelected(SavedView.oldestFirst(settings));
        vm.oldestFirstProperty().set(oldest.isSelected());
        oldest.selectedProperty().addListener((o, a, b) -> {
            settings.put("list.oldestFirst", b);
            vm.oldestFirstProperty().set(b);
        });
        javafx.scene.control.CheckMenuItem map = new javafx.scene.control.CheckMenuItem(t("menu.view.map"));
        map.setId("menu-map");
        map.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN));
        vm.provinces().mapShownProperty().set("true".equals(settings.text("sidebar.map", "false")));
        map.selectedProperty().bindBidirectional(vm.provinces().mapShownProperty());
        vm.provinces().mapShownProperty().addListener((o, a, b) -> settings.put("sidebar.map", b));
        MenuItem mapWindow = new MenuItem(t("menu.view.mapWindow"));
        mapWindow.setId("menu-map-window");
        mapWindow.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        vn.bantin.ui.map.MapWindow[] large = new vn.bantin.ui.map.MapWindow[1]; // made the first time it is asked for
        mapWindow.setOnAction(e -> {
            if (large[0] == null) {
                large[0] = new vn.bantin.ui.map.MapWindow(window.stage(), vm.map(), vm.timeline());
            }
            large[0].show();
        });
        Menu language = new Menu(t("menu.view.language"));
        language.setId("menu-language");
        ToggleGroup languages = new ToggleGroup();
        for (java.util.Locale l : java.util.List.of(vn.bantin.i18n.Texts.ENGLISH, vn.bantin.i18n.Texts.VIETNAMESE)) {
            // each language named in itself, so that a reader who cannot read the other finds their own
            RadioMenuItem item = new RadioMenuItem(l.getDisplayLanguage(l).substring(0, 1).toUpperCase(l) + l.getDisplayLanguage(l).substring(1));
            item.setId("language-" + l.getLanguage());
            item.setToggleGroup(languages);
            item.setSelected(vn.bantin.i18n.Texts.code().equals(l.getLanguage()));
            item.setOnAction(e -> {
                settings.put("language", l.getLanguage());
                window.switchLanguage(l);
            });
            language.getItems().add(item);
        }
        Menu view = new Menu(t("menu.view"), null, markAll, older, new javafx.scene.control.SeparatorMenuItem(), theme, language,
                group, oldest, map, mapWindow, bigger, smaller);

        MenuItem keys = new MenuItem(t("menu.help.shortcuts"));
        keys.setId("help-shortcuts");
        keys.setOnAction(e -> Dialogs.shortcuts(window.stage()));
        MenuItem about = new MenuItem(t("menu.help.about"));
        about.setId("help-about");
        about.setOnAction(e -> window.showAbout());
        Menu help = new Menu(t("menu.help"), null, keys, about);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** The map as shown (shown first if the list was), to a PNG or an SVG file the reader names. */
    /** File › Export…: the list shown now, every version of its stories, to a file the reader names. */
    private static void exportList(MainWindow window, MainViewModel vm, Settings settings) {
        vn.bantin.domain.ArticleQuery shown = vm.list().queryProperty().get();
        String what = vn.bantin.ui.export.ExportViewModel.title(vm.headerProperty().get());
        vm.export().size(shown, n -> vn.bantin.ui.export.ExportDialog.ask(window.stage(), t("exportDialog.what", what, n), what,
                exportFolder(settings)).ifPresent(r -> {
                    java.nio.file.Path parent = r.file().toAbsolutePath().getParent();
                    if (parent != null) {
                        settings.put(EXPORT_FOLDER, parent.toString());
                    }
                    vm.export().export(shown, r.options(), r.file());
                }));
    }

    private static final String EXPORT_FOLDER = "export.folder";

    /** Where an export goes first: where the last one went, else the reader's Documents, else their home. */
    private static java.nio.file.Path exportFolder(Settings settings) {
        String last = settings.text(EXPORT_FOLDER, "");
        if (!last.isEmpty() && java.nio.file.Files.isDirectory(java.nio.file.Path.of(last))) {
            return java.nio.file.Path.of(last);
        }
        java.nio.file.Path home = java.nio.file.Path.of(System.getProperty("user.home"));
        java.nio.file.Path documents = home.resolve("Documents");
        return java.nio.file.Files.isDirectory(documents) ? documents : home;
    }

    private static void exportMap(MainWindow window, MainViewModel vm) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(t("map.export.title"));
        chooser.getExtensionFilters().addAll(new javafx.stage.FileChooser.ExtensionFilter(t("map.export.png"), "*.png"),
                new javafx.stage.FileChooser.ExtensionFilter(t("map.export.svg"), "*.svg"));
        chooser.setInitialFileName("bantin-map.png");
        java.io.File f = chooser.showSaveDialog(window.stage());
        if (f != null) {
            exportMap(window, vm, f.toPath());
        }
    }

    /**
     * The map to {@code file}, once it is drawn: shown just now from the list, its outlines are still being read (the
     * export then failed with "still being drawn").
     */
    static void exportMap(MainWindow window, MainViewModel vm, java.nio.file.Path file) {
        vm.provinces().mapShownProperty().set(true);
        String caption = vm.headerProperty().get() == null || vm.headerProperty().get().isEmpty() ? "Bantin" : vm.headerProperty().get();
        java.util.function.Consumer<Throwable> failed = ex -> {
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                    t("map.export.failed", file, ex.getMessage()), Buttons.ok());
            a.initOwner(window.stage());
            a.setHeaderText(null);
            a.show();
        };
        if (!(window.stage().getScene().lookup("#map-pane") instanceof vn.bantin.ui.map.MapPane pane)) {
            failed.accept(new IllegalStateException(t("map.export.notYet")));
            return;
        }
        pane.whenDrawn(drawn -> {
            try {
                // laid out before it is read: a map drawn a moment ago has had no pulse yet
                window.stage().getScene().getRoot().applyCss();
                window.stage().getScene().getRoot().layout();
                // read here, on the window's thread; the file is encoded and written by a worker
                vm.map().export(vn.bantin.ui.map.MapExport.prepare(drawn, caption, file), () -> { }, failed);
            } catch (RuntimeException ex) {
                failed.accept(ex);
            }
        });
    }
}
