package vn.bantin.ui.detail;

import static vn.bantin.i18n.Texts.t;

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
        return render(a, List.of(), fontSize, dark, highlight);
    }

    /**
     * Pictures go in as data: addresses of the bytes we stored, which the policy allows and nothing else: the
     * page cannot reach the network, and reads the same with none.
     */
    public static String render(Article a, List<vn.bantin.domain.ArticleImage> images, double fontSize, boolean dark,
                                String highlight) {
        String terms = highlight;
        String fg = dark ? "#e6edf3" : "#1f2328";
        String muted = dark ? "#9198a1" : "#59636e";
        String bg = dark ? "#0d1117" : "#ffffff";
        String mark = dark ? "#6e5200" : "#fff1a8";
        StringBuilder sb = new StringBuilder(4096);
        // the language comes from the database like everything else: a language tag or nothing, never markup
        String lang = a.language() != null && LANGUAGE.matcher(a.language()).matches() ? a.language() : "und";
        sb.append("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
                .append("<style>body{font-family:'Noto Serif','DejaVu Serif',Georgia,serif;font-size:").append(fontSize)
                .append("px;line-height:1.6;color:").append(fg).append(";background:").append(bg)
                .append(";margin:0;padding:4px 22px 40px 22px;max-width:46em}")
                .append("h1{font-family:'Noto Sans','DejaVu Sans',sans-serif;font-size:1.55em;line-height:1.25;margin:.4em 0 .3em}")
                .append(".meta{font-family:sans-serif;color:").append(muted).append(";font-size:.8em;margin-bottom:1em}")
                .append(".lead{font-weight:600}")
                .append("figure{margin:1em 0;padding:.2em 0 .2em .8em;border-left:3px solid ").append(muted).append("}")
                .append("figcaption{font-family:sans-serif;font-size:.82em;color:").append(muted).append("}")
                .append("figure.picture{border-left:none;padding:0}figure.picture img{max-width:100%;height:auto;display:block;margin-bottom:.3em}")
                .append("mark{background:").append(mark).append(";color:inherit}</style></head><body>");
        sb.append("<h1 id=\"title\">").append(marked(a.title(), terms)).append("</h1>");
        sb.append("<div class=\"meta\">").append(esc(a.source().name()));
        if (a.author() != null) {
            sb.append(" · ").append(esc(a.author()));
        }
        if (a.published() != null) {
            sb.append(" · ").append(esc(vn.bantin.i18n.Texts.longDateTime(a.published().toInstant())));
        }
        sb.append("</div>");
        sb.append("<p class=\"lead\">").append(marked(a.lead(), terms)).append("</p>");
        // a figure is a picture with its caption, or a caption alone when the picture was not kept (saved pages)
        List<Object> figures = new ArrayList<>(images);
        List<String> shown = images.stream().map(vn.bantin.domain.ArticleImage::caption).filter(java.util.Objects::nonNull).toList();
        for (String c : a.captions()) {
            if (shown.stream().noneMatch(s -> s.startsWith(c) || c.startsWith(s))) {
                figures.add(c);
            }
        }
        // Outlets put the main photo right under the lead; its caption goes there, the rest among the paragraphs.
        int every = figures.size() > 1 ? Math.max(1, a.body().size() / figures.size()) : Integer.MAX_VALUE;
        if (!figures.isEmpty()) {
            figure(sb, figures.remove(0), terms);
        }
        for (int i = 0; i < a.body().size(); i++) {
            sb.append("<p>").append(marked(a.body().get(i), terms)).append("</p>");
            if (!figures.isEmpty() && (i + 1) % every == 0) {
                figure(sb, figures.remove(0), terms);
            }
        }
        for (Object f : figures) {
            figure(sb, f, terms);
        }
        sb.append("</body></html>");
        return sb.toString();
    }

    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");
    /** Pictures a browser decodes as pictures only: no SVG, whose markup could grow with the next WebKit. */
    private static final java.util.Set<String> PICTURES = java.util.Set.of("image/jpeg", "image/png", "image/gif", "image/webp");

    private static void figure(StringBuilder sb, Object f, String terms) {
        // a picture stored before the pixel budget, too big to decode, shows its caption alone
        if (f instanceof vn.bantin.domain.ArticleImage img && (!PICTURES.contains(img.mime())
                || !vn.bantin.ingest.feed.Images.withinBudget(img.bytes()))) {
            if (img.caption() == null) {
                return;
            }
            f = img.caption();
        }
        if (f instanceof vn.bantin.domain.ArticleImage img) {
            sb.append("<figure class=\"picture\"><img alt=\"\" src=\"data:").append(esc(img.mime())).append(";base64,")
                    .append(java.util.Base64.getEncoder().encodeToString(img.bytes())).append("\">");
            if (img.caption() != null) {
                sb.append("<figcaption>").append(marked(img.caption(), terms)).append("</figcaption>");
            }
            sb.append("</figure>");
        } else {
            sb.append("<figure><figcaption>").append(esc(t("detail.photo"))).append(" ").append(marked((String) f, terms)).append("</figcaption></figure>");
        }
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
