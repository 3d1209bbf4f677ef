package vn.bantin.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.TestPages;

/** bantin export (a collection, a province, a search; each format) and bantin cite, on a real file. */
class ExportCliTest {
    @TempDir
    Path dir;

    private String db;

    private List<String> importThree() throws Exception {
        Path in = dir.resolve("pages");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), TestPages.hanoiTimes("Da Nang opens a new bridge over the Han", "Da Nang", "Mar 3, 2024 / 10:00"));
        Files.writeString(in.resolve("b.txt"), TestPages.hanoiTimes("Hue restores the Imperial City gate", "Hue", "Mar 4, 2024 / 10:00"));
        Files.writeString(in.resolve("c.txt"), TestPages.hanoiTimes("Can Tho widens the Tran Hung Dao road", "Can Tho", "Mar 5, 2024 / 10:00"));
        db = dir.resolve("x.db").toString();
        assertThat(CliRun.of("import", "--db", db, in.toString()).code()).isZero();
        return CliRun.of("list", "--db", db, "--json").out().lines()
                .map(l -> {
                    try {
                        return new ObjectMapper().readTree(l).get("id").asText();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    @Test
    void aCollectionAProvinceAndASearchEachExportToTheFormatAsked() throws Exception {
        List<String> ids = importThree();
        CliRun.of("collection", "add", "--db", db, "Central brief", ids.get(1), ids.get(2));
        Path epub = dir.resolve("brief.epub");
        CliRun r = CliRun.of("export", "--db", db, "--collection", "central brief", "--format", "epub", "--out", epub.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("exported 2 articles to " + epub);
        try (var zip = new java.util.zip.ZipFile(epub.toFile())) {
            assertThat(zip.entries().nextElement().getName()).isEqualTo("mimetype");
            assertThat(new String(zip.getInputStream(zip.getEntry("OEBPS/content.opf")).readAllBytes())).contains("<dc:title>Central brief</dc:title>");
        }
        Path csv = dir.resolve("hue.csv");
        assertThat(CliRun.of("export", "--db", db, "--province", "hue", "--format", "csv", "--out", csv.toString()).code()).isZero();
        assertThat(Files.readString(csv)).contains("Hue restores the Imperial City gate").contains("Thừa Thiên Huế")
                .doesNotContain("Da Nang opens").doesNotContain("Can Tho widens");
        Path md = dir.resolve("bridge.md");
        CliRun json = CliRun.of("export", "--db", db, "--json", "--search", "bridge", "--format", "markdown", "--out", md.toString());
        assertThat(new ObjectMapper().readTree(json.out()).get("articles").asInt()).isEqualTo(1);
        assertThat(Files.readString(md)).contains("title: \"“bridge”\"").contains("## Da Nang opens a new bridge over the Han");
    }

    @Test
    void aWrongFormatOrFolderIsSaidAndNothingIsWritten() throws Exception {
        importThree();
        CliRun format = CliRun.of("export", "--db", db, "--format", "docx", "--out", dir.resolve("a.docx").toString());
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("Unknown format docx");
        CliRun folder = CliRun.of("export", "--db", db, "--format", "html", "--out", dir.resolve("missing/a.html").toString());
        assertThat(folder.code()).isEqualTo(1);
        assertThat(folder.err()).contains("the folder").contains("missing").contains("does not exist");
        CliRun none = CliRun.of("export", "--db", db, "--search", "atlantis", "--format", "html", "--out", dir.resolve("a.html").toString());
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("Nothing to export");
        assertThat(dir.resolve("a.html")).doesNotExist();
    }

    @Test
    void citeWritesTheArticleInTheStyleAsked() throws Exception {
        List<String> ids = importThree();
        CliRun apa = CliRun.of("cite", "--db", db, "--style", "apa", ids.get(0));
        assertThat(apa.code()).isZero();
        assertThat(apa.out()).matches("(?s)Can Tho widens the Tran Hung Dao road\\. \\(2024, March 5\\)\\. Hanoi Times\\..*\\n");
        assertThat(CliRun.of("cite", "--db", db, ids.get(0)).out()).startsWith("Hanoi Times. 2024. “Can Tho widens the Tran Hung Dao road.”");
        assertThat(CliRun.of("cite", "--db", db, "--style", "mla", ids.get(0)).code()).isEqualTo(2);
    }
}
