package vn.bantin.ingest.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.app.AppContext;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.ingest.ImportService;

/** One event from several outlets is one story; related events and same-template announcements are not. */
class StoryGroupingTest {
    @TempDir
    Path dir;

    record Page(String file, String event) {
    }

    static List<Page> pages() throws Exception {
        List<Page> out = new ArrayList<>();
        try (InputStream in = StoryGroupingTest.class.getResourceAsStream("/stories/events.json")) {
            for (JsonNode n : new ObjectMapper().readTree(in)) {
                out.add(new Page(n.get("file").asText(), n.get("event").asText()));
            }
        }
        return out;
    }

    final Map<String, String> ids = new HashMap<>();

    /** Imports the pages and returns each file's story id. */
    Map<String, Long> importAll(AppContext ctx, List<Page> pages) throws Exception {
        List<ImportService.Document> docs = new ArrayList<>();
        for (Page p : pages) {
            try (InputStream in = getClass().getResourceAsStream("/stories/" + p.file())) {
                docs.add(new ImportService.Document(p.file(), in.readAllBytes()));
            }
        }
        Map<String, Long> story = new HashMap<>();
        for (ImportService.Result r : ctx.importer().importDocuments(docs, ImportService.Progress.NONE)) {
            assertThat(r.status()).as(r.file() + " " + r.reason()).isEqualTo(ImportService.Status.IMPORTED);
            story.put(r.file(), ctx.articles().find(r.id()).orElseThrow().storyId());
            ids.put(r.file(), r.id());
        }
        return story;
    }

