package vn.bantin.ui.detail;

import static vn.bantin.i18n.Texts.t;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.bantin.domain.Article;
import vn.bantin.domain.Highlight;
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
        return render(a, images, List.of(), fontSize, dark, highlight);
    }

    /**
     * With the reader's highlights marked too. Title, lead and paragraphs carry their offset into the reading text
     * ({@link Highlight#readingText}), by which a selection is turned into offsets (see {@link #SELECTION}).
     */
    public static String render(Article a, List<vn.bantin.domain.ArticleImage> images, List<Highlight> highlights,
                                double fontSize, boolean dark, String highlight) {
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
                .append("mark{background:").append(mark).append(";color:inherit}")
                .append("mark.hl{background:").append(dark ? "#1f4d2b" : "#c9ecd0").append(";border-bottom:2px solid ")
                .append(dark ? "#3fb950" : "#1a7f37").append("}</style></head><body>");
        int[] at = {0};
        sb.append("<h1 id=\"title\" data-o=\"0\">").append(block(a.title(), at, highlights, terms)).append("</h1>");
        sb.append("<div class=\"meta\">").append(esc(a.source().name()));
        if (a.author() != null) {
            sb.append(" · ").append(esc(a.author()));
        }
        if (a.published() != null) {
            sb.append(" · ").append(esc(vn.bantin.i18n.Texts.longDateTime(a.published().toInstant())));
        }
        sb.append("</div>");
        sb.append("<p class=\"lead\" data-o=\"").append(at[0]).append("\">").append(block(a.lead(), at, highlights, terms)).append("</p>");
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
            sb.append("<p data-o=\"").append(at[0]).append("\">").append(block(a.body().get(i), at, highlights, terms)).append("</p>");
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

    /**
     * The script the reading view runs (from Java; the page's own scripts stay off) to turn the reader's selection
     * into offsets of the reading text: "start,end", or null with nothing selected, or -1s outside the text.
     */
    public static final String SELECTION = """
            (function () {
              var s = window.getSelection();
              if (!s || s.rangeCount === 0 || s.isCollapsed) { return null; }
              var r = s.getRangeAt(0);
              function at(node, offset) {
                var el = node.nodeType === 1 ? node : node.parentNode;
                while (el && !(el.getAttribute && el.getAttribute('data-o') !== null)) { el = el.parentNode; }
                if (!el) { return -1; }
                var before = document.createRange();
                before.selectNodeContents(el);
                before.setEnd(node, offset);
                return parseInt(el.getAttribute('data-o'), 10) + before.toString().length;
              }
              return at(r.startContainer, r.startOffset) + ',' + at(r.endContainer, r.endOffset);
            })()""";

    /** One block of the reading text starting at {@code at[0]}: its highlights marked, then its search words; moves at past it. */
    private static String block(String text, int[] at, List<Highlight> highlights, String terms) {
        int from = at[0];
        int to = from + text.length();
        at[0] = to + 2; // the blank line between blocks
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (Highlight h : highlights) {
            int s = Math.max(h.start(), from) - from;
            int e = Math.min(h.end(), to) - from;
            if (e <= s || s < i) {
                continue;
            }
            sb.append(marked(text.substring(i, s), terms)).append("<mark class=\"hl\"")
                    .append(h.note() == null ? "" : " title=\"" + esc(h.note()) + "\"").append('>')
                    .append(marked(text.substring(s, e), terms)).append("</mark>");
            i = e;
        }
        return sb.append(marked(text.substring(i), terms)).toString();
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
