package vn.bantin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.app.AppContext;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ProvinceTag;
import vn.bantin.domain.Relation;

/** The reader's corrections of an article's provinces: counted at once, searched, kept through re-reading. */
class ProvinceCorrectionsTest {
    private static final String PAGE = """
            VietnamPlus

            Homestays fill up in Ta Van as the harvest begins

            Saturday, September 13, 2025 08:00

            Homestays in Ta Van commune of Sa Pa town were full this weekend as visitors came to see the rice terraces.

            Owners said a third of the guests came from abroad.

            Visitors from Ha Noi drove up on the new expressway.
            """;

    private static Article importOne(AppContext ctx) {
        var r = ctx.importer().importDocuments(List.of(new ImportService.Document("ta-van.txt",
                PAGE.getBytes(StandardCharsets.UTF_8))), ImportService.Progress.NONE).get(0);
        assertThat(r.status()).isEqualTo(ImportService.Status.IMPORTED);
        return ctx.articles().find(r.id()).orElseThrow();
    }

    private static long about(AppContext ctx, String province) {
        return ctx.articles().count(new ArticleQuery(Set.of(province), false, false, null, null, null, null));
    }

    @Test
    void aRemovedProvinceLeavesItsListAndCountsAndStaysRemovedAfterRetag(@TempDir Path dir) {
        try (AppContext ctx = AppContext.open(dir.resolve("b.db"))) {
            Article a = importOne(ctx);
            assertThat(a.aboutIds()).containsExactly("lao-cai");
            assertThat(ctx.articles().countsByProvince(ArticleQuery.ALL)).containsEntry("lao-cai", 1L);

            ctx.articles().correctProvince(a.key(), "lao-cai", false);
            assertThat(ctx.articles().findByKey(a.key()).orElseThrow().tags()).extracting(ProvinceTag::provinceId)
                    .doesNotContain("lao-cai");
            assertThat(about(ctx, "lao-cai")).isZero();
            assertThat(ctx.articles().countsByProvince(ArticleQuery.ALL).getOrDefault("lao-cai", 0L)).isZero();

            ctx.library().retag(ImportService.Progress.NONE);
            assertThat(ctx.articles().findByKey(a.key()).orElseThrow().aboutIds()).doesNotContain("lao-cai");
            assertThat(about(ctx, "lao-cai")).isZero();
        }
    }

    @Test
    void anAddedProvinceIsCountedSearchedAndKeptThroughRetagAndARestart(@TempDir Path dir) {
        Path file = dir.resolve("a.db");
        long key;
        try (AppContext ctx = AppContext.open(file)) {
            Article a = importOne(ctx);
            key = a.key();
            assertThat(a.mentionedIds()).contains("ha-noi");
            ctx.articles().correctProvince(key, "ha-noi", true);
            Article after = ctx.articles().findByKey(key).orElseThrow();
            assertThat(after.aboutIds()).containsExactlyInAnyOrder("lao-cai", "ha-noi");
            assertThat(after.tags()).filteredOn(t -> t.provinceId().equals("ha-noi")).singleElement()
                    .satisfies(t -> {
                        assertThat(t.byReader()).isTrue();
                        assertThat(t.relation()).isEqualTo(Relation.ABOUT);
                    });
            assertThat(about(ctx, "ha-noi")).isEqualTo(1);
            assertThat(ctx.articles().countsByProvince(ArticleQuery.ALL)).containsEntry("ha-noi", 1L);
            // a search within the province finds it too: the search index knows the province
            assertThat(ctx.articles().count(new ArticleQuery(Set.of("ha-noi"), false, false, null, null, null, "homestays")))
                    .isEqualTo(1);
            ctx.library().retag(ImportService.Progress.NONE);
        }
        try (AppContext ctx = AppContext.open(file)) {
            assertThat(ctx.articles().findByKey(key).orElseThrow().aboutIds()).containsExactlyInAnyOrder("lao-cai", "ha-noi");
            assertThat(about(ctx, "ha-noi")).isEqualTo(1);
        }
    }

    @Test
    void theTagsKeepTheWordsThatMadeThem(@TempDir Path dir) {
        try (AppContext ctx = AppContext.open(dir.resolve("e.db"))) {
            Article a = importOne(ctx);
            ProvinceTag laoCai = a.tags().stream().filter(t -> t.provinceId().equals("lao-cai")).findFirst().orElseThrow();
            assertThat(laoCai.evidence()).extracting(vn.bantin.domain.TagEvidence::phrase)
                    .contains("Ta Van commune", "Sa Pa town");
        }
    }
}
