package vn.bantin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.TestPages;
import vn.bantin.app.AppContext;
import vn.bantin.ingest.ImportService;
import vn.bantin.ui.list.ArticleListViewModel;
import vn.bantin.ui.provinces.ProvincesViewModel;

/** The view models on their own: no window, no FX thread, work run on the calling thread. */
class ViewModelTest {
    @TempDir
    Path dir;
    AppContext ctx;
    MainViewModel vm;

    @BeforeEach
    void open() {
        ctx = AppContext.open(dir.resolve("vm.db"));
        ctx.importSamples();
        vm = new MainViewModel(ctx.services(TaskRunner.SAME_THREAD));
        vm.refresh();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aMapShownAtTheStartIsReadAndDrawnOnlyOnceTheListHasShownItsFirstPage() {
        var map = new vn.bantin.ui.map.MapViewModel(new vn.bantin.ui.provinces.ProvincesViewModel(ctx.services(TaskRunner.SAME_THREAD).gazetteer()),
                ctx.services(TaskRunner.SAME_THREAD).gazetteer(), TaskRunner.SAME_THREAD);
        int[] drawn = new int[1];
        map.loadShapes(() -> drawn[0]++, e -> { throw new AssertionError(e); });
        map.listLoading(true);
        assertThat(drawn[0]).as("the list's first page is still coming").isZero();
        map.listLoading(false);
        assertThat(drawn[0]).as("drawn once the page is in").isEqualTo(1);
        map.listLoading(true); // a later query loading does not hold a map opened meanwhile
        map.loadShapes(() -> drawn[0]++, e -> { throw new AssertionError(e); });
        assertThat(drawn[0]).isEqualTo(2);
    }

    @Test
    void aListReloadedAgainBeforeItsWorkRanShowsOnlyTheLatestQuery() throws Exception {
        JobTest.Later later = new JobTest.Later(); // work waits until the test runs it, as on a worker thread
        java.util.ArrayDeque<Runnable> queued = later.queued;
        var list = new vn.bantin.ui.list.ArticleListViewModel(ctx.reading(), later);
        var hanoi = vn.bantin.domain.ArticleQuery.ALL.withProvinces(java.util.Set.of("ha-noi"));
        var daNang = vn.bantin.domain.ArticleQuery.ALL.withProvinces(java.util.Set.of("da-nang"));
        list.queryProperty().set(hanoi);
        list.reload();
        list.queryProperty().set(daNang);
        list.reload();
        assertThat(list.totalProperty().get()).as("no count while counting").isEqualTo(-1);
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
        long expected = ctx.articles().count(daNang);
        assertThat(expected).isPositive();
        assertThat(list.items()).hasSize((int) expected).allSatisfy(a -> assertThat(a.aboutIds()).contains("da-nang"));
        assertThat(list.totalProperty().get()).isEqualTo(expected);
        assertThat(list.loadingProperty().get()).isFalse();
    }

    @Test
    void aMorePageStillComingForTheLastQueryNeitherJoinsTheNewListNorBlocksItsOwn() throws Exception {
        List<vn.bantin.domain.NewArticle> more = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) { // more than a page of one province
            more.add(TestPages.article("Da Nang market " + i + " reopens", "Da Nang", "Jan " + (1 + i % 28) + ", 2024 / 08:00"));
        }
        ctx.articles().insertBatch(more);
        JobTest.Later later = new JobTest.Later(); // work waits until the test runs it, as on a worker thread
        java.util.ArrayDeque<Runnable> queued = later.queued;
        var list = new vn.bantin.ui.list.ArticleListViewModel(ctx.reading(), later);
        var hue = vn.bantin.domain.ArticleQuery.ALL.withProvinces(java.util.Set.of("da-nang"));
        list.queryProperty().set(vn.bantin.domain.ArticleQuery.ALL);
        list.reload();
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
        assertThat(list.hasMore()).isTrue();
        list.loadMore(null); // the reader scrolled to the end of all articles...
        Runnable staleMore = queued.poll();
        list.queryProperty().set(hue); // ...and picked Da Nang before that page came
        list.reload();
        assertThat(list.hasMore()).as("no next page before the new first one").isFalse();
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
        staleMore.run();
        assertThat(list.items()).hasSize(ArticleListViewModel.PAGE)
                .allSatisfy(a -> assertThat(a.aboutIds()).contains("da-nang"));
        list.loadMore(null); // Da Nang's own next page is not refused because of the stale one
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
        long expected = ctx.articles().count(hue);
        assertThat(list.items()).hasSize((int) expected).doesNotHaveDuplicates();
    }

    @Test
    void theArticleChosenIsChosenAgainWhenASearchTypedLetterByLetterIsCleared() {
        var list = new vn.bantin.ui.list.ArticleListViewModel(ctx.reading(), TaskRunner.SAME_THREAD);
        list.queryProperty().set(vn.bantin.domain.ArticleQuery.ALL);
        list.reload();
        list.select(2);
        String chosen = list.selected().id();
        for (String typed : List.of("z", "zq", "zqx")) { // lists without it, as the box searches while a word is typed
            list.queryProperty().set(vn.bantin.domain.ArticleQuery.ALL.withText(typed));
            list.reload();
            assertThat(list.selected()).isNull();
        }
        list.queryProperty().set(vn.bantin.domain.ArticleQuery.ALL);
        list.reload();
        assertThat(list.selected()).isNotNull().extracting(vn.bantin.domain.ArticleSummary::id).isEqualTo(chosen);
        list.select(0); // the reader's own choice replaces the one remembered
        list.queryProperty().set(vn.bantin.domain.ArticleQuery.ALL.withText("zqx"));
        list.reload();
        list.queryProperty().set(vn.bantin.domain.ArticleQuery.ALL);
        list.reload();
        assertThat(list.selectedIndexProperty().get()).isZero();
    }

