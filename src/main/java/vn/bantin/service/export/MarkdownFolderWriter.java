package vn.bantin.service.export;

import static vn.bantin.i18n.Texts.t;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.bantin.domain.Article;

/**
 * The export as a folder of Markdown files, one per article, each with front matter (title, outlet, date, address,
 * provinces, tags: its collections) as note-taking programs read it; pictures beside them in images/, and an
 * index.md listing the articles in order.
 */
final class MarkdownFolderWriter implements ExportWriter {
    private final Path folder;
    private final Set<String> names = new HashSet<>();
    private final StringBuilder index = new StringBuilder();

    MarkdownFolderWriter(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    @Override
    public void begin(Header h) {
        index.append("# ").append(MarkdownText.escape(h.title())).append("\n\n")
                .append(t("export.madeBy", h.entries().size(), Writers.date(h.made()))).append("\n\n");
    }

    @Override
    public void write(ExportItem item) throws IOException {
        Article a = item.article();
        String base = item.day() + "-" + Writers.slug(a.title(), 60);
        String name = base;
        for (int n = 2; !names.add(name); n++) {
            name = base + "-" + n;
        }
        List<String> links = new ArrayList<>();
        for (int i = 0; i < item.images().size(); i++) {
            Path pictures = Files.createDirectories(folder.resolve("images"));
            String file = name + "-" + (i + 1) + "." + Writers.extension(item.images().get(i).mime());
            Files.write(pictures.resolve(file), item.images().get(i).bytes());
            links.add("images/" + file);
        }
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(MarkdownText.yaml(a.title())).append('\n');
        sb.append("outlet: ").append(MarkdownText.yaml(a.source().name())).append('\n');
        if (a.author() != null && !a.author().isBlank()) {
            sb.append("author: ").append(MarkdownText.yaml(a.author())).append('\n');
        }
        sb.append("date: ").append(a.published() == null ? "null" : a.published().toString()).append('\n');
        sb.append("url: ").append(a.url() == null ? "null" : MarkdownText.yaml(a.url())).append('\n');
        sb.append("provinces: ").append(MarkdownText.yamlList(item.provinces())).append('\n');
        sb.append("tags: ").append(MarkdownText.yamlList(item.collections())).append('\n');
        sb.append("id: ").append(MarkdownText.yaml(a.id())).append("\n---\n\n");
        sb.append("# ").append(MarkdownText.escape(a.title())).append("\n\n");
        MarkdownText.body(sb, item, links);
        Files.writeString(folder.resolve(name + ".md"), sb, StandardCharsets.UTF_8);
        index.append("- [").append(MarkdownText.escape(a.title())).append("](<").append(name).append(".md>) — ")
                .append(MarkdownText.escape(a.source().name())).append(", ").append(Writers.date(item.day())).append('\n');
    }

    @Override
    public void finish() throws IOException {
        Files.writeString(folder.resolve("index.md"), index, StandardCharsets.UTF_8);
    }

    @Override
    public void abandon() {
        // nothing is held open between articles
    }
}
