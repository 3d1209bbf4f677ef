package vn.bantin.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS selectors parsed once. Given as text, jsoup parses a selector again at every call: for every page, every
 * candidate block of a page the extractor weighs, and every feed entry's HTML.
 */
public final class Css {
    private static final Map<String, Evaluator> PARSED = new ConcurrentHashMap<>();

    private Css() {
    }

    public static Evaluator of(String css) {
        return PARSED.computeIfAbsent(css, QueryParser::parse);
    }
}
