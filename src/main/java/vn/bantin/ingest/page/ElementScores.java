package vn.bantin.ingest.page;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Readability's scoring of a page's elements: which one holds the article (used by {@link ArticleExtractor}). */
final class ElementScores {
    private static final Set<String> SCORED = Set.of("p", "td", "pre", "section", "h2", "h3", "h4", "h5", "h6", "blockquote");
    private static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment"
            + "|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox"
            + "|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|newsletter|subscribe|popular|trending|recommend"
            + "|author|byline|caption-credit|social|nav", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|page"
            + "|pagination|post|text|blog|story|detail|sapo|chitiet|noidung", Pattern.CASE_INSENSITIVE);

    private ElementScores() {
    }

    /**
     * Readability's vote: every paragraph of 25+ characters scores its parent fully and its elders less. The text
     * of each element read is left in {@code texts}, for the blocks made of the same elements later.
     */
    static Map<Element, Double> score(Element body, Map<Element, String> texts) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            String tag = e.tagName();
            boolean scorable = SCORED.contains(tag) || (tag.equals("div") && !ArticleExtractor.hasBlockChild(e));
            if (!scorable) {
                continue;
            }
            String text = e.text();
            texts.put(e, text);
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(3, text.length() / 100);
            Element anc = e.parent();
            for (int level = 0; anc != null && level < 5; level++, anc = anc.parent()) {
                if (anc.tagName().equals("html") || anc.tagName().equals("#root")) {
                    break;
                }
                Element a = anc;
                double base = scores.computeIfAbsent(a, ElementScores::initialScore);
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.put(a, base + score / divider);
            }
        }
        return scores;
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }

    private static double initialScore(Element e) {
        double s = classWeight(e);
        switch (e.tagName()) {
            case "div", "article", "main" -> s += 5;
            case "pre", "td", "blockquote" -> s += 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> s -= 3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> s -= 5;
            default -> {
            }
        }
        return s;
    }

    static int classWeight(Element e) {
        int w = 0;
        for (String v : new String[] {e.className(), e.id()}) {
            if (v.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(v).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(v).find()) {
                w += 25;
            }
        }
        if (e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            w += 50;
        }
        return w;
    }
}