    @Test
    void pairwisePrecisionAndRecallOnTheLabelledPairs() throws Exception {
        List<Page> pages = pages();
        try (AppContext ctx = AppContext.open(dir.resolve("s.db"))) {
            Map<String, Long> story = importAll(ctx, pages);
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int pairs = 0;
            List<String> misses = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                for (int j = i + 1; j < pages.size(); j++) {
                    Page a = pages.get(i);
                    Page b = pages.get(j);
                    boolean same = a.event().equals(b.event());
                    boolean grouped = story.get(a.file()).equals(story.get(b.file()));
                    pairs++;
                    if (same && grouped) {
                        tp++;
                    } else if (grouped) {
                        fp++;
                        misses.add("grouped " + a.file() + " + " + b.file());
                    } else if (same) {
                        fn++;
                        misses.add("apart " + a.file() + " + " + b.file());
                    }
                }
            }
            double precision = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
            double recall = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
            System.out.printf("story pairs: %d labelled, %d same-event; precision %.3f recall %.3f%n", pairs, tp + fn, precision, recall);
            misses.forEach(m -> System.out.println("  " + m));
            assertThat(pairs).isGreaterThanOrEqualTo(20);
            assertThat(precision).isGreaterThanOrEqualTo(0.95);
            assertThat(recall).isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void threeOutletsOfOneEventShowAsOneRowWithTheirSources() throws Exception {
        List<Page> pages = pages().subList(0, 5); // A1-A3, the later meeting A4, the undated B1
        try (AppContext ctx = AppContext.open(dir.resolve("five.db"))) {
            Map<String, Long> story = importAll(ctx, pages);
            assertThat(story.get("a1-vgp.txt")).isEqualTo(story.get("a2-hanoitimes.txt")).isEqualTo(story.get("a3-vna-undated.txt"));
            assertThat(story.get("a4-vgp-later.txt")).isNotEqualTo(story.get("a1-vgp.txt"));
            assertThat(story.get("b1-vllf-undated.txt")).isNotEqualTo(story.get("a1-vgp.txt"));
            List<ArticleSummary> rows = ctx.articles().page(ArticleQuery.ALL.withGrouped(true), null, 50).items();
            assertThat(rows).hasSize(3);
            ArticleSummary lead = rows.stream().filter(r -> r.otherSources().size() == 2).findFirst().orElseThrow();
            assertThat(lead.sourceName()).isEqualTo("Hanoi Times"); // the earliest dated version leads
            assertThat(lead.otherSources()).containsExactlyInAnyOrder("Vietnam Government Portal", "VNA / VietnamPlus");
            assertThat(ctx.articles().count(ArticleQuery.ALL.withGrouped(true))).isEqualTo(3);
            Article open = ctx.articles().findByKey(lead.key()).orElseThrow();
            assertThat(open.versions()).hasSize(3);
        }
    }

    @Test
    void splittingAndMergingAreKeptThroughReimport() throws Exception {
        List<Page> pages = pages().subList(0, 5);
        try (AppContext ctx = AppContext.open(dir.resolve("fix.db"))) {
            Map<String, Long> before = importAll(ctx, pages);
            Article undated = ctx.articles().find(ids.get("a3-vna-undated.txt")).orElseThrow();
            ctx.articles().splitFromStory(undated.key());
            // splitting the article the story is named after leaves the other two together
            Article founder = ctx.articles().find(ids.get("a1-vgp.txt")).orElseThrow();
            assertThat(founder.storyId()).isEqualTo(founder.key());
            ctx.articles().splitFromStory(founder.key());
            assertThat(ctx.articles().find(ids.get("a2-hanoitimes.txt")).orElseThrow().versions()).isEmpty();
            assertThat(ctx.articles().findByKey(founder.key()).orElseThrow().versions()).isEmpty();
            ctx.articles().mergeStories(founder.key(), ctx.articles().find(ids.get("a2-hanoitimes.txt")).orElseThrow().key());
            assertThat(ctx.articles().findByKey(founder.key()).orElseThrow().versions()).hasSize(2);
            Article b1 = ctx.articles().find(ids.get("b1-vllf-undated.txt")).orElseThrow();
            Article a1 = ctx.articles().find(ids.get("a1-vgp.txt")).orElseThrow();
            ctx.articles().mergeStories(a1.key(), b1.key());
            // Importing the same pages again changes nothing, and re-tagging keeps the reader's choices.
            List<ImportService.Document> docs = new ArrayList<>();
            for (Page p : pages) {
                try (InputStream in = getClass().getResourceAsStream("/stories/" + p.file())) {
                    docs.add(new ImportService.Document(p.file(), in.readAllBytes()));
                }
            }
            assertThat(ctx.importer().importDocuments(docs, ImportService.Progress.NONE))
                    .allSatisfy(r -> assertThat(r.status()).isEqualTo(ImportService.Status.DUPLICATE));
            ctx.library().retag(ImportService.Progress.NONE);
            assertThat(ctx.articles().findByKey(undated.key()).orElseThrow().storyId()).isEqualTo(undated.key());
            assertThat(ctx.articles().findByKey(b1.key()).orElseThrow().storyId())
                    .isEqualTo(ctx.articles().findByKey(a1.key()).orElseThrow().storyId());
            assertThat(before).isNotEmpty();
        }
    }

    @Test
    void theSeedPagesFormThreeStoriesOneOfThemWithThreeSources() throws Exception {
        Path seeds = Path.of("..", "shared", "seeds");
        assumeTrue(Files.isDirectory(seeds), "no ../shared/seeds here");
        try (AppContext ctx = AppContext.open(dir.resolve("seeds.db"))) {
            ctx.importer().importPaths(List.of(seeds), ImportService.Progress.NONE);
            List<ArticleSummary> rows = ctx.articles().page(ArticleQuery.ALL.withGrouped(true), null, 50).items();
            // five pages: the March 2024 dialogue from VGP, Hanoi Times and VNA is one row; the November 2024
            // APEC meeting and the undated VLLF report of another meeting are a row each
            assertThat(rows).hasSize(3);
            assertThat(rows).filteredOn(r -> r.otherSources().size() == 2).hasSize(1);
            assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(5);
        }
    }
}
