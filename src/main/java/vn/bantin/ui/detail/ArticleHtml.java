package vn.bantin.ui.detail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.bantin.domain.Article;
import vn.bantin.ui.search.Highlighter;

/**
 * The reading view's page, built from stored text only: every character escaped, no script, no remote
 * address, so nothing in an article can run or fetch anything.
 */
public final class ArticleHtml {
    private ArticleHtml() {
    }

    public static String render(Article a, double fontSize, boolean dark, String highlight) {
        String terms = highlight;
        String fg = dark ? "#e6edf3" : "#1f2328";
        String muted = dark ? "#9198a1" : "#59636e";
        String bg = dark ? "#0d1117" : "#ffffff";
        String mark = dark ? "#6e5200" : "#fff1a8";
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!DOCTYPE html><html lang=\"").append(a.language()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<style>body{font-family:'Noto Serif','DejaVu Serif',Georgia,serif;font-size:").append(fontSize)
                .append("px;line-height:1.6;color:").append(fg).append(";background:").append(bg)
                .append(";margin:0;padding:4px 22px 40px 22px;max-width:46em}")
                .append("h1{font-family:'Noto Sans','DejaVu Sans',sans-serif;font-size:1.55em;line-height:1.25;margin:.4em 0 .3em}")
                .append(".meta{font-family:sans-serif;color:").append(muted).append(";font-size:.8em;margin-bottom:1em}")
                .append(".lead{font-weight:600}")
                .append("figure{margin:1em 0;padding:.2em 0 .2em .8em;border-left:3px solid ").append(muted).append("}")
                .append("figcaption{font-family:sans-serif;font-size:.82em;color:").append(muted).append("}")
                .append("mark{background:").append(mark).append(";color:inherit}</style></head><body>");
        sb.append("<h1 id=\"title\">").append(marked(a.title(), terms)).append("</h1>");
        sb.append("<div class=\"meta\">").append(esc(a.source().name()));
        if (a.published() != null) {
            sb.append(" · ").append(esc(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(Locale.getDefault()).format(a.published().atZoneSameInstant(ZoneId.systemDefault()))));
        }
        sb.append("</div>");
        sb.append("<p class=\"lead\">").append(marked(a.lead(), terms)).append("</p>");
        List<String> captions = new ArrayList<>(a.captions());
        // Outlets put the main photo right under the lead; its caption goes there, the rest among the paragraphs.
        int every = captions.size() > 1 ? Math.max(1, a.body().size() / captions.size()) : Integer.MAX_VALUE;
        if (!captions.isEmpty()) {
            figure(sb, captions.remove(0), terms);
        }
        for (int i = 0; i < a.body().size(); i++) {
            sb.append("<p>").append(marked(a.body().get(i), terms)).append("</p>");
            if (!captions.isEmpty() && (i + 1) % every == 0) {
                figure(sb, captions.remove(0), terms);
            }
        }
        for (String c : captions) {
            figure(sb, c, terms);
        }
        sb.append("</body></html>");
        return sb.toString();
    }

    private static void figure(StringBuilder sb, String caption, String terms) {
        sb.append("<figure><figcaption>Photo: ").append(marked(caption, terms)).append("</figcaption></figure>");
    }

    /** Escapes text and wraps the words the search matched in mark elements. */
    static String marked(String text, String query) {
        StringBuilder sb = new StringBuilder();
        for (Highlighter.Span span : Highlighter.spans(text, query)) {
            sb.append(span.hit() ? "<mark>" + esc(span.text()) + "</mark>" : esc(span.text()));
        }
        return sb.toString();
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
