package vn.bantin.data.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.data.Gazetteer;
import vn.bantin.data.ReadAbandonedException;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.NewArticle;

/**
 * A count the window no longer wants (the reader typed on) stops where it is, and leaves the read connection as it
 * found it: the next letter's page is not kept waiting, and what is written afterwards is seen.
 */
class AbandonedReadTest {
    @TempDir
    Path dir;
    Database db;
    SqliteArticleRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("abandon.db"));
        ProvinceTables.mirror(db, Gazetteer.standard());
        repo = new SqliteArticleRepository(db);
        List<NewArticle> batch = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            batch.add(SearchTest.article("m" + i, "Mekong ferry " + i + " runs late", "Ferry crossings slow.",
                    i % 2 == 0 ? "can-tho" : "vinh-long", i % 300));
        }
        repo.insertBatch(batch);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Wanted when asked before the read starts, given up at the first question while it runs. */
    static BooleanSupplier givenUpOnceStarted() {
        AtomicInteger asks = new AtomicInteger();
        return () -> asks.incrementAndGet() > 1;
    }

    @Test
    void aCountGivenUpStopsAndTheNextReadIsAnswered() {
        ArticleQuery q = ArticleQuery.ALL.withText("ferr").withUnreadOnly(true);
        assertThatThrownBy(() -> repo.count(q, givenUpOnceStarted())).isInstanceOf(ReadAbandonedException.class);
        assertThat(repo.count(q, () -> false)).isEqualTo(3000);
        assertThatThrownBy(() -> repo.count(q, () -> true)).as("given up before it started").isInstanceOf(ReadAbandonedException.class);
    }

    @Test
    void sidebarNumbersGivenUpMidwayLeaveNoOldSnapshotBehind() {
        ArticleQuery q = ArticleQuery.ALL.withText("ferr").withGrouped(true);
        assertThatThrownBy(() -> repo.sidebarCounts(q, true, givenUpOnceStarted())).isInstanceOf(ReadAbandonedException.class);
        repo.insertBatch(List.of(SearchTest.article("late", "Ferry to Con Dao", "A new route.", "ba-ria-vung-tau", 400)));
        assertThat(repo.sidebarCounts(q, true, () -> false).all()).as("the article written after the stop is counted")
                .isEqualTo(repo.count(q));
        assertThat(repo.count(ArticleQuery.ALL)).isEqualTo(3001);
    }

    @Test
    void theTimelinesDaysGivenUpMidwayStopAndAreCountedWhenAskedAgain() {
        ArticleQuery q = ArticleQuery.ALL.withGrouped(true);
        java.time.ZoneOffset hanoi = java.time.ZoneOffset.ofHours(7);
        assertThatThrownBy(() -> repo.countsByDay(q, hanoi, givenUpOnceStarted())).isInstanceOf(ReadAbandonedException.class);
        assertThat(repo.countsByDay(q, hanoi, () -> false).values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(repo.count(q));
    }
}
