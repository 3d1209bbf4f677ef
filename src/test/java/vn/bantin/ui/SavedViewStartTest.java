package vn.bantin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.bantin.app.AppContext;
import vn.bantin.data.Gazetteer;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.ui.provinces.ProvincesViewModel.Mode;
import vn.bantin.ui.provinces.ProvincesViewModel.Special;
import vn.bantin.ui.provinces.SavedChoice;

/** The list as the reader left it is what the start's first page shows, and what the window then opens on. */
@ExtendWith(ApplicationExtension.class)
class SavedViewStartTest {
    @TempDir
    static Path dir;

    private Stage stage;
    private AppContext ctx;
    private FxTaskRunner runner;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        if (runner != null) {
            runner.close();
        }
        if (ctx != null) {
            ctx.close();
        }
    }

    @Test
    void aUnitOfTwentyTwentyFiveOldestFirstIsTheFirstPageAndTheWindowsList() throws Exception {
        ctx = AppContext.open(dir.resolve("saved.db"));
        ctx.importSamples();
        runner = new FxTaskRunner();
        Settings settings = new Settings(dir.resolve("saved.properties"));
        // Đà Nẵng of 2025 is Đà Nẵng and Quảng Nam of before: the Sơn Trà and Hội An samples
        settings.put("provinces.mode", "units");
        settings.put("sidebar.selected", "da-nang");
        settings.put("list.oldestFirst", true);
        FirstPage first = FirstPage.read(ctx.reading(), ctx.gazetteer(), settings);
        assertEquals(2, first.rows().size(), "the unit's two samples: " + first.rows());
        assertTrue(first.rows().get(0).published().isBefore(first.rows().get(1).published()), "oldest first");
        assertTrue(first.header().contains("Đà Nẵng"), first.header());

        AtomicReference<MainWindow> built = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> WindowStart.open(stage, settings, CompletableFuture.completedFuture(first),
                () -> new MainViewModel(ctx.services(runner)), url -> { }, rows -> { }, built::set)).get(10, TimeUnit.SECONDS);
        ReaderWindowTest.waitUntil(() -> built.get() != null && built.get().viewModel().list().items().size() == 2);
        MainViewModel vm = built.get().viewModel();
        assertEquals(first.view().query(ctx.gazetteer()), vm.list().queryProperty().get());
        assertEquals(ids(first.rows()), ids(vm.list().items()));
        assertEquals(Mode.UNITS_2025, vm.provinces().modeProperty().get());
        assertEquals(Set.of("da-nang"), Set.copyOf(vm.provinces().selected()));
        assertTrue(vm.oldestFirstProperty().get());
    }

    @Test
    void aSavedChoiceKeepsOnlyThePlacesOfItsModeThatThisBuildKnows() {
        Gazetteer g = Gazetteer.standard();
        SavedChoice units = SavedChoice.of("units", "UNREAD", "ca-mau,bac-lieu,atlantis", g);
        // Bạc Liêu is a province of before 2025, not a unit of after
        assertEquals(List.of("ca-mau"), units.selected());
        assertEquals(Special.UNREAD, units.special());
        assertEquals(Set.of("ca-mau", "bac-lieu"), units.provinceIds(g));

        SavedChoice provinces = SavedChoice.of("", "SOMETHING-NEWER", "bac-lieu, ,ca-mau", g);
        assertEquals(Mode.PROVINCES_63, provinces.mode());
        assertEquals(Special.ALL, provinces.special());
        assertEquals(List.of("bac-lieu", "ca-mau"), provinces.selected());
        assertEquals("Bạc Liêu, Cà Mau", provinces.places(g));
    }

    private static List<String> ids(List<ArticleSummary> rows) {
        return rows.stream().map(ArticleSummary::id).toList();
    }
}
