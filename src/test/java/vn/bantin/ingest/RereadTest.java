package vn.bantin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.app.AppContext;
import vn.bantin.domain.Article;
import vn.bantin.domain.ParsedPage;
import vn.bantin.domain.Source;

/**
 * A file whose articles an older parser read: the offer to read them again is made once, and the re-read mends
 * what the old parser got wrong while the reader's marks stay. On a real SQLite file.
 */
public class RereadTest {
    public static final String SAVED = """
            Tuoi Tre News
            Society
            JavaScript is off. Please enable to view full site.

            Vinh Long ferry pier reopens after the flood

            12/02/2025 07:40 GMT+7

            The Dinh Khao ferry pier in Vinh Long reopened on Monday after the flood water went down, and the first \
            boats crossed the Co Chien river at six in the morning, the province's transport department said.

            Ferries will run every twenty minutes until the new bridge opens.
            """;

    /** What the parser before version 2 stored of that page: the masthead as the title, a section as the lead. */
    public static Article storeAsTheOldParserDid(AppContext ctx) {
        ParsedPage old = new ParsedPage(Source.UNKNOWN, null, "Tuoi Tre News", "Society",
                List.of("Vinh Long ferry pier reopens after the flood", SAVED.substring(SAVED.indexOf("The Dinh Khao"))),
                List.of(), null, "en");
        ctx.articles().insertBatch(List.of(ctx.importer().article("tuoitre-ferry.txt", old, SAVED)));
        ctx.articles().setMarker("parser-version", 1);
        return ctx.articles().page(vn.bantin.domain.ArticleQuery.ALL, null, 5).items().stream()
                .filter(s -> s.title().equals("Tuoi Tre News")).findFirst()
                .flatMap(s -> ctx.articles().find(s.id())).orElseThrow();
    }

    @Test
    void aFreshFileIsNeverOfferedAReread(@TempDir Path dir) {
        try (AppContext ctx = AppContext.open(dir.resolve("fresh.db"))) {
            ctx.importSamples();
            assertThat(ctx.library().shouldOfferReread()).isFalse();
            assertThat(ctx.library().storedParserVersion()).isEqualTo(vn.bantin.ingest.Library.PARSER_VERSION);
        }
    }

    @Test
    void readingAgainMendsTheOldParsersTitleAndKeepsReadAndBookmark(@TempDir Path dir) {
        Path file = dir.resolve("old.db");
        try (AppContext ctx = AppContext.open(file)) {
            Article before = storeAsTheOldParserDid(ctx);
            ctx.statuses().setBookmarked(before.key(), true);
            ctx.statuses().setRead(before.key(), true);
        }
        try (AppContext ctx = AppContext.open(file)) {
            assertThat(ctx.library().shouldOfferReread()).isTrue();
            int n = ctx.library().retag(ImportService.Progress.NONE);
            assertThat(n).isEqualTo(1);
            Article after = ctx.articles().page(vn.bantin.domain.ArticleQuery.ALL, null, 5).items().stream()
                    .findFirst().flatMap(s -> ctx.articles().find(s.id())).orElseThrow();
            assertThat(after.title()).isEqualTo("Vinh Long ferry pier reopens after the flood");
            assertThat(after.lead()).startsWith("The Dinh Khao ferry pier");
            assertThat(after.published()).hasToString("2025-12-02T07:40+07:00");
            assertThat(ctx.statuses().get(after.key()).read()).isTrue();
            assertThat(ctx.statuses().get(after.key()).bookmarkedAt()).isNotNull();
            assertThat(ctx.library().shouldOfferReread()).isFalse();
        }
    }

    @Test
    void notNowIsNotAskedAgainAndAStoppedRereadAsksNoMore(@TempDir Path dir) {
        try (AppContext ctx = AppContext.open(dir.resolve("declined.db"))) {
            storeAsTheOldParserDid(ctx);
            ctx.library().declineReread();
            assertThat(ctx.library().shouldOfferReread()).isFalse();
            // a stopped re-read keeps the file marked as read by the old parser, for File › Read articles again
            int n = ctx.library().retag(new ImportService.Progress() {
                @Override
                public boolean cancelled() {
                    return true;
                }
            });
            assertThat(n).isZero();
            assertThat(ctx.library().storedParserVersion()).isEqualTo(1);
        }
    }
}
