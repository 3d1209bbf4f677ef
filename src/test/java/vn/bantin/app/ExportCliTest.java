package vn.bantin.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.TestPages;
import vn.bantin.app.cli.Cli;

/** bantin export (a collection, a province, a search; each format) and bantin cite, on a real file. */
class ExportCliTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private String db;

    private List<String> importThree() throws Exception {
        Path in = dir.resolve("pages");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), TestPages.hanoiTimes("Da Nang opens a new bridge over the Han", "Da Nang", "Mar 3, 2024 / 10:00"));
        Files.writeString(in.resolve("b.txt"), TestPages.hanoiTimes("Hue restores the Imperial City gate", "Hue", "Mar 4, 2024 / 10:00"));
        Files.writeString(in.resolve("c.txt"), TestPages.hanoiTimes("Can Tho widens the Tran Hung Dao road", "Can Tho", "Mar 5, 2024 / 10:00"));
        db = dir.resolve("x.db").toString();
        assertThat(run("import", "--db", db, in.toString()).code()).isZero();
        return run("list", "--db", db, "--json").out().lines()
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
        run("collection", "add", "--db", db, "Central brief", ids.get(1), ids.get(2));
        Path epub = dir.resolve("brief.epub");
        Run r = run("export", "--db", db, "--collection", "central brief", "--format", "epub", "--out", epub.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("exported 2 articles to " + epub);
        try (var zip = new java.util.zip.ZipFile(epub.toFile())) {
            assertThat(zip.entries().nextElement().getName()).isEqualTo("mimetype");
            assertThat(new String(zip.getInputStream(zip.getEntry("OEBPS/content.opf")).readAllBytes())).contains("<dc:title>Central brief</dc:title>");
        }
        Path csv = dir.resolve("hue.csv");
        assertThat(run("export", "--db", db, "--province", "hue", "--format", "csv", "--out", csv.toString()).code()).isZero();
        assertThat(Files.readString(csv)).contains("Hue restores the Imperial City gate").contains("Thừa Thiên Huế")
                .doesNotContain("Da Nang opens").doesNotContain("Can Tho widens");
        Path md = dir.resolve("bridge.md");
        Run json = run("export", "--db", db, "--json", "--search", "bridge", "--format", "markdown", "--out", md.toString());
        assertThat(new ObjectMapper().readTree(json.out()).get("articles").asInt()).isEqualTo(1);
        assertThat(Files.readString(md)).contains("title: \"“bridge”\"").contains("## Da Nang opens a new bridge over the Han");
    }

    @Test
    void aWrongFormatOrFolderIsSaidAndNothingIsWritten() throws Exception {
        importThree();
        Run format = run("export", "--db", db, "--format", "docx", "--out", dir.resolve("a.docx").toString());
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("Unknown format docx");
        Run folder = run("export", "--db", db, "--format", "html", "--out", dir.resolve("missing/a.html").toString());
        assertThat(folder.code()).isEqualTo(1);
        assertThat(folder.err()).contains("the folder").contains("missing").contains("does not exist");
        Run none = run("export", "--db", db, "--search", "atlantis", "--format", "html", "--out", dir.resolve("a.html").toString());
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("Nothing to export");
        assertThat(dir.resolve("a.html")).doesNotExist();
    }

    @Test
    void citeWritesTheArticleInTheStyleAsked() throws Exception {
        List<String> ids = importThree();
        Run apa = run("cite", "--db", db, "--style", "apa", ids.get(0));
        assertThat(apa.code()).isZero();
        assertThat(apa.out()).matches("(?s)Can Tho widens the Tran Hung Dao road\\. \\(2024, March 5\\)\\. Hanoi Times\\..*\\n");
        assertThat(run("cite", "--db", db, ids.get(0)).out()).startsWith("Hanoi Times. 2024. “Can Tho widens the Tran Hung Dao road.”");
        assertThat(run("cite", "--db", db, "--style", "mla", ids.get(0)).code()).isEqualTo(2);
    }
}
