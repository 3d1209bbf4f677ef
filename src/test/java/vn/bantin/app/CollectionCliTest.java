package vn.bantin.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.TestPages;

/** bantin collection add|list|remove, and list --collection, on a real file. */
class CollectionCliTest {
    @TempDir
    Path dir;

    private String db;
    private String danang;
    private String hue;

    private void importTwo() throws Exception {
        Path in = dir.resolve("pages");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), TestPages.hanoiTimes("Da Nang opens a new bridge over the Han", "Da Nang", "Mar 3, 2024 / 10:00"));
        Files.writeString(in.resolve("b.txt"), TestPages.hanoiTimes("Hue restores the Imperial City gate", "Hue", "Mar 4, 2024 / 10:00"));
        db = dir.resolve("x.db").toString();
        assertThat(CliRun.of("import", "--db", db, in.toString()).code()).isZero();
        for (JsonNode n : CliRun.of("list", "--db", db, "--json").json()) {
            if (n.get("title").asText().startsWith("Da Nang")) {
                danang = n.get("id").asText();
            } else {
                hue = n.get("id").asText();
            }
        }
    }

    @Test
    void articlesGoIntoACollectionByNameWhateverItsCaseAndTheListShowsOnlyThem() throws Exception {
        importTwo();
        CliRun added = CliRun.of("collection", "add", "--db", db, "Đà Nẵng brief", danang);
        assertThat(added.code()).isZero();
        assertThat(added.out()).contains("added 1 article to “Đà Nẵng brief”, which now holds 1");
        // the same name in other letters' case is the same collection; an article already in it is not added twice
        JsonNode again = CliRun.of("collection", "add", "--db", db, "--json", "đà nẴng BRIEF", danang, hue.substring(0, 8)).json().get(0);
        assertThat(again.get("collection").asText()).isEqualTo("Đà Nẵng brief");
        assertThat(again.get("added").asInt()).isEqualTo(1);
        assertThat(again.get("articles").asInt()).isEqualTo(2);

        List<JsonNode> collections = CliRun.of("collection", "list", "--db", db, "--json").json();
        assertThat(collections).hasSize(1);
        assertThat(collections.get(0).get("articles").asInt()).isEqualTo(2);
        assertThat(CliRun.of("list", "--db", db, "--json", "--collection", "Đà Nẵng brief").json()).hasSize(2);
        assertThat(CliRun.of("list", "--db", db, "--json", "--collection", "Đà Nẵng brief", "--province", "da-nang").json())
                .extracting(n -> n.get("id").asText()).containsExactly(danang);
    }

    @Test
    void anUnknownIdAddsNothingAndSaysWhichIdItWas() throws Exception {
        importTwo();
        CliRun bad = CliRun.of("collection", "add", "--db", db, "Hue brief", hue, "ffffffffffff");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("no article with id ffffffffffff");
        assertThat(CliRun.of("collection", "list", "--db", db, "--json").json()).isEmpty();
        CliRun none = CliRun.of("list", "--db", db, "--collection", "Atlantis");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("There is no collection named “Atlantis”");
        assertThat(CliRun.of("collection", "add", "--db", db, "   ", hue).err()).contains("A collection needs a name.");
    }

    @Test
    void collectionsOutliveRetagReimportAndStoryChangesAndLoseOnlyTheArticlesDeletedAndTheCollectionRemovedKeepsItsArticles() throws Exception {
        importTwo();
        CliRun.of("collection", "add", "--db", db, "Heritage", danang, hue);
        assertThat(CliRun.of("retag", "--db", db).code()).isZero();
        assertThat(CliRun.of("import", "--db", db, dir.resolve("pages").toString()).code()).isZero(); // duplicates
        assertThat(CliRun.of("story", "merge", "--db", db, danang, hue).code()).isZero(); // one story now: both stay kept
        assertThat(CliRun.of("list", "--db", db, "--json", "--collection", "heritage").json()).hasSize(2);
        assertThat(CliRun.of("story", "split", "--db", db, hue).code()).isZero();
        assertThat(CliRun.of("list", "--db", db, "--json", "--collection", "heritage").json()).hasSize(2);

        assertThat(CliRun.of("collection", "remove", "--db", db, "Heritage", hue).out()).contains("took 1 article out of “Heritage”");
        assertThat(CliRun.of("list", "--db", db, "--json", "--collection", "heritage").json())
                .extracting(n -> n.get("id").asText()).containsExactly(danang);
        assertThat(CliRun.of("delete", "--db", db, danang).code()).isZero();
        assertThat(CliRun.of("collection", "list", "--db", db, "--json").json().get(0).get("articles").asInt()).isZero();

        CliRun.of("collection", "add", "--db", db, "Heritage", hue);
        CliRun removed = CliRun.of("collection", "remove", "--db", db, "Heritage");
        assertThat(removed.out()).contains("removed the collection “Heritage”; its 1 articles stay");
        assertThat(CliRun.of("collection", "list", "--db", db, "--json").json()).isEmpty();
        assertThat(CliRun.of("list", "--db", db, "--json").json()).hasSize(1);
    }

    @Test
    void theCommandsSpeakVietnamese() throws Exception {
        importTwo();
        assertThat(CliRun.of("--lang", "vi", "collection", "add", "--db", db, "Huế", hue).out()).contains("đã thêm 1 bài vào “Huế”, nay có 1 bài");
        CliRun bare = CliRun.of("--lang", "vi", "collection");
        assertThat(bare.code()).isEqualTo(2);
        assertThat(bare.err()).contains("Hãy nêu một lệnh collection").contains("Bộ sưu tập bài: thêm bài vào, liệt kê, xóa");
    }
}
