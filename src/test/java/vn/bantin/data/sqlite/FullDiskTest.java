package vn.bantin.data.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.TestPages;
import vn.bantin.data.Gazetteer;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.ingest.ImportService;
import vn.bantin.ingest.tagging.ProvinceTagger;

/**
 * A disk that fills during an import (SQLite's page limit stands in for it: the same SQLITE_FULL): the import
 * stops cleanly, says so in words for every file not kept, and everything stored before stays readable.
 */
class FullDiskTest {
    @TempDir
    Path dir;

    private static final String[] PLACES = {"Can Tho", "Lao Cai", "Da Nang", "Hue", "Ca Mau", "Nghe An"};

    private static ImportService.Document page(String name, int n) {
        String text = TestPages.hanoiTimes("Story " + n + " of the river towns", PLACES[n % PLACES.length], "Mar 3, 2024 / 10:00")
                + "\n\n" + ("Officials described the plans for the new embankment in detail, district by district. ").repeat(20);
        return new ImportService.Document(name + ".txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anImportThatFillsTheDiskStopsSaysWhyAndKeepsWhatWasStored() throws Exception {
        try (Database db = Database.open(dir.resolve("full.db"))) {
            ProvinceTables.mirror(db, Gazetteer.standard()); // the provinces the tags point to
            SqliteArticleRepository articles = new SqliteArticleRepository(db);
            ImportService importer = new ImportService(articles, new ProvinceTagger(Gazetteer.standard()), Clock.systemUTC());
            List<ImportService.Document> first = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                first.add(page("first-" + i, i));
            }
            importer.importDocuments(first, ImportService.Progress.NONE);
            long stored = articles.count(ArticleQuery.ALL);
            assertThat(stored).isEqualTo(20);
            // room for a few more pages only
            db.inTransaction(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA page_count")) {
                    rs.next();
                    st.execute("PRAGMA max_page_count = " + (rs.getLong(1) + 60));
                }
                return null;
            });
            List<ImportService.Document> more = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                more.add(page("more-" + i, 1000 + i));
            }
            List<ImportService.Result> results = importer.importDocuments(more, ImportService.Progress.NONE);
            assertThat(results).hasSize(400);
            List<ImportService.Result> notKept = results.stream().filter(r -> r.status() == ImportService.Status.REJECTED).toList();
            assertThat(notKept).isNotEmpty().allSatisfy(r -> assertThat(r.reason())
                    .startsWith("not imported: the import stopped here: Could not write to " + db.file())
                    .contains("the disk is full").contains("everything stored before is kept"));
            long kept = results.stream().filter(r -> r.status() == ImportService.Status.IMPORTED).count();
            assertThat(articles.count(ArticleQuery.ALL)).isEqualTo(stored + kept);
            // what was stored before reads as it did
            assertThat(articles.page(ArticleQuery.ALL, null, 50).items()).hasSize((int) Math.min(50, stored + kept));
            assertThat(articles.findByKey(1).orElseThrow().body()).isNotEmpty();
        }
    }
}
