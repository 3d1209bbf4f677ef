package vn.bantin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.TestPages;
import vn.bantin.app.AppContext;
import vn.bantin.domain.ArticleQuery;

/** What an import says it has done is what it has stored: "1 of 12,000" was shown with 1,000 stored. */
class ImportProgressTest {
    static final String[] PLACES = {"Can Tho", "Lao Cai", "Da Nang", "Hue", "Ca Mau", "Nghe An", "Kon Tum", "Ha Giang"};

    @TempDir
    Path dir;

    @Test
    void everyCountTheImportTellsIsTheNumberAlreadyStored() {
        try (AppContext ctx = AppContext.open(dir.resolve("progress.db"))) {
            List<ImportService.Document> docs = new ArrayList<>();
            for (int i = 0; i < 2500; i++) {
                String text = TestPages.hanoiTimes("Story " + i + " from the provinces", PLACES[i % PLACES.length],
                        String.format("Mar %d, 2024 / %02d:00", 1 + i % 28, i % 24));
                docs.add(new ImportService.Document("p" + i + ".txt", text.getBytes(StandardCharsets.UTF_8)));
            }
            List<String> told = new ArrayList<>();
            ctx.importer().importDocuments(docs, new ImportService.Progress() {
                @Override
                public void update(int done, int total, String current) {
                    told.add(done + "/" + total + " stored " + ctx.articles().count(ArticleQuery.ALL));
                }
            });
            assertThat(told).containsExactly("0/2500 stored 0", "1000/2500 stored 1000", "2000/2500 stored 2000",
                    "2500/2500 stored 2500");
        }
    }

    @Test
    void theWindowSaysHowManyAreStoredNotWhichOneItIsOn() throws Exception {
        Path pages = java.nio.file.Files.createDirectories(dir.resolve("pages"));
        for (int i = 0; i < 2500; i++) {
            java.nio.file.Files.writeString(pages.resolve(String.format("p%04d.txt", i)), TestPages.hanoiTimes("Story " + i
                    + " from the provinces", PLACES[i % PLACES.length], String.format("Mar %d, 2024 / %02d:00", 1 + i % 28, i % 24)));
        }
        try (AppContext ctx = AppContext.open(dir.resolve("window.db"))) {
            vn.bantin.ui.MainViewModel vm = new vn.bantin.ui.MainViewModel(ctx.services(vn.bantin.ui.TaskRunner.SAME_THREAD));
            List<String> said = new ArrayList<>();
            vm.importJob().statusProperty().addListener((o, a, b) -> said.add(b));
            vm.importPaths(List.of(pages));
            assertThat(said).containsSubsequence("Importing…", "Imported 0 of 2,500", "Imported 1,000 of 2,500",
                    "Imported 2,000 of 2,500", "Imported 2,500 of 2,500");
            assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(2500);
        }
    }
}
