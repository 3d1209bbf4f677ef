package vn.bantin.service.export;

import static vn.bantin.i18n.Texts.t;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.bantin.domain.ArticleImage;

/**
 * The export as one Markdown file: front matter naming it, then each article under its title as a second-level
 * heading. Pictures are linked where they came from (one file cannot carry them; the folder form does).
 */
final class MarkdownWriter extends TextFileWriter {

    MarkdownWriter(Path file) throws IOException {
        super(file);
    }

    @Override
    public void begin(Header h) throws IOException {
        out.write("---\ntitle: " + MarkdownText.yaml(h.title()) + "\nexported: " + h.made() + "\narticles: "
                + h.entries().size() + "\n---\n\n# " + MarkdownText.escape(h.title()) + "\n\n");
        out.write(t("export.madeBy", h.entries().size(), Writers.date(h.made())) + "\n\n");
    }

    @Override
    public void write(ExportItem item) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("## ").append(MarkdownText.escape(item.article().title())).append("\n\n");
        List<String> links = new ArrayList<>();
        for (ArticleImage i : item.images()) {
            links.add(i.url() != null && (i.url().startsWith("http://") || i.url().startsWith("https://")) ? i.url() : null);
        }
        MarkdownText.body(sb, item, links);
        out.write(sb.toString());
    }
}
