package vn.bantin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import vn.bantin.data.ArticleRepository;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.domain.Feed;
import vn.bantin.domain.NewArticle;
import vn.bantin.domain.Page;
import vn.bantin.domain.PageCursor;
import vn.bantin.domain.SyncedItem;
import vn.bantin.ui.provinces.ProvinceEntry;

/**
 * The sidebar never contradicts the list: each number drawn beside All articles, Unread, Bookmarks, a province, a
 * 2025 unit or a feed is the length of the list a click on it shows, whatever is searched and chosen, in stories
 * or in articles; and numbers changed by another program appear without a click.
 */
@ExtendWith(ApplicationExtension.class)
class SidebarCountsWindowTest {
    @TempDir
    static Path dir;
    static int run;

    AppContext ctx;
    FxTaskRunner runner;
    MainViewModel vm;
    MainWindow window;
    Path dbFile;
    long feedId;

    @Start
    void start(Stage stage) {
        dbFile = dir.resolve("counts-" + (++run) + ".db");
        ctx = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            AppContext c = AppContext.open(dbFile);
            c.importSamples();
            // a feed whose two entries are about Hà Nội and Huế, and two sample articles told as one story
            Feed f = c.feeds().add("https://example.vn/rss/thoi-su.rss", "Thời sự", null);
            List<SyncedItem> items = new ArrayList<>();
            for (String[] e : new String[][] {{"Hanoi opens a night market on Ta Hien street", "Hanoi"},
                    {"Hue restores the Ngo Mon gate before the festival", "Hue"}}) {
                NewArticle a = TestPages.article(e[0], e[1], "Apr " + (items.size() + 2) + ", 2025 / 08:00");
                items.add(new SyncedItem("urn:thoi-su:" + items.size(), null, a, List.of()));
            }
            c.feeds().store(f.id(), items);
            feedId = f.id();
            List<ArticleSummary> samples = c.articles().page(ArticleQuery.ALL, null, 50).items();
            c.articles().mergeStories(samples.get(0).key(), samples.get(1).key());
            return c;
        }).join();
        runner = new FxTaskRunner();
        vm = new MainViewModel(ctx.services(runner));
        window = new MainWindow(vm, new Settings(dir.resolve("settings-" + run + ".properties")), url -> { });
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
        WaitForAsyncUtils.asyncFx(() -> window.root().getScene().getWindow().hide()).get();
        runner.close();
        ctx.close();
    }

    @Test
    void everyNumberBesideEverySearchAndChoiceIsTheLengthOfItsList(FxRobot robot) {
        settle();
        assertDrawnNumbersMatchTheirLists(robot);
        // words, a prefix being typed, two letters (searched as a word, not as a prefix), nothing found
        for (String typed : List.of("hanoi", "festi", "hu", "no such words anywhere")) {
            robot.interact(() -> vm.searchTextProperty().set(typed));
            settle();
            assertDrawnNumbersMatchTheirLists(robot);
        }
        robot.interact(() -> vm.searchTextProperty().set("hanoi"));
        robot.interact(() -> vm.feeds().selectedProperty().set(vm.feeds().items().stream().filter(f -> f.id() == feedId).findFirst().orElseThrow()));
        settle();
        assertDrawnNumbersMatchTheirLists(robot);
        robot.interact(() -> {
            vm.searchTextProperty().set("");
            vm.provinces().selectOnly("ha-noi");
        });
        settle();
        assertDrawnNumbersMatchTheirLists(robot);
        robot.interact(() -> {
            vm.feeds().selectedProperty().set(null);
            vm.provinces().modeProperty().set(vn.bantin.ui.provinces.ProvincesViewModel.Mode.UNITS_2025);
            vm.provinces().selectOnly("da-nang");
        });
        settle();
        assertDrawnNumbersMatchTheirLists(robot);
        robot.interact(() -> vm.groupStoriesProperty().set(false));
        settle();
        assertDrawnNumbersMatchTheirLists(robot);
    }

    @Test
    void allArticlesCountsStoriesWhenTheListShowsStories(FxRobot robot) {
        settle();
        // 13 samples and 2 feed entries, two samples told as one story: 14 stories
        assertThat(header(robot)).isEqualTo("All articles · 14 stories");
        assertThat(drawn(robot, "#special-all")).isEqualTo(14);
        robot.interact(() -> vm.groupStoriesProperty().set(false));
        settle();
        assertThat(header(robot)).isEqualTo("All articles · 15 articles");
        assertThat(drawn(robot, "#special-all")).isEqualTo(15);
    }

    @Test
    void aBookmarkedVersionThatDoesNotLeadItsStoryIsCountedAndListed(FxRobot robot) {
        settle();
        ArticleSummary lead = articleList(robot).getItems().stream().filter(s -> !s.otherSources().isEmpty()).findFirst().orElseThrow();
        long other = ctx.reading().storyMembers(lead.key()).stream().filter(k -> k != lead.key()).findFirst().orElseThrow();
        ctx.reading().setBookmarked(other, true);
        robot.interact(vm::refresh);
        settle();
        assertThat(drawn(robot, "#special-bookmarks")).isEqualTo(1);
        robot.clickOn("#special-bookmarks");
        settle();
        assertThat(articleList(robot).getItems()).extracting(ArticleSummary::key).containsExactly(other);
        assertThat(header(robot)).isEqualTo("Bookmarks · 1 article");
    }

    @Test
    void aBookmarkMadeByTheCommandLineIsCountedWithinASecond(FxRobot robot) {
        settle();
        assertThat(drawn(robot, "#special-bookmarks")).isZero();
        // another process: its own connection to the file, as `bantin bookmark` has
        try (AppContext other = AppContext.open(dbFile)) {
            ArticleSummary first = other.articles().page(ArticleQuery.ALL, null, 1).items().get(0);
            other.reading().setBookmarked(first.key(), true);
        }
        long start = System.nanoTime();
        RereadWindowTest.waitUntil(() -> drawn(robot, "#special-bookmarks") == 1);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms until the count changed").isLessThan(1500);
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        RereadWindowTest.waitUntil(() -> runner.idle());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    static ListView<ArticleSummary> articleList(FxRobot robot) {
        return robot.lookup("#article-list").queryAs(ListView.class);
    }

    static String header(FxRobot robot) {
        return robot.lookup("#list-header").queryLabeled().getText();
    }

    /** The number drawn in a sidebar entry; an entry with none drawn shows 0. */
    static long drawn(FxRobot robot, String entry) {
        String text = robot.lookup(entry + " .sidebar-count").queryAs(Label.class).getText();
        return text.isEmpty() ? 0 : Long.parseLong(text.replace(",", ""));
    }

    /** Every number the sidebar draws for the selection now, against the list each entry would show. */
    void assertDrawnNumbersMatchTheirLists(FxRobot robot) {
        ArticleQuery q = vm.query();
        ArticleRepository repo = ctx.articles();
        long shown = listed(repo, q);
        assertThat(vm.list().totalProperty().get()).as("header count for %s", q).isEqualTo(shown);
        assertThat(articleList(robot).getItems()).as("rows for %s", q).hasSize((int) shown);
        assertThat(drawn(robot, "#special-all")).as("All articles beside %s", q)
                .isEqualTo(listed(repo, vn.bantin.domain.SidebarCounts.special(q, false, false)));
        assertThat(drawn(robot, "#special-unread")).as("Unread beside %s", q)
                .isEqualTo(listed(repo, vn.bantin.domain.SidebarCounts.special(q, true, false)));
        assertThat(drawn(robot, "#special-bookmarks")).as("Bookmarks beside %s", q)
                .isEqualTo(listed(repo, vn.bantin.domain.SidebarCounts.special(q, false, true)));
        boolean units = vm.provinces().modeProperty().get() == vn.bantin.ui.provinces.ProvincesViewModel.Mode.UNITS_2025;
        for (ProvinceEntry e : vm.provinces().entries()) {
            Set<String> ids = units ? ctx.gazetteer().expand("unit:" + e.id()) : Set.of(e.id());
            assertThat(e.count()).as("%s beside %s", e.id(), q).isEqualTo(listed(repo, q.withProvinces(new LinkedHashSet<>(ids))));
        }
        // the drawn province rows say what their entries hold
        for (javafx.scene.Node n : robot.lookup("#province-list .province-count").queryAll()) {
            javafx.scene.control.ListCell<?> cell = cellOf(n);
            if (cell != null && cell.getItem() instanceof vn.bantin.ui.provinces.ProvincesView.Row r && r.entry() != null) {
                String text = ((Label) n).getText();
                assertThat(text.isEmpty() ? 0 : Long.parseLong(text.replace(",", ""))).as("drawn %s", r.entry().id())
                        .isEqualTo(r.entry().count());
            }
        }
        for (Feed f : vm.feeds().items()) {
            assertThat(vm.feeds().countOf(f)).as("feed %s beside %s", f.title(), q).isEqualTo(listed(repo, q.withFeed(f.id())));
        }
    }

    static javafx.scene.control.ListCell<?> cellOf(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ListCell<?> c) {
                return c;
            }
        }
        return null;
    }

    static long listed(ArticleRepository repo, ArticleQuery q) {
        long n = 0;
        PageCursor after = null;
        do {
            Page<ArticleSummary> page = repo.page(q, after, 50);
            n += page.items().size();
            after = page.next();
        } while (after != null);
        return n;
    }
}
