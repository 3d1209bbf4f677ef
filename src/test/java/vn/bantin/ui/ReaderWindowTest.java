package vn.bantin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.bantin.TestPages;
import vn.bantin.app.AppContext;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;

/** The flows a reader follows, in a real window (headless) on a real database file with the sample articles. */
@ExtendWith(ApplicationExtension.class)
class ReaderWindowTest {
    @TempDir
    static Path dir;
    static int run;

    AppContext ctx;
    FxTaskRunner runner;
    MainViewModel vm;
    MainWindow window;
    /** What O opens with; a test swaps in one that fails, as on a machine with no browser. */
    volatile Browser browser = url -> { };
    Path dbFile;

    @Start
    void start(Stage stage) {
        dbFile = dir.resolve("reader-" + (++run) + ".db");
        // opened off the FX thread, as the app does in init(): the tests forbid SQL on the FX thread
        ctx = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            AppContext c = AppContext.open(dbFile);
            c.importSamples();
            return c;
        }).join();
        runner = new FxTaskRunner();
        vm = new MainViewModel(ctx.services(runner));
        window = new MainWindow(vm, new Settings(dir.resolve("settings-" + run + ".properties")), url -> browser.open(url));
        window.show(stage);
    }


    /** After TestFX's @Start: the window as the reader has it a frame later, with its sidebar. */
    @org.junit.jupiter.api.BeforeEach
    void sidebarJoined() {
        if (window != null) {
            ReaderWindowTest.waitUntil(window::isComplete);
        }
    }
    @AfterEach
    void close() throws Exception {
        if (ctx == null) {
            return; // the test closed the window itself (a restart)
        }
        WaitForAsyncUtils.asyncFx(() -> window.root().getScene().getWindow().hide()).get();
        runner.close();
        ctx.close();
        ctx = null;
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("condition not met in 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    ListView<ArticleSummary> articleList(FxRobot robot) {
        return robot.lookup("#article-list").queryAs(ListView.class);
    }

    void pickProvince(FxRobot robot, String typed, String id) {
        robot.clickOn("#province-filter").write(typed);
        waitUntil(() -> robot.lookup("#province-" + id).tryQuery().isPresent());
        robot.clickOn("#province-" + id);
    }

    @Test
    void opensOnTheSampleArticlesNewestFirst(FxRobot robot) {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        // the count follows the first page
        waitUntil(() -> robot.lookup("#list-header").queryLabeled().getText().endsWith("stories"));
        assertThat(robot.lookup("#list-header").queryLabeled().getText()).isEqualTo("All articles · 13 stories");
        assertThat(articleList(robot).getItems()).extracting(ArticleSummary::sortTs)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertDrawnRowsShowTheirArticles(robot, 4);

        // reading and bookmarking the first row changes how it is drawn: no longer bold, a filled star
        ArticleSummary first = articleList(robot).getItems().get(0);
        robot.interact(() -> articleList(robot).requestFocus());
        robot.type(KeyCode.J);
        waitUntil(() -> vm.detail().articleProperty().get() != null);
        robot.type(KeyCode.B);
        waitUntil(() -> articleList(robot).getItems().get(0).read() && articleList(robot).getItems().get(0).bookmarked());
        assertThat(articleList(robot).getItems().get(0).id()).isEqualTo(first.id());
        assertDrawnRowsShowTheirArticles(robot, 4);
    }

    /** The list's cells, looked up on the window's thread: a lookup from the test's raced the list refreshing its rows. */
    static java.util.List<javafx.scene.Node> drawnCells(FxRobot robot) {
        java.util.List<javafx.scene.Node> cells = new java.util.ArrayList<>();
        robot.interact(() -> cells.addAll(robot.lookup("#article-list .list-cell").queryAll()));
        return cells;
    }

    /** The cells on screen, not the list's items: title, bold while unread, province chips, star, "+N sources". */
    void assertDrawnRowsShowTheirArticles(FxRobot robot, int atLeast) {
        WaitForAsyncUtils.waitForFxEvents();
        int drawn = 0;
        boolean sawOtherSources = false;
        for (javafx.scene.Node n : drawnCells(robot)) {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ListCell<ArticleSummary> cell = (javafx.scene.control.ListCell<ArticleSummary>) n;
            ArticleSummary a = cell.getItem();
            if (cell.isEmpty() || a == null || !cell.isVisible() || cell.getGraphic() == null) {
                continue;
            }
            drawn++;
            javafx.scene.control.Label title = (javafx.scene.control.Label) cell.lookup(".row-title");
            assertThat(title.getText()).isEqualTo(a.title());
            assertThat(title.getStyleClass().contains("unread")).as("bold while unread: " + a.title()).isEqualTo(!a.read());
            assertThat(cell.lookupAll(".chip")).extracting(c -> ((javafx.scene.control.Label) c).getText())
                    .containsExactlyElementsOf(a.aboutIds().stream().map(vm.provinces()::provinceName).toList());
            assertThat(cell.lookup(".star").getStyleClass().contains("starred")).as("star: " + a.title()).isEqualTo(a.bookmarked());
            String meta = ((javafx.scene.control.Label) cell.lookup(".row-meta")).getText();
            assertThat(meta).startsWith(a.sourceName());
            if (a.published() == null) {
                // sorted by when it reached Bantin, and saying so, not "no date"
                assertThat(meta).contains(" · added ").doesNotContain("no date");
            }
            if (!a.otherSources().isEmpty()) {
                sawOtherSources = true;
                assertThat(meta).contains(" · " + a.othersNote());
                // the outlet being read is not one of the "others"
                assertThat(meta.substring(meta.indexOf(" · +"))).doesNotContain(a.sourceName());
            } else {
                assertThat(meta).doesNotContain(" · +");
            }
        }
        assertThat(drawn).as("rows drawn").isGreaterThanOrEqualTo(atLeast);
        if (articleList(robot).getItems().stream().limit(drawn).anyMatch(a -> !a.otherSources().isEmpty())) {
            assertThat(sawOtherSources).isTrue();
        }
    }

    @Test
    void pickingAProvinceFiltersTheListAndCountsAgreeWithTheRepository(FxRobot robot) {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        pickProvince(robot, "da nang", "da-nang");
        long expected = ctx.articles().count(ArticleQuery.ALL.withProvinces(Set.of("da-nang")));
        waitUntil(() -> articleList(robot).getItems().size() == expected);
        assertThat(articleList(robot).getItems()).allSatisfy(a -> assertThat(a.aboutIds()).contains("da-nang"));
        waitUntil(() -> robot.lookup("#list-header").queryLabeled().getText().endsWith(expected + (expected == 1 ? " story" : " stories")));
        assertThat(robot.lookup("#list-header").queryLabeled().getText()).contains("Đà Nẵng").contains(expected + (expected == 1 ? " story" : " stories"));
        javafx.stage.Stage stage = (javafx.stage.Stage) window.root().getScene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("Bantin — " + robot.lookup("#list-header").queryLabeled().getText());
        assertThat(vm.provinces().countOf("da-nang")).isEqualTo(expected);
    }

    @Test
    void aProvinceClickRunsOnlyTheStatementsItsListNeeds(FxRobot robot) {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        robot.clickOn("#province-filter").write("ha noi");
        waitUntil(() -> robot.lookup("#province-ha-noi").tryQuery().isPresent());
        waitUntil(runner::idle);
        long before = ctx.statementsPrepared();
        robot.clickOn("#province-ha-noi");
        waitUntil(() -> robot.lookup("#list-header").queryLabeled().getText().matches(".*Hà Nội · \\d+ stor(y|ies)"));
        waitUntil(runner::idle);
        // the first page, its rows' provinces, their stories, and the total; then, in one read (its BEGIN), All,
        // Unread, Bookmarks, the feeds and the collections within the province; the counts beside the provinces
        // cannot change with a click and are not asked again
        assertThat(ctx.statementsPrepared() - before).isEqualTo(10);
        // the drawn box is ticked, and a second click unticks it and lists everything again
        javafx.scene.control.CheckBox box = (javafx.scene.control.CheckBox) robot.lookup("#province-ha-noi").query().lookup(".check-box");
        assertThat(box.isSelected()).isTrue();
        robot.clickOn("#province-ha-noi");
        waitUntil(() -> !box.isSelected() && articleList(robot).getItems().size() == 13);
    }

    @Test
    void helpAboutTellsTheVersionLicenceDataFolderAndTheDatabasesSize(FxRobot robot) throws Exception {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        robot.interact(() -> window.setAbout(new AboutFacts("0.1.0", "MIT", dir, dbFile)));
        robot.clickOn("Help").clickOn("About Bantin");
        waitUntil(() -> robot.lookup("#about").tryQuery().isPresent());
        javafx.scene.control.DialogPane about = robot.lookup("#about").queryAs(javafx.scene.control.DialogPane.class);
        String text = about.getHeaderText() + "\n" + ((javafx.scene.control.Label) about.getContent()).getText();
        long kb = (Files.size(dbFile) + (Files.exists(Path.of(dbFile + "-wal")) ? Files.size(Path.of(dbFile + "-wal")) : 0)) / 1024;
        assertThat(text).contains("Bantin 0.1.0").contains("Licence: MIT").contains("Data folder: " + dir)
                .contains("Database: " + dbFile + " (").containsPattern("\\((\\d[\\d,]* KB|\\d+\\.\\d MB)\\)");
        assertThat(kb).isPositive();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void withNoBrowserTheOriginalsLinkIsOfferedToCopyNotLostSilently(FxRobot robot) {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        browser = url -> {
            throw new java.io.IOException("Cannot run program \"xdg-open\": error=2, No such file or directory");
        };
        int withPage = articleList(robot).getItems().stream().filter(a -> a.url() != null && a.url().startsWith("http"))
                .findFirst().map(a -> articleList(robot).getItems().indexOf(a)).orElseThrow();
        robot.interact(() -> vm.list().select(withPage));
        waitUntil(() -> vm.detail().articleProperty().get() != null && vm.originalUrl() != null);
        String url = vm.originalUrl();
        robot.interact(() -> articleList(robot).requestFocus());
        robot.type(KeyCode.O);
        waitUntil(() -> robot.lookup("#no-browser").tryQuery().isPresent());
        assertThat(robot.lookup("#no-browser").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .isEqualTo("Bantin could not open a browser for " + url
                        + " (Cannot run program \"xdg-open\": error=2, No such file or directory).");
        robot.clickOn("Copy link");
        waitUntil(() -> robot.lookup("#no-browser").tryQuery().isEmpty());
        assertThat(fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())).isEqualTo(url);
    }

    @Test
    void markAllReadMarksWhatTheListShowsAndUndoPutsItBack(FxRobot robot) {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        waitUntil(() -> vm.provinces().unreadCountProperty().get() == 13);
        pickProvince(robot, "da nang", "da-nang");
        long inDaNang = ctx.articles().count(ArticleQuery.ALL.withProvinces(Set.of("da-nang")));
        waitUntil(() -> articleList(robot).getItems().size() == inDaNang);
        robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#notice").queryLabeled().getText().equals("Marked " + inDaNang
                + (inDaNang == 1 ? " article read" : " articles read")));
        waitUntil(() -> articleList(robot).getItems().stream().allMatch(ArticleSummary::read));
        // Unread counts within the chosen province, as its list would show: nothing unread in Đà Nẵng now
        waitUntil(() -> vm.provinces().unreadCountProperty().get() == 0);
        assertThat(ctx.articles().count(ArticleQuery.ALL.withUnreadOnly(true))).isEqualTo(13 - inDaNang);
        robot.clickOn("#undo");
        waitUntil(() -> vm.provinces().unreadCountProperty().get() == inDaNang);
        assertThat(articleList(robot).getItems()).noneMatch(ArticleSummary::read);
        assertThat(robot.lookup("#undo").query().getParent().isVisible()).as("the notice and its Undo are gone").isFalse();
    }

    @Test
    void markOlderThanADayLeavesWhatArrivedTodayUnreadThoughItGivesNoDate(FxRobot robot) {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        waitUntil(() -> vm.provinces().unreadCountProperty().get() == 13);
        // the samples are of 2024 and 2025 but one, which gives no date and is sorted by its arrival, today
        List<ArticleSummary> today = articleList(robot).getItems().stream().filter(a -> a.published() == null).toList();
        assertThat(today).hasSize(1);
        robot.clickOn("View").clickOn("#menu-mark-older").clickOn("#mark-older-day");
        waitUntil(() -> vm.provinces().unreadCountProperty().get() == 1);
        assertThat(ctx.statuses().get(today.get(0).key()).read()).isFalse();
        assertThat(robot.lookup("#notice").queryLabeled().getText()).isEqualTo("Marked 12 articles older than a day read");
        robot.clickOn("#undo");
        waitUntil(() -> vm.provinces().unreadCountProperty().get() == 13);
    }

    @Test
    void theListsContextMenuCopiesTheLinkAndMarkdownAndMarksAndBookmarksTheRow(FxRobot robot) {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        int row = articleList(robot).getItems().stream().filter(a -> a.url() != null && a.url().startsWith("http"))
                .findFirst().map(a -> articleList(robot).getItems().indexOf(a)).orElseThrow();
        robot.interact(() -> vm.list().select(row));
        waitUntil(() -> vm.detail().articleProperty().get() != null && articleList(robot).getItems().get(row).read());
        ArticleSummary a = articleList(robot).getItems().get(row);
        javafx.scene.Node cell = robot.lookup("#article-list .list-cell").queryAll().stream()
                .filter(n -> ((javafx.scene.control.ListCell<?>) n).getIndex() == row).findFirst().orElseThrow();
        menuOn(robot, cell);
        robot.clickOn("Copy link");
        assertThat(fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())).isEqualTo(a.url());
        menuOn(robot, cell);
        robot.clickOn("Copy as Markdown");
        assertThat(fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()))
                .startsWith("[" + a.title().replace("[", "\\[").replace("]", "\\]") + "](" + a.url() + ") — " + a.sourceName());
        menuOn(robot, cell);
        robot.clickOn("Mark as unread"); // opening it read it
        waitUntil(() -> !ctx.statuses().get(a.key()).read());
        menuOn(robot, cell);
        robot.clickOn("Bookmark");
        waitUntil(() -> ctx.statuses().get(a.key()).bookmarked());
        menuOn(robot, cell);
        assertThat(robot.lookup("Remove bookmark").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        menuOn(robot, cell);
        robot.clickOn("Open in the reading view");
        waitUntil(() -> robot.lookup("#article-web").query().isFocused());
    }

    /** The desktop turns a right-click into this event; Monocle, headless, does not. */
    static void menuOn(FxRobot robot, javafx.scene.Node node) {
        robot.interact(() -> {
            javafx.geometry.Bounds b = node.localToScreen(node.getBoundsInLocal());
            node.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    b.getWidth() / 2, b.getHeight() / 2, b.getCenterX(), b.getCenterY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Every key of Help › Keyboard shortcuts, typed as a reader would, with its effect and where the keyboard is
     * afterwards. Ctrl+O opens the system's file chooser, which a headless screen cannot show: its menu item is
     * checked to carry the key instead.
     */
    @Test
    void everyShortcutOfTheHelpSheetDoesWhatItSaysAndLeavesTheFocusWhereItBelongs(FxRobot robot) throws Exception {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        java.util.Set<String> tried = new java.util.LinkedHashSet<>();
        List<String> opened = new java.util.ArrayList<>();
        browser = opened::add;
        robot.interact(() -> articleList(robot).requestFocus());
        javafx.scene.control.TextField search = robot.lookup("#search").queryAs(javafx.scene.control.TextField.class);

        robot.type(KeyCode.J);
        waitUntil(() -> vm.list().selectedIndexProperty().get() == 0);
        robot.type(KeyCode.DOWN);
        waitUntil(() -> vm.list().selectedIndexProperty().get() == 1);
        tried.add("J or ↓");
        robot.type(KeyCode.K);
        waitUntil(() -> vm.list().selectedIndexProperty().get() == 0);
        robot.type(KeyCode.DOWN, KeyCode.UP);
        waitUntil(() -> vm.list().selectedIndexProperty().get() == 0);
        tried.add("K or ↑");
        robot.type(KeyCode.N);
        waitUntil(() -> vm.list().selectedIndexProperty().get() == 2); // rows 0 and 1 were read by opening them
        tried.add("N");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        tried.add("Space");
        long key = vm.list().selected().key();
        boolean bookmarked = ctx.statuses().get(key).bookmarked();
        robot.type(KeyCode.B);
        waitUntil(() -> ctx.statuses().get(key).bookmarked() != bookmarked);
        robot.type(KeyCode.S);
        waitUntil(() -> ctx.statuses().get(key).bookmarked() == bookmarked);
        tried.add("B or S");
        boolean read = ctx.statuses().get(key).read();
        robot.type(KeyCode.M);
        waitUntil(() -> ctx.statuses().get(key).read() != read);
        tried.add("M");
        robot.type(KeyCode.C);
        waitUntil(() -> robot.lookup("#collection-choice").tryQuery().isPresent());
        javafx.scene.control.TextField choice = robot.lookup("#collection-choice").queryAs(javafx.scene.control.ComboBox.class).getEditor();
        robot.interact(choice::clear);
        robot.clickOn(choice).write("Mekong drought 2025").type(KeyCode.ENTER);
        waitUntil(() -> ctx.keeping().collection("mekong drought 2025").map(c -> c.articles() == 1).orElse(false));
        waitUntil(() -> robot.lookup("#collection-list").queryListView().getItems().size() == 1);
        tried.add("C");
        robot.interact(() -> ((javafx.scene.web.WebView) robot.lookup("#article-web").query()).getEngine().executeScript(
                "(function(){var t=document.getElementById('title').firstChild;var r=document.createRange();r.setStart(t,0);"
                + "r.setEnd(t,3);var s=window.getSelection();s.removeAllRanges();s.addRange(r);})()"));
        long highlighted = vm.detail().articleProperty().get().key();
        robot.type(KeyCode.H);
        waitUntil(() -> ctx.keeping().highlights(ctx.reading().article(highlighted).orElseThrow()).size() == 1);
        tried.add("H");
        int withPage = articleList(robot).getItems().stream().filter(a -> a.url() != null && a.url().startsWith("http"))
                .findFirst().map(a -> articleList(robot).getItems().indexOf(a)).orElseThrow();
        robot.interact(() -> vm.list().select(withPage));
        waitUntil(() -> vm.originalUrl() != null);
        robot.interact(() -> articleList(robot).requestFocus());
        robot.type(KeyCode.O);
        waitUntil(() -> opened.contains(vm.originalUrl()));
        tried.add("O");
        robot.type(KeyCode.SLASH);
        waitUntil(search::isFocused);
        robot.write("hue");
        waitUntil(() -> "hue".equals(search.getText()));
        tried.add("/");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> search.getText().isEmpty() && articleList(robot).isFocused());
        tried.add("Esc");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#province-list").query().isFocused());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitUntil(() -> articleList(robot).isFocused());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#article-web").query().isFocused());
        tried.add("Ctrl+1 / 2 / 3");
        double size = vm.detail().fontSizeProperty().get();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        waitUntil(() -> vm.detail().fontSizeProperty().get() > size);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        waitUntil(() -> vm.detail().fontSizeProperty().get() == size);
        tried.add("Ctrl + / Ctrl −");
        robot.interact(() -> articleList(robot).requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup(".text-input-dialog").tryQuery().isPresent() || robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        tried.add("Ctrl+N");
        robot.interact(() -> articleList(robot).requestFocus());
        robot.type(KeyCode.F5);
        waitUntil(() -> !vm.feeds().syncRunningProperty().get());
        tried.add("F5");
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitUntil(() -> vm.provinces().unreadCountProperty().get() == 0);
        assertThat(articleList(robot).isFocused()).as("the keyboard stays in the list").isTrue();
        tried.add("Ctrl+K");
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        assertThat(bar.getMenus().get(0).getItems()).anySatisfy(m -> assertThat(String.valueOf(m.getAccelerator()))
                .isEqualTo(new javafx.scene.input.KeyCodeCombination(KeyCode.O, javafx.scene.input.KeyCombination.SHORTCUT_DOWN).toString()));
        tried.add("Ctrl+O");
        robot.interact(() -> articleList(robot).requestFocus());
        int shown = articleList(robot).getItems().size();
        long selectedKey = vm.list().selected().key();
        robot.type(KeyCode.DELETE);
        waitUntil(() -> articleList(robot).getItems().size() == shown - 1);
        assertThat(ctx.articles().findByKey(selectedKey)).isEmpty();
        assertThat(articleList(robot).isFocused()).as("the keyboard stays in the list").isTrue();
        tried.add("Delete");
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#export-dialog").tryQuery().isEmpty());
        tried.add("Ctrl+E");
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        waitUntil(() -> vm.provinces().mapShownProperty().get() && robot.lookup("#map-view").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        waitUntil(() -> !vm.provinces().mapShownProperty().get() && robot.lookup("#province-list").tryQuery().isPresent());
        tried.add("Ctrl+M");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.M).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#map-view").tryQuery().map(n -> n.getScene().getWindow() != window.stage()).orElse(false));
        javafx.stage.Window large = robot.lookup("#map-view").query().getScene().getWindow();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !large.isShowing());
        tried.add("Ctrl+Shift+M");
        assertThat(tried).containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(Dialogs.shortcuts()).map(r -> r[0]).toList());
    }

    @Test
    void theSampleArticlesCanBeRemovedAndTheReadersOwnAndBookmarkedOnesStay(FxRobot robot) throws Exception {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        ArticleSummary kept = articleList(robot).getItems().get(3);
        ctx.statuses().setBookmarked(kept.key(), true);
        Path mine = dir.resolve("mine-" + run + ".txt");
        Files.writeString(mine, TestPages.hanoiTimes("Gia Lai opens a coffee fair in Pleiku", "Gia Lai", "Jun 1, 2024 / 08:00"),
                StandardCharsets.UTF_8);
        robot.interact(() -> vm.importPaths(List.of(mine)));
        waitUntil(() -> articleList(robot).getItems().size() == 14);
        // the samples say so in their rows, the reader's own page does not
        waitUntil(() -> vm.list().isSample(kept));
        int drawn = 0;
        for (javafx.scene.Node n : drawnCells(robot)) {
            javafx.scene.control.ListCell<?> cell = (javafx.scene.control.ListCell<?>) n;
            if (cell.getItem() instanceof ArticleSummary a && cell.isVisible()) {
                String meta = ((javafx.scene.control.Label) cell.lookup(".row-meta")).getText();
                assertThat(meta.endsWith(" · sample")).as(meta).isEqualTo(!a.title().startsWith("Gia Lai"));
                drawn++;
            }
        }
        assertThat(drawn).isGreaterThan(3);
        robot.clickOn("File").clickOn("Remove the sample articles…");
        waitUntil(() -> robot.lookup("#ask-remove-samples").tryQuery().isPresent());
        robot.clickOn("OK");
        waitUntil(() -> articleList(robot).getItems().size() == 2);
        assertThat(articleList(robot).getItems()).extracting(ArticleSummary::id)
                .containsExactlyInAnyOrder(kept.id(), ctx.articles().page(ArticleQuery.ALL.withText("Pleiku"), null, 5).items().get(0).id());
        assertThat(robot.lookup("#notice").queryLabeled().getText()).isEqualTo("Removed 12 sample articles");
        waitUntil(() -> vm.provinces().allCountProperty().get() == 2);
        assertThat(ctx.articles().count(ArticleQuery.ALL.withText("expressway"))).as("gone from the search index too").isZero();
    }

    @Test
    void viewOldestFirstTurnsTheListAroundAndIsKept(FxRobot robot) {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        List<String> newest = articleList(robot).getItems().stream().map(ArticleSummary::id).toList();
        robot.clickOn("View").clickOn("Oldest first");
        waitUntil(() -> articleList(robot).getItems().size() == 13 && articleList(robot).getItems().get(0).id().equals(newest.get(12)));
        assertThat(articleList(robot).getItems()).extracting(ArticleSummary::sortTs).isSorted();
        // kept for the next start at once, not only at a clean exit
        waitUntil(() -> "true".equals(new Settings(dir.resolve("settings-" + run + ".properties")).text("list.oldestFirst", "")));
    }

    @Test
    void twoVersionsFromOneKindOfSourceAreToldApartByTheirHeadlines(FxRobot robot) throws Exception {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        Path folder = Files.createDirectories(dir.resolve("two-saved-" + run));
        // the headlines start alike, as outlets' do: the buttons must show where they differ
        String[] heads = {"Winter-spring rice harvest reaches Long Xuyen's northern wards",
                "Winter-spring rice harvest reaches Long Xuyen's islets"};
        for (int i = 0; i < heads.length; i++) {
            Files.writeString(folder.resolve("an-giang-" + i + ".txt"), heads[i] + "\n\nFarmers in Long Xuyen, An Giang province,"
                    + " began cutting the winter-spring crop this week, and traders from the Mekong Delta's mills came to buy"
                    + " at the field's edge.\n\nThe provincial agriculture department said yields were close to seven tonnes"
                    + " a hectare, a little above last year's, after a season without serious floods.\n\nCooperatives in Long"
                    + " Xuyen have hired combine harvesters from neighbouring districts, and the work is expected to finish"
                    + " before the end of the month.\n", StandardCharsets.UTF_8);
        }
        robot.interact(() -> vm.importPaths(List.of(folder)));
        waitUntil(() -> articleList(robot).getItems().stream().anyMatch(a -> a.otherSources().size() == 1));
        int row = articleList(robot).getItems().stream().filter(a -> a.otherSources().size() == 1)
                .findFirst().map(a -> articleList(robot).getItems().indexOf(a)).orElseThrow();
        robot.interact(() -> vm.list().select(row));
        waitUntil(() -> vm.detail().articleProperty().get() != null && vm.detail().articleProperty().get().versions().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> labels = robot.lookup(".toggle-button").queryAll().stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("version-"))
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList();
        assertThat(labels).containsExactlyInAnyOrder("Saved page: …northern wards", "Saved page: …islets");
        assertThat(robot.lookup("Versions").tryQuery()).isPresent();
        assertThat(robot.lookup("Also reported by").tryQuery()).isEmpty();
    }

    @Test
    void slashMovesToTheSearchWithoutTypingASlashIntoIt(FxRobot robot) {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        robot.interact(() -> articleList(robot).requestFocus());
        robot.type(KeyCode.SLASH);
        waitUntil(() -> robot.lookup("#search").query().isFocused());
        robot.write("hue");
        waitUntil(() -> "hue".equals(robot.lookup("#search").queryAs(javafx.scene.control.TextField.class).getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#search").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("hue");
    }

    @Test
    void choosingAllArticlesOrBookmarksLeavesAChosenFeed(FxRobot robot) throws Exception {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        vn.bantin.domain.Feed feed = ctx.feeds().add("https://e.vnexpress.net/rss/news.rss", "VnExpress International", null);
        robot.interact(() -> vm.refresh());
        waitUntil(() -> vm.feeds().items().stream().anyMatch(f -> f.id() == feed.id()));
        robot.interact(() -> vm.feeds().selectedProperty().set(feed));
        waitUntil(() -> articleList(robot).getItems().isEmpty());
        robot.clickOn("#special-all");
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        assertThat(vm.feeds().selectedProperty().get()).isNull();
        robot.interact(() -> vm.feeds().selectedProperty().set(feed));
        waitUntil(() -> articleList(robot).getItems().isEmpty());
        robot.clickOn("#special-bookmarks");
        waitUntil(() -> vm.feeds().selectedProperty().get() == null);
        assertThat(robot.lookup("#list-header").queryLabeled().getText()).startsWith("Bookmarks").doesNotContain("VnExpress");
    }

    @Test
    void pickerSearchIgnoresAccentsAndFindsCitiesThatStandForAProvince(FxRobot robot) {
        robot.clickOn("#province-filter").write("hue");
        waitUntil(() -> vm.provinces().entries().stream().anyMatch(e -> e.id().equals("thua-thien-hue")));
        robot.interact(() -> robot.lookup("#province-filter").queryTextInputControl().clear());
        robot.clickOn("#province-filter").write("daklak");
        waitUntil(() -> vm.provinces().entries().size() == 1 && vm.provinces().entries().get(0).id().equals("dak-lak"));
        robot.interact(() -> robot.lookup("#province-filter").queryTextInputControl().clear());
        robot.clickOn("#province-filter").write("Da Lat");
        waitUntil(() -> vm.provinces().entries().stream().anyMatch(e -> e.id().equals("lam-dong") && "Da Lat".equals(e.via())));
        robot.interact(() -> robot.lookup("#province-filter").queryTextInputControl().clear());
        robot.clickOn("#province-filter").write("vung tau");
        waitUntil(() -> vm.provinces().entries().stream().anyMatch(e -> e.id().equals("ba-ria-vung-tau")));
    }

    @Test
    void selectingTwoProvincesShowsArticlesAboutEither(FxRobot robot) {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        pickProvince(robot, "can tho", "can-tho");
        robot.interact(() -> robot.lookup("#province-filter").queryTextInputControl().clear());
        pickProvince(robot, "ha noi", "ha-noi");
        long expected = ctx.articles().count(ArticleQuery.ALL.withProvinces(Set.of("can-tho", "ha-noi")));
        assertThat(expected).isGreaterThanOrEqualTo(2);
        waitUntil(() -> articleList(robot).getItems().size() == expected);
        assertThat(articleList(robot).getItems()).allSatisfy(a -> assertThat(a.aboutIds()).containsAnyOf("can-tho", "ha-noi"));
        robot.clickOn("#province-clear");
        waitUntil(() -> articleList(robot).getItems().size() == 13);
    }

    @Test
    void unitsOf2025ShowAllTheirMemberProvinces(FxRobot robot) {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        robot.clickOn("#mode-34");
        waitUntil(() -> vm.provinces().entries().size() == 34);
        pickProvince(robot, "can tho", "can-tho");
        // The 2025 unit of Can Tho merged Can Tho, Soc Trang and Hau Giang.
        long expected = ctx.articles().count(ArticleQuery.ALL.withProvinces(Set.of("can-tho", "soc-trang", "hau-giang")));
        waitUntil(() -> articleList(robot).getItems().size() == expected);
        assertThat(articleList(robot).getItems()).anySatisfy(a -> assertThat(a.aboutIds()).contains("soc-trang"));
    }

    @Test
    void openingAnArticleShowsItsBodyAndMarksItRead(FxRobot robot) throws Exception {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        ArticleSummary first = articleList(robot).getItems().get(0);
        assertThat(first.read()).isFalse();
        robot.interact(() -> articleList(robot).requestFocus());
        robot.type(KeyCode.J);
        waitUntil(() -> vm.detail().articleProperty().get() != null);
        WebView web = robot.lookup("#article-web").queryAs(WebView.class);
        waitUntil(() -> fx(() -> web.getEngine().getDocument() != null
                && web.getEngine().getDocument().getElementById("title") != null));
        String text = WaitForAsyncUtils.asyncFx(() -> web.getEngine().getDocument().getDocumentElement().getTextContent()).get();
        ArticleSummary open = articleList(robot).getItems().get(vm.list().selectedIndexProperty().get());
        assertThat(text).contains(open.title()).contains(ctx.articles().findByKey(open.key()).orElseThrow().body().get(0));
        waitUntil(() -> articleList(robot).getItems().get(vm.list().selectedIndexProperty().get()).read());
        assertThat(ctx.statuses().get(open.key()).read()).isTrue();
        waitUntil(() -> vm.provinces().unreadCountProperty().get() == 12);
    }

    @Test
    void bookmarkAppearsUnderBookmarksAndSurvivesARestart(FxRobot robot) throws Exception {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        robot.interact(() -> articleList(robot).requestFocus());
        robot.type(KeyCode.J, KeyCode.J);
        waitUntil(() -> vm.detail().articleProperty().get() != null);
        ArticleSummary chosen = vm.list().selected();
        robot.type(KeyCode.B);
        waitUntil(() -> vm.provinces().bookmarkCountProperty().get() == 1);
        robot.clickOn("#special-bookmarks");
        waitUntil(() -> articleList(robot).getItems().size() == 1);
        assertThat(articleList(robot).getItems().get(0).id()).isEqualTo(chosen.id());
        assertThat(articleList(robot).getItems().get(0).bookmarkedAt()).isNotNull();

        // A restart: the window and its file closed, then the same file opened afresh.
        close();
        try (AppContext again = AppContext.open(dbFile)) {
            assertThat(again.articles().page(ArticleQuery.ALL.withBookmarkedOnly(true), null, 10).items())
                    .extracting(ArticleSummary::id).containsExactly(chosen.id());
        }
    }

    @Test
    void aFileLockedByAnotherProgramIsSaidInWordsAndTheBookmarkIsNotKept(FxRobot robot) throws Exception {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        robot.interact(() -> articleList(robot).requestFocus());
        robot.type(KeyCode.J);
        waitUntil(() -> vm.detail().articleProperty().get() != null);
        long key = vm.list().selected().key();
        try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dbFile);
             java.sql.Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE"); // another program writing, for longer than Bantin waits
            robot.type(KeyCode.B);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            String said = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText();
            assertThat(said).isEqualTo("Could not save the bookmark: Could not write to " + dbFile.toAbsolutePath()
                    + ": another program holds the file locked. Close it (or wait for it) and try again.");
            st.execute("ROLLBACK");
        }
        robot.clickOn("OK");
        assertThat(ctx.statuses().get(key).bookmarked()).isFalse();
        waitUntil(() -> vm.provinces().bookmarkCountProperty().get() == 0);
        robot.interact(() -> articleList(robot).requestFocus());
        robot.type(KeyCode.B); // the lock gone, the same key saves it
        waitUntil(() -> vm.provinces().bookmarkCountProperty().get() == 1);
    }

    @Test
    void importingAFolderWithABadFileNamesItAndShowsTheGoodOnes(FxRobot robot) throws Exception {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        Path folder = dir.resolve("drop-" + run);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("kon-tum.txt"), TestPages.hanoiTimes("Kon Tum opens a new school for Mang Den",
                "Kon Tum", "May 2, 2024 / 09:00"), StandardCharsets.UTF_8);
        Files.write(folder.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        WaitForAsyncUtils.asyncFx(() -> vm.importPaths(List.of(folder))).get();
        // the outcome in the status bar, not a dialog in the way; the files not imported behind Details…
        waitUntil(() -> "1 imported · 0 already in Bantin · 1 not imported".equals(
                robot.lookup("#import-status").queryLabeled().getText()));
        assertThat(robot.lookup("#import-summary").tryQuery()).isEmpty();
        waitUntil(() -> articleList(robot).getItems().size() == 14);
        assertThat(articleList(robot).getItems()).anySatisfy(a -> assertThat(a.aboutIds()).contains("kon-tum"));
        robot.clickOn("#import-details");
        waitUntil(() -> robot.lookup("#import-rejected").tryQuery().isPresent());
        String details = robot.lookup("#import-rejected").queryAs(TextArea.class).getText();
        assertThat(details).contains("photo.txt").contains("binary");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void keyboardMovesThroughArticlesAndTogglesState(FxRobot robot) {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        robot.interact(() -> articleList(robot).requestFocus());
        robot.type(KeyCode.J);
        waitUntil(() -> vm.list().selectedIndexProperty().get() == 0);
        robot.type(KeyCode.J, KeyCode.J, KeyCode.K);
        waitUntil(() -> vm.list().selectedIndexProperty().get() == 1);
        // 0, 1 and 2 have been opened, so the next unread after 1 is 3
        robot.type(KeyCode.N);
        waitUntil(() -> vm.list().selectedIndexProperty().get() == 3 && articleList(robot).getItems().get(3).read());
        robot.type(KeyCode.M);
        waitUntil(() -> !articleList(robot).getItems().get(3).read());
        assertThat(ctx.statuses().get(articleList(robot).getItems().get(3).key()).read()).isFalse();
        robot.type(KeyCode.SLASH);
        assertThat(window.searchField().isFocused()).isTrue();
        robot.write("hue");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> articleList(robot).getItems().size() < 13 && !articleList(robot).getItems().isEmpty());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> articleList(robot).getItems().size() == 13 && window.searchField().getText().isEmpty());
    }

    @Test
    void emptyProvinceSaysWhatToDo(FxRobot robot) {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        pickProvince(robot, "kon tum", "kon-tum");
        waitUntil(() -> articleList(robot).getItems().isEmpty());
        assertThat(robot.lookup("#list-empty").queryLabeled().getText())
                .isEqualTo("No articles for Kon Tum yet — import saved pages (File › Import) or add a feed.");
    }

    @Test
    void oneEventFromThreeOutletsIsOneRowWhoseVersionsCanBeReadAndSplit(FxRobot robot) throws Exception {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        Path folder = dir.resolve("story-" + run);
        Files.createDirectories(folder);
        for (String f : new String[] {"a1-vgp.txt", "a2-hanoitimes.txt", "a3-vna-undated.txt"}) {
            try (var in = getClass().getResourceAsStream("/stories/" + f)) {
                Files.write(folder.resolve(f), in.readAllBytes());
            }
        }
        WaitForAsyncUtils.asyncFx(() -> vm.importPaths(List.of(folder))).get();
        waitUntil(() -> articleList(robot).getItems().size() == 14);
        // a clean import says so in the status bar and opens no dialog
        waitUntil(() -> robot.lookup("#import-status").queryLabeled().getText().startsWith("3 imported"));
        assertThat(robot.lookup("#import-summary").tryQuery()).isEmpty();
        assertThat(robot.lookup("#import-details").query().isVisible()).isFalse();
        ArticleSummary story = articleList(robot).getItems().stream().filter(a -> a.otherSources().size() == 2).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> vm.list().select(articleList(robot).getItems().indexOf(story))).get();
        waitUntil(() -> vm.detail().articleProperty().get() != null && vm.detail().articleProperty().get().versions().size() == 3);
        String other = vm.detail().articleProperty().get().versions().stream().filter(v -> v.key() != story.key())
                .findFirst().orElseThrow().id();
        robot.interact(() -> articleList(robot).requestFocus());
        robot.clickOn("#version-" + other);
        waitUntil(() -> vm.detail().articleProperty().get().id().equals(other));
        // the keyboard stays with the list: J moves on, it is not typed into the search box
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#search").query().isFocused()).isFalse();
        assertThat(articleList(robot).isFocused()).isTrue();
        // every version of the story is now read
        for (var v : vm.detail().articleProperty().get().versions()) {
            assertThat(ctx.statuses().get(v.key()).read()).isTrue();
        }
        long splitKey = vm.detail().articleProperty().get().key();
        // "Not the same story" is drawn as an action (an icon, the versions' own size, the accent's colour), not a tiny caption
        javafx.scene.control.Button split = robot.lookup("#detail-split").queryButton();
        javafx.scene.control.ToggleButton version = robot.lookup("#version-" + other).queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(split.getGraphic()).isNotNull();
        assertThat(split.getFont().getSize()).isEqualTo(version.getFont().getSize());
        assertThat(SidebarLookWindowTest.contrast((javafx.scene.paint.Color) split.getTextFill(),
                SidebarLookWindowTest.effectiveBackground(split))).isGreaterThanOrEqualTo(4.5);
        robot.clickOn("#detail-split");
        waitUntil(() -> articleList(robot).getItems().size() == 15);
        assertThat(ctx.articles().findByKey(splitKey).orElseThrow().versions()).isEmpty();
        assertThat(ctx.articles().findByKey(story.key()).orElseThrow().versions()).hasSize(2);
    }

    @Test
    void anArticleKeptFromItsFeedsSummarySaysSoAndIsFetchedWholeOnRequest(FxRobot robot) throws Exception {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        try (vn.bantin.ingest.feed.FeedServer server = new vn.bantin.ingest.feed.FeedServer()) {
            String page = "<html><head><title>Hue reopens the Truong Tien bridge</title></head><body><article><h1>Hue reopens"
                    + " the Truong Tien bridge</h1><p>The Truong Tien bridge over the Perfume River in Hue reopened to walkers on"
                    + " Sunday after a month of repairs to its steel spans.</p><p>Lights along the six spans will return next"
                    + " week, the city said.</p></article></body></html>";
            server.serve("/w/rss", "application/rss+xml", ("<rss version=\"2.0\"><channel><title>Whole</title><item><title>Hue"
                    + " reopens the Truong Tien bridge</title><link>" + server.base() + "/w/a.html</link><description>The bridge"
                    + " is open again.</description></item></channel></rss>").getBytes(java.nio.charset.StandardCharsets.UTF_8), null)
                    .serve("/w/a.html", new vn.bantin.ingest.feed.FeedServer.Route(503, "text/plain", new byte[0], null, 0));
            java.util.concurrent.CompletableFuture.runAsync(() -> {
                ctx.feeds().add(server.base() + "/w/rss", "Whole", null);
                ctx.sync().sync(null, vn.bantin.ingest.feed.SyncService.Listener.NONE, () -> false);
            }).join();
            robot.interact(vm::refresh);
            waitUntil(() -> articleList(robot).getItems().size() == 14);
            int row = fx(() -> {
                List<ArticleSummary> items = articleList(robot).getItems();
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i).title().startsWith("Hue reopens the Truong Tien")) {
                        return i;
                    }
                }
                return -1;
            });
            robot.interact(() -> vm.list().select(row));
            waitUntil(() -> robot.lookup("#detail-summary-bar").tryQuery().map(n -> n.isVisible()).orElse(false));
            assertThat(robot.lookup("#detail-summary-only").queryLabeled().getText()).contains("Only the feed’s summary");
            server.serve("/w/a.html", "text/html", page.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
            robot.clickOn("#detail-fetch-whole");
            waitUntil(() -> vm.detail().articleProperty().get() != null
                    && String.join(" ", vm.detail().articleProperty().get().body()).contains("Lights along the six spans"));
            waitUntil(() -> !robot.lookup("#detail-summary-bar").query().isVisible());
        }
    }

    @Test
    void theCatalogueOfVietnameseSourcesSubscribesToTheTickedFeedsInTwoClicks(FxRobot robot) throws Exception {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        try (vn.bantin.ingest.feed.FeedServer server = new vn.bantin.ingest.feed.FeedServer()) {
            server.serve("/vne/rss", "application/rss+xml", server.fixture("vnexpress.rss"), null)
                    .serve("/vne/news/da-nang-night-ferry-4700001.html", "text/html", server.fixture("da-nang-night-ferry.html"), null)
                    .serve("/vne/news/quang-ninh-oysters-4700002.html", "text/html", server.fixture("quang-ninh-oysters.html"), null)
                    .serve("/ht/atom.xml", "application/atom+xml", server.fixture("hanoitimes.atom"), null)
                    .serve("/ht/hanoi-to-lich-trees-326001.html", "text/html", server.fixture("hanoi-to-lich-trees.html"), null);
            // the loopback server stands in for the outlets
            vm.feeds().setCatalogue(() -> List.of(
                    new vn.bantin.ingest.feed.Catalogue.Source("VnExpress International", "vnexpress", "en", server.base() + "/vne/rss", null),
                    new vn.bantin.ingest.feed.Catalogue.Source("Hanoi Times", "hanoi-times", "en", server.base() + "/ht/atom.xml", null),
                    new vn.bantin.ingest.feed.Catalogue.Source("Nhân Dân", "nhan-dan", "vi", server.base() + "/nd/rss", null)));
            robot.clickOn("#feed-catalogue");
            waitUntil(() -> robot.lookup("#catalogue-subscribe").tryQuery().isPresent());
            robot.clickOn("#catalogue-0");
            robot.clickOn("#catalogue-1");
            robot.clickOn("#catalogue-subscribe");
            waitUntil(() -> vm.feeds().items().size() == 2);
            waitUntil(() -> articleList(robot).getItems().size() >= 15);
            assertThat(vm.feeds().items()).extracting(vn.bantin.domain.Feed::title)
                    .containsExactlyInAnyOrder("VnExpress International", "Hanoi Times");
            assertThat(server.hits("/nd/rss")).isZero();
        }
    }

    @Test
    void aFeedAddedInTheWindowSyncsWithProgressAndItsArticlesAndPicturesReadOffline(FxRobot robot) throws Exception {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        byte[] png = vn.bantin.ingest.feed.FeedServer.png(0x118844);
        try (vn.bantin.ingest.feed.FeedServer server = new vn.bantin.ingest.feed.FeedServer()) {
            server.serve("/vne/rss", "application/rss+xml", server.fixture("vnexpress.rss"), null)
                    .serve("/vne/news/da-nang-night-ferry-4700001.html", "text/html", server.fixture("da-nang-night-ferry.html"), null)
                    .serve("/vne/news/quang-ninh-oysters-4700002.html", "text/html", server.fixture("quang-ninh-oysters.html"), null)
                    .serve("/img/ferry.png", "image/png", png, null);
            robot.clickOn("#feed-add");
            waitUntil(() -> robot.lookup("#feed-url").tryQuery().isPresent());
            robot.clickOn("#feed-url").write(server.base() + "/vne/rss");
            robot.type(KeyCode.ENTER);
            waitUntil(() -> vm.feeds().items().size() == 1 && vm.feeds().items().get(0).unread() == 2);
            assertThat(robot.lookup("#sync-status").queryLabeled().getText()).isEqualTo("Synced 1 feed: 2 new");
            waitUntil(() -> articleList(robot).getItems().size() == 15);
        }
        // the server is gone: choosing the feed and reading its article needs nothing from the network
        robot.clickOn("VnExpress International - News");
        waitUntil(() -> articleList(robot).getItems().size() == 2);
        assertThat(robot.lookup("#list-header").queryLabeled().getText()).contains("VnExpress International - News");
        // the list of feeds is reloaded when counts change; the chosen one stays chosen
        waitUntil(() -> fx(() -> robot.lookup("#feed-list").queryListView().getSelectionModel().getSelectedItem() != null));
        int ferry = fx(() -> {
            List<ArticleSummary> items = articleList(robot).getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).title().startsWith("Da Nang opens night ferry")) {
                    return i;
                }
            }
            return -1;
        });
        robot.interact(() -> vm.list().select(ferry));
        WebView web = robot.lookup("#article-web").queryAs(WebView.class);
        waitUntil(() -> fx(() -> web.getEngine().getDocument() != null
                && web.getEngine().getDocument().getElementsByTagName("img").getLength() == 1));
        String src = fx(() -> ((org.w3c.dom.Element) web.getEngine().getDocument().getElementsByTagName("img").item(0)).getAttribute("src"));
        assertThat(src).startsWith("data:image/png;base64,").endsWith(java.util.Base64.getEncoder().encodeToString(png));
        robot.clickOn("#feed-clear");
        waitUntil(() -> articleList(robot).getItems().size() == 15);
    }

    @Test
    void aHostilePageIsReadAsTextAndTheReadingViewRunsNothingAndFetchesNothing(FxRobot robot) throws Exception {
        waitUntil(() -> articleList(robot).getItems().size() == 13);
        try (vn.bantin.ingest.feed.FeedServer server = new vn.bantin.ingest.feed.FeedServer()) {
            String b = server.base();
            String page = "<html><head><title>Quang Tri opens border market</title>"
                    + "<link rel=\"stylesheet\" href=\"" + b + "/style.css\"><script src=\"" + b + "/evil.js\"></script>"
                    + "<style>body{background:url(" + b + "/bg.png)}</style></head><body onload=\"fetch('" + b + "/onload')\">"
                    + "<h1>Quang Tri opens border market</h1><article>"
                    + "<p>Traders from Laos and Vietnam met at the new Lao Bao market in Quang Tri province on Friday,"
                    + " where stalls sell coffee, honey and timber goods.<script>fetch('" + b + "/inline')</script></p>"
                    + "<p style=\"background-image:url(" + b + "/p.png)\">The market opens every day from six in the morning"
                    + " <a href=\"javascript:fetch('" + b + "/js')\">until dusk</a>, officials said.</p>"
                    + "<img src=\"" + b + "/remote.png\" onerror=\"fetch('" + b + "/onerror')\">"
                    + "<iframe src=\"" + b + "/frame.html\"></iframe><object data=\"" + b + "/obj\"></object>"
                    + "<svg><image href=\"" + b + "/svg.png\"/></svg></article></body></html>";
            Path file = dir.resolve("hostile-" + run + ".html");
            Files.writeString(file, page);
            robot.interact(() -> vm.importPaths(List.of(file)));
            waitUntil(() -> articleList(robot).getItems().size() == 14);
            robot.interact(() -> {
                List<ArticleSummary> items = articleList(robot).getItems();
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i).title().equals("Quang Tri opens border market")) {
                        vm.list().select(i);
                    }
                }
            });
            WebView web = robot.lookup("#article-web").queryAs(WebView.class);
            waitUntil(() -> fx(() -> web.getEngine().getDocument() != null
                    && web.getEngine().getDocument().getElementById("title") != null
                    && web.getEngine().getDocument().getElementById("title").getTextContent().equals("Quang Tri opens border market")));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> fx(() -> web.getEngine().getLoadWorker().getState() == javafx.concurrent.Worker.State.SUCCEEDED));
            var doc = fx(() -> web.getEngine().getDocument());
            String text = fx(() -> doc.getDocumentElement().getTextContent());
            assertThat(text).contains("Lao Bao market").contains("until dusk");
            for (String tag : List.of("script", "iframe", "object", "img", "link", "svg", "a")) {
                assertThat(fx(() -> doc.getElementsByTagName(tag).getLength())).as(tag).isZero();
            }
            assertThat(fx(() -> web.getEngine().isJavaScriptEnabled())).isFalse();
            // a page that does fetch, loaded after: its request comes after anything the article's page started
            robot.interact(() -> web.getEngine().loadContent("<html><body><img src=\"" + b + "/barrier\"></body></html>"));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> server.hits("/barrier") > 0);
            assertThat(server.totalHits() - server.hits("/barrier")).as("requests the page made").isZero();
        }
    }

    static <T> T fx(java.util.concurrent.Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
