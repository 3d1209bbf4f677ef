package vn.bantin.ui.search;

import java.util.ArrayList;
import java.util.List;
import vn.bantin.data.SearchQuery;
import vn.bantin.domain.Folding;

/** Which characters of a shown text the search matched, found the way the index matches: accents folded. */
public final class Highlighter {
    private Highlighter() {
    }

    /** A run of text, matched or not. */
    public record Span(String text, boolean hit) {
    }

    public static List<Span> spans(String text, String query) {
        boolean[] hit = hits(text, query == null ? List.of() : SearchQuery.parse(query).highlightTerms());
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || hit[i] != hit[start]) {
                out.add(new Span(text.substring(start, i), text.isEmpty() ? false : hit[start]));
                start = i;
            }
        }
        return out;
    }

    static boolean[] hits(String text, List<SearchQuery.Term> terms) {
        boolean[] hit = new boolean[text.length()];
        if (terms.isEmpty()) {
            return hit;
        }
        String folded = Folding.fold(text);
        if (folded.length() != text.length()) {
            return hit; // not NFC: offsets would not line up, so mark nothing rather than the wrong letters
        }
        for (SearchQuery.Term t : terms) {
            for (String tok : t.tokens()) {
                int from = 0;
                while ((from = folded.indexOf(tok, from)) >= 0) {
                    int end = from + tok.length();
                    if (t.prefix()) {
                        while (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
                            end++;
                        }
                    }
                    boolean startOk = from == 0 || !Character.isLetterOrDigit(folded.charAt(from - 1));
                    boolean endOk = end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end));
                    if (startOk && endOk) {
                        for (int k = from; k < end; k++) {
                            hit[k] = true;
                        }
                    }
                    from = Math.max(end, from + 1);
                }
            }
        }
        return hit;
    }

    /** The part of a long text around its first match, so the match shows in a one-line row. */
    public static String around(String text, String query, int width) {
        List<Span> spans = spans(text, query);
        int pos = 0;
        for (Span s : spans) {
            if (s.hit()) {
                break;
            }
            pos += s.text().length();
        }
        if (pos >= text.length() || pos < width / 3) {
            return text;
        }
        int start = text.lastIndexOf(' ', pos - width / 4);
        return "…" + text.substring(start < 0 ? 0 : start + 1);
    }
}
