package vn.bantin.service.export;

import java.util.List;
import vn.bantin.domain.Article;

/** An article in Markdown (CommonMark): the reader's text as text, never read as markup. */
final class MarkdownText {
    private MarkdownText() {
    }

    /** Backslashes before every character CommonMark may take for markup, and a line's opening number or sign. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>#|~!&".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c == '\n' ? ' ' : c);
        }
        // "1. " or "+ " or "- " opening a paragraph would start a list; "=" or "-" alone a heading's underline
        String out = sb.toString();
        if (out.matches("^\\d+[.)] .*") ) {
            int dot = out.indexOf(out.matches("^\\d+\\. .*") ? '.' : ')');
            out = out.substring(0, dot) + "\\" + out.substring(dot);
        } else if (out.matches("^[-+=] ?.*") || out.matches("^[-=]+$")) {
            out = "\\" + out;
        }
        return out;
    }

    /** A double-quoted YAML string. */
    static String yaml(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    static String yamlList(List<String> items) {
        return "[" + String.join(", ", items.stream().map(MarkdownText::yaml).toList()) + "]";
    }

    /** The article's text after its title: a line of who, where and when, its lead in bold, its paragraphs, its pictures. */
    static void body(StringBuilder sb, ExportItem item, List<String> pictureLinks) {
        Article a = item.article();
        StringBuilder meta = new StringBuilder(escape(a.source().name()));
        meta.append(" · ").append(item.dated() ? escape(Writers.date(item.day())) : "—");
        if (a.author() != null && !a.author().isBlank()) {
            meta.append(" · ").append(escape(a.author()));
        }
        if (!item.provinces().isEmpty()) {
            meta.append(" · ").append(escape(String.join(", ", item.provinces())));
        }
        sb.append('*').append(meta).append("*\n\n");
        if (a.url() != null) {
            sb.append('<').append(a.url().replace(">", "%3E").replace(" ", "%20")).append(">\n\n");
        }
        if (!a.lead().isBlank()) {
            sb.append("**").append(escape(a.lead().strip())).append("**\n\n");
        }
        for (String p : a.body()) {
            if (!p.isBlank()) {
                sb.append(escape(p.strip())).append("\n\n");
            }
        }
        for (int i = 0; i < item.images().size(); i++) {
            String caption = item.images().get(i).caption() == null ? "" : item.images().get(i).caption().strip();
            String link = i < pictureLinks.size() ? pictureLinks.get(i) : null;
            if (link != null) {
                sb.append("![").append(escape(caption)).append("](<").append(link).append(">)\n\n");
            }
        }
        if (item.images().isEmpty()) {
            for (String c : a.captions()) {
                sb.append('*').append(escape(c.strip())).append("*\n\n");
            }
        }
        notes(sb, item);
    }

    /** The reader's note, then each highlight quoted with its own note under it. */
    private static void notes(StringBuilder sb, ExportItem item) {
        if (!item.annotated()) {
            return;
        }
        sb.append("**").append(escape(vn.bantin.i18n.Texts.t("notes.title"))).append("**\n\n");
        if (item.note() != null) {
            for (String line : item.note().split("\n")) {
                if (!line.isBlank()) {
                    sb.append(escape(line.strip())).append("\n\n");
                }
            }
        }
        for (vn.bantin.domain.Highlight h : item.highlights()) {
            sb.append("> ").append(escape(h.quote().replace("\n\n", " ¶ "))).append("\n\n");
            if (h.note() != null) {
                sb.append(escape(h.note())).append("\n\n");
            }
        }
    }
}