    @Test
    void listAndCountsFollowTheSidebar() {
        assertThat(vm.list().items()).hasSize(13);
        assertThat(vm.provinces().allCountProperty().get()).isEqualTo(13);
        vm.provinces().toggle("quang-ninh");
        assertThat(vm.list().items()).extracting(a -> a.aboutIds().contains("quang-ninh")).containsOnly(true);
        assertThat(vm.headerProperty().get()).startsWith("All articles · Quảng Ninh · ");
        vm.provinces().clearSelection();
        vm.provinces().specialProperty().set(ProvincesViewModel.Special.BOOKMARKS);
        assertThat(vm.list().items()).isEmpty();
        assertThat(vm.emptyMessageProperty().get()).contains("press B");
    }

    @Test
    void unitModeSelectsEveryMemberProvince() {
        vm.provinces().modeProperty().set(ProvincesViewModel.Mode.UNITS_2025);
        assertThat(vm.provinces().entries()).hasSize(34);
        vm.provinces().toggle("vinh-long");
        assertThat(vm.provinces().selectedProvinceIds()).containsExactlyInAnyOrder("vinh-long", "ben-tre", "tra-vinh");
        assertThat(vm.list().items()).anySatisfy(a -> assertThat(a.aboutIds()).contains("ben-tre"));
    }

    @Test
    void pickerSearchFoldsAccentsSpacesAndFindsPlaces() {
        vm.provinces().filterTextProperty().set("DA NANG");
        assertThat(vm.provinces().entries()).extracting(e -> e.id()).containsExactly("da-nang");
        vm.provinces().filterTextProperty().set("buon ma thuot");
        assertThat(vm.provinces().entries()).extracting(e -> e.id(), e -> e.via())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dak-lak", "Buon Ma Thuot"));
        vm.provinces().filterTextProperty().set("Thừa Thiên");
        assertThat(vm.provinces().entries()).extracting(e -> e.id()).containsExactly("thua-thien-hue");
    }

    @Test
    void openingMarksReadAndBookmarkTogglesInPlace() {
        vm.list().select(0);
        assertThat(vm.detail().articleProperty().get()).isNotNull();
        assertThat(vm.list().items().get(0).read()).isTrue();
        assertThat(vm.provinces().unreadCountProperty().get()).isEqualTo(12);
        vm.toggleBookmark();
        assertThat(vm.list().items().get(0).bookmarked()).isTrue();
        assertThat(vm.provinces().bookmarkCountProperty().get()).isEqualTo(1);
        vm.toggleRead();
        assertThat(vm.list().items().get(0).read()).isFalse();
    }

    @Test
    void importReportsEveryFileAndRefreshesTheList() throws Exception {
        Path folder = dir.resolve("in");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("ok.txt"), TestPages.hanoiTimes("Gia Lai opens a coffee fair in Pleiku", "Gia Lai",
                "Jun 1, 2024 / 08:00"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("empty.txt"), "   \n");
        vm.importPaths(List.of(folder));
        List<ImportService.Result> results = vm.importResultsProperty().get();
        assertThat(results).extracting(ImportService.Result::status)
                .containsExactlyInAnyOrder(ImportService.Status.IMPORTED, ImportService.Status.REJECTED);
        assertThat(vm.list().items()).hasSize(14);
        assertThat(vm.importJob().runningProperty().get()).isFalse();
    }

    @Test
    void aFailedLoadIsToldToTheReaderEveryTimeItFails() {
        List<String> told = new java.util.ArrayList<>();
        vm.messageProperty().addListener((o, a, b) -> {
            if (b != null) {
                told.add(b);
            }
        });
        ctx.close();
        vm.refresh();
        assertThat(vm.messageProperty().get()).startsWith("Could not");
        int once = told.size();
        vm.refresh(); // the same failure again: the same words, told again
        assertThat(told).hasSize(2 * once).allMatch(m -> m.startsWith("Could not"));
    }

    @Test
    void pagingLoadsMoreOnlyWhenAsked() throws Exception {
        vm.groupStoriesProperty().set(false); // the generated stories share one template and would group
        for (int i = 0; i < 130; i++) {
            ctx.articles().insertBatch(List.of(TestPages.article("Story " + i + " from Hanoi", "Hanoi",
                    String.format("Jan %d, 2023 / %02d:00", 1 + i % 28, i % 24))));
        }
        vm.refresh();
        assertThat(vm.list().items()).hasSize(100);
        assertThat(vm.list().totalProperty().get()).isEqualTo(143);
        vm.list().loadMore(null);
        assertThat(vm.list().items()).hasSize(143);
        assertThat(vm.list().hasMore()).isFalse();
    }
}
