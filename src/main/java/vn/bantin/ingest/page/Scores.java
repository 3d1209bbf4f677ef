package vn.bantin.ingest.page;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Readability's scores with each element's link density taken off: score × (1 − link density). The density reads
 * the element's whole text, and a page's wrappers around its article are many and long. So it is worked out only
 * for an element whose score a decision reads, and only when the score before it could change the decision: the
 * density takes a positive score toward 0 and never above where it was.
 */
final class Scores {
    private final Map<Element, Double> raw;
    private final Map<Element, Double> adjusted = new IdentityHashMap<>();

    Scores(Map<Element, Double> raw) {
        this.raw = raw;
    }

    Set<Element> elements() {
        return raw.keySet();
    }

    boolean has(Element e) {
        return raw.containsKey(e);
    }

    /** The score before the link density is taken off; {@code null} for an element that has none. */
    Double before(Element e) {
        return raw.get(e);
    }

    /** The element's score, or {@code null} when it has none. */
    Double get(Element e) {
        Double r = raw.get(e);
        if (r == null) {
            return null;
        }
        Double v = adjusted.get(e);
        if (v == null) {
            v = r * (1 - ArticleExtractor.linkDensity(e));
            adjusted.put(e, v);
        }
        return v;
    }

    /** Whether the element's score (0 when it has none) plus {@code plus} is at least {@code threshold}. */
    boolean reaches(Element e, double plus, double threshold) {
        Double r = raw.get(e);
        if (r == null) {
            return plus >= threshold;
        }
        if (r >= 0 && r + plus < threshold) {
            return false;
        }
        return get(e) + plus >= threshold;
    }

    /** Works out the scores of every element in {@code parts} now, while the page is as it was scored. */
    void settle(List<Element> parts) {
        Set<Element> roots = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        roots.addAll(parts);
        for (Element e : raw.keySet()) {
            for (Element p = e; p != null; p = p.parent()) {
                if (roots.contains(p)) {
                    get(e);
                    break;
                }
            }
        }
    }
}
