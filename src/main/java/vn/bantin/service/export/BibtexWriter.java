package vn.bantin.service.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import vn.bantin.domain.Article;

/**
 * The export as BibTeX for Zotero and LaTeX: an {@code @online} entry per article (biblatex's type for web pages;
 * Zotero reads it as a web page), with year and month too for classic BibTeX styles. UTF-8, as Zotero and biblatex
 * read it; the characters BibTeX treats as commands are escaped.
 */
final class BibtexWriter extends TextFileWriter {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private final Set<String> keys = new HashSet<>();
    private LocalDate accessed;

    BibtexWriter(Path file) throws IOException {
        super(file);
    }

    @Override
    public void begin(Header h) {
        accessed = h.made();
    }

    @Override
    public void write(ExportItem item) throws IOException {
        Article a = item.article();
        String base = Writers.slug(a.source().name(), 20).replace("-", "") + (item.dated() ? item.day().getYear() : "nd")
                + Writers.slug(a.title(), 24).replaceAll("-.*", "");
        String key = base;
        for (char c = 'b'; !keys.add(key); c++) {
            key = base + c;
        }
        StringBuilder sb = new StringBuilder("@online{").append(key).append(",\n");
        if (a.author() != null && !a.author().isBlank()) {
            field(sb, "author", "{" + escape(a.author().strip()) + "}"); // one name, as written: not split into parts
        }
        field(sb, "title", "{" + escape(a.title()) + "}");
        field(sb, "organization", escape(a.source().name()));
        field(sb, "journaltitle", escape(a.source().name()));
        if (item.dated()) {
            field(sb, "date", item.day().toString());
            field(sb, "year", String.valueOf(item.day().getYear()));
            sb.append("  month = ").append(MONTHS[item.day().getMonthValue() - 1]).append(",\n");
        }
        if (a.url() != null) {
            field(sb, "url", a.url());
            field(sb, "urldate", accessed.toString());
        }
        field(sb, "langid", "vi".equals(a.language()) ? "vietnamese" : "english");
        if (!item.provinces().isEmpty() || !item.collections().isEmpty()) {
            java.util.List<String> words = new java.util.ArrayList<>(item.provinces());
            words.addAll(item.collections());
            field(sb, "keywords", escape(String.join(", ", words)));
        }
        sb.setLength(sb.length() - 2);
        sb.append("\n}\n\n");
        out.write(sb.toString());
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** BibTeX's special characters as text; braces are balanced by escaping them too. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> sb.append('\\').append(c);
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                case '\n' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
