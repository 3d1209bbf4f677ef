package vn.bantin.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleQuery;

/**
 * Each format written from the same collection, compared with its golden file (what was read and checked by eye:
 * {@code -Dbantin.golden=write} writes them anew), and opened as the program a reader would use opens it.
 */
class ExportFormatsTest extends ExportTestBase {
    private Path export(ExportFormat f, Exporter.Toc toc, String name) throws IOException {
        Path out = dir.resolve(name);
        Exporter.Result r = ExportFixture.exporter(ctx).export(ArticleQuery.ALL.withCollection(collection),
                new Exporter.Options(f, ExportFixture.COLLECTION, toc, false), out, Exporter.Progress.NONE, () -> false);
        assertThat(r.articles()).isEqualTo(3);
        return out;
    }

    private static void matchesGolden(String text, String golden) throws IOException {
        Path g = ExportFixture.golden(golden);
        if ("write".equals(System.getProperty("bantin.golden"))) {
            Files.createDirectories(g.getParent());
            Files.writeString(g, text, StandardCharsets.UTF_8);
        }
        assertThat(text).as("the export beside %s", g).isEqualTo(Files.readString(g, StandardCharsets.UTF_8));
    }

    /** Markdown as a note-taking program reads it: front matter (YAML between two "---" lines) apart, then CommonMark. */
    private static Document rendered(String md) {
        String text = md.startsWith("---\n") ? md.substring(md.indexOf("\n---\n", 4) + 5) : md;
        return Jsoup.parse(HtmlRenderer.builder().build().render(Parser.builder().build().parse(text)));
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, Object> frontMatter(String md) {
        assertThat(md).startsWith("---\n");
        return (java.util.Map<String, Object>) new org.yaml.snakeyaml.Yaml().load(md.substring(4, md.indexOf("\n---\n", 4)));
    }

    private List<Article> articlesOldestFirst() {
        return ExportFixture.exporter(ctx).selection(ArticleQuery.ALL.withCollection(collection)).stream()
                .map(s -> ctx.reading().article(s.key()).orElseThrow()).toList();
    }

    @Test
    void markdownReadByAMarkdownParserGivesBackEveryTitleAndParagraphWordForWord() throws IOException {
        String md = Files.readString(export(ExportFormat.MARKDOWN, Exporter.Toc.DATE, "file.md"));
        matchesGolden(md, "golden.md");
        Document html = rendered(md);
        assertThat(frontMatter(md)).containsEntry("title", ExportFixture.COLLECTION).containsEntry("articles", 3);
        List<String> titles = html.select("h2").eachText();
        List<Article> articles = articlesOldestFirst();
        assertThat(titles).containsExactlyElementsOf(articles.stream().map(Article::title).toList());
        List<String> paragraphs = html.select("p").eachText();
        for (Article a : articles) {
            assertThat(paragraphs).as("the lead of %s", a.title()).contains(a.lead());
            assertThat(paragraphs).as("the paragraphs of %s", a.title()).containsAll(a.body());
        }
        assertThat(html.select("ol, ul, em:containsOwn(thin out)")).as("no text taken for markup").isEmpty();
        assertThat(html.select("img").attr("src")).isEqualTo("https://tuoitrenews.vn/img/cai-rang.png");
        assertThat(html.select("blockquote").eachText()).containsExactly("prices start at 20,000 dong");
    }

    @Test
    void markdownOnePerArticleWritesFrontMatterAndThePicturesBesideThem() throws IOException {
        Path out = dir.resolve("notes");
        ExportFixture.exporter(ctx).export(ArticleQuery.ALL.withCollection(collection),
                new Exporter.Options(ExportFormat.MARKDOWN, ExportFixture.COLLECTION, Exporter.Toc.DATE, true), out,
                Exporter.Progress.NONE, () -> false);
        List<String> names;
        try (var s = Files.list(out)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).containsExactly("2024-10-30-hoi-an-ngap-sau-pho-co-vang-khach.md",
                "2025-01-22-can-tho-s-cai-rang-market-5-things-to-know-2025-guide.md",
                "2025-03-14-ca-mau-farmers-count-the-cost-of-salt-water.md", "images", "index.md");
        String one = Files.readString(out.resolve(names.get(1)));
        matchesGolden(one, "golden-one.md");
        assertThat(Files.readAllBytes(out.resolve("images").resolve(names.get(1).replace(".md", "-1.png")))).isEqualTo(ExportFixture.PNG);
        assertThat(rendered(one).select("img").attr("src")).isEqualTo("images/" + names.get(1).replace(".md", "-1.png"));
        var meta = frontMatter(one);
        assertThat(meta).containsEntry("title", "Can Tho’s Cai Rang market: 5 things to know [2025 guide]")
                .containsEntry("outlet", "Tuoi Tre News").containsEntry("author", "Lan Nguyen")
                .containsEntry("url", "https://tuoitrenews.vn/news/cai-rang-market-20250122.htm")
                .containsEntry("provinces", List.of("Cần Thơ")).containsEntry("tags", List.of(ExportFixture.COLLECTION));
        assertThat(String.valueOf(meta.get("date"))).isEqualTo("2025-01-22T07:05+07:00");
    }

    @Test
    void htmlIsOnePageWithItsPicturesInsideAndContentsThatLeadToEachArticle() throws IOException {
        String page = Files.readString(export(ExportFormat.HTML, Exporter.Toc.PROVINCE, "file.html"));
        matchesGolden(page, "golden.html");
        Document d = Jsoup.parse(page);
        assertThat(d.select("nav h3").eachText()).containsExactly("Cà Mau", "Cần Thơ", "Quảng Nam");
        for (Element link : d.select("nav a")) {
            assertThat(d.getElementById(link.attr("href").substring(1))).as(link.text()).isNotNull();
        }
        String src = d.select("article img").attr("src");
        assertThat(src).startsWith("data:image/png;base64,");
        assertThat(java.util.Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1))).isEqualTo(ExportFixture.PNG);
        assertThat(d.select("article p:not(.meta)").eachText()).containsAll(articlesOldestFirst().get(1).body());
    }

    @Test
    void jsonLinesIsTheShowShapeOfEachArticleWithItsCollections() throws IOException {
        List<String> lines = Files.readAllLines(export(ExportFormat.JSONL, Exporter.Toc.DATE, "file.jsonl"));
        matchesGolden(String.join("\n", lines) + "\n", "golden.jsonl");
        assertThat(lines).hasSize(3);
        List<Article> articles = articlesOldestFirst();
        for (int i = 0; i < 3; i++) {
            JsonNode n = new ObjectMapper().readTree(lines.get(i));
            JsonNode shown = new ObjectMapper().valueToTree(ArticleJson.of(articles.get(i)));
            shown.fieldNames().forEachRemaining(k -> assertThat(n.get(k)).as(k).isEqualTo(shown.get(k)));
            assertThat(n.get("collections").get(0).asText()).isEqualTo(ExportFixture.COLLECTION);
        }
        JsonNode market = new ObjectMapper().readTree(lines.get(1));
        assertThat(market.get("note").asText()).startsWith("Ask the market board");
        JsonNode h = market.get("highlights").get(0);
        String reading = vn.bantin.domain.Highlight.readingText(articles.get(1));
        assertThat(reading.substring(h.get("start").asInt(), h.get("end").asInt())).isEqualTo(h.get("quote").asText())
                .isEqualTo("prices start at 20,000 dong");
        assertThat(new ObjectMapper().readTree(lines.get(0)).get("highlights")).isEmpty();
    }

    @Test
    void csvReadBackGivesOneRowPerArticleWithItsTextWhole() throws IOException {
        Path file = export(ExportFormat.CSV, Exporter.Toc.DATE, "file.csv");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).as("the byte-order mark").isEqualTo("\u00EF\u00BB\u00BF");
        matchesGolden(new String(bytes, StandardCharsets.UTF_8), "golden.csv");
        List<CSVRecord> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file)) {
            r.skip(1);
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).forEach(rows::add);
        }
        List<Article> articles = articlesOldestFirst();
        assertThat(rows).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(rows.get(i).get("title")).isEqualTo(articles.get(i).title());
            assertThat(rows.get(i).get("body")).isEqualTo(String.join("\n\n", articles.get(i).body()));
            assertThat(rows.get(i).get("collections")).isEqualTo(ExportFixture.COLLECTION);
        }
        assertThat(rows.get(1).get("provinces")).isEqualTo("Cần Thơ");
        assertThat(rows.get(1).get("author")).isEqualTo("Lan Nguyen");
    }

    @Test
    void bibtexAndCslJsonCiteEachArticleForZotero() throws IOException {
        String bib = Files.readString(export(ExportFormat.BIBTEX, Exporter.Toc.DATE, "file.bib"));
        matchesGolden(bib, "golden.bib");
        String unescaped = bib.replace("\\{", "").replace("\\}", "");
        assertThat(unescaped.chars().filter(c -> c == '{').count()).as("balanced braces")
                .isEqualTo(unescaped.chars().filter(c -> c == '}').count());
        assertThat(bib).contains("@online{tuoitrenews2025can,").contains("urldate = {2026-12-05}")
                .contains("keywords = {Cần Thơ, Mekong \\& Central file}");
        String csl = Files.readString(export(ExportFormat.CSL_JSON, Exporter.Toc.DATE, "file.json"));
        matchesGolden(csl, "golden-csl.json");
        JsonNode items = new ObjectMapper().readTree(csl);
        assertThat(items).hasSize(3);
        assertThat(items.get(1).get("type").asText()).isEqualTo("article-newspaper");
        assertThat(items.get(1).get("issued").get("date-parts").get(0).toString()).isEqualTo("[2025,1,22]");
        assertThat(items.get(1).get("author").get(0).get("literal").asText()).isEqualTo("Lan Nguyen");
    }

    @Test
    void aFailedOrEmptyExportLeavesTheFileThereAsItWas() throws IOException {
        Path out = dir.resolve("kept.html");
        Files.writeString(out, "the reader's own page");
        assertThatThrownBy(() -> ExportFixture.exporter(ctx).export(ArticleQuery.ALL.withText("atlantis"),
                new Exporter.Options(ExportFormat.HTML, "x"), out, Exporter.Progress.NONE, () -> false))
                .isInstanceOf(ExportException.class).hasMessage("Nothing to export: the selection holds no articles");
        int[] seen = {0};
        assertThatThrownBy(() -> ExportFixture.exporter(ctx).export(ArticleQuery.ALL, new Exporter.Options(ExportFormat.HTML, "x"),
                out, (done, total) -> seen[0] = done, () -> seen[0] >= 1))
                .isInstanceOf(java.util.concurrent.CancellationException.class).hasMessageContaining("nothing was written");
        assertThat(Files.readString(out)).isEqualTo("the reader's own page");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        assertThatThrownBy(() -> ExportFixture.exporter(ctx).export(ArticleQuery.ALL, new Exporter.Options(ExportFormat.CSV, "x"),
                dir.resolve("no/such/folder/a.csv"), Exporter.Progress.NONE, () -> false))
                .isInstanceOf(ExportException.class).hasMessageContaining("does not exist").hasMessageContaining("a.csv");
    }
}
