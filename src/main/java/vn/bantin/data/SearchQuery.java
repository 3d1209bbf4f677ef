package vn.bantin.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.bantin.domain.Folding;

/**
 * What a person types in the search box, read the forgiving way: words (all must match), "a phrase",
 * {@code hano*} or a partly typed last word as a prefix, {@code -word} to exclude. Nothing typed is ever an
 * error: stray quotes, stars and FTS5 operators are plain text. {@code typedPrefix}: the last word is a prefix only
 * because nothing followed it yet (not because of a star).
 */
public record SearchQuery(List<Term> include, List<Term> exclude, boolean typedPrefix) {
    private static final int MAX_TERMS = 32;

    public record Term(List<String> tokens, boolean prefix) {
        String fts() {
            return "\"" + String.join(" ", tokens) + "\"" + (prefix ? "*" : "");
        }
    }

    public static SearchQuery parse(String raw) {
        return parse(raw, false);
    }

    /** With {@code finished}, a last word without a following space is a word, not a prefix being typed. */
    public static SearchQuery parse(String raw, boolean finished) {
        List<Term> include = new ArrayList<>();
        List<Term> exclude = new ArrayList<>();
        String s = raw == null ? "" : raw;
        int i = 0;
        int n = s.length();
        int lastBare = -1;
        while (i < n && include.size() + exclude.size() < MAX_TERMS) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negate = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(s.charAt(i + 1))) {
                negate = true;
                i++;
                c = s.charAt(i);
            }
            String text;
            boolean phrase = false;
            if (c == '"') {
                int close = s.indexOf('"', i + 1);
                if (close < 0) {
                    text = s.substring(i + 1);
                    i = n;
                } else {
                    text = s.substring(i + 1, close);
                    i = close + 1;
                    phrase = true;
                }
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '"') {
                    end++;
                }
                text = s.substring(i, end);
                i = end;
            }
            boolean star = !phrase && text.endsWith("*");
            List<String> tokens = tokens(text);
            if (tokens.isEmpty()) {
                continue;
            }
            if (phrase && !negate) {
                include.add(new Term(tokens, false));
            } else if (phrase) {
                exclude.add(new Term(tokens, false));
            } else if (negate) {
                exclude.add(new Term(tokens, star));
            } else if (tokens.size() > 1) {
                include.add(new Term(tokens, star));
                lastBare = include.size() - 1;
            } else {
                include.add(new Term(tokens, star));
                lastBare = include.size() - 1;
            }
        }
        boolean stillTyping = !finished && !s.isEmpty() && !Character.isWhitespace(s.charAt(s.length() - 1));
        boolean typed = false;
        if (stillTyping && lastBare >= 0 && lastBare == include.size() - 1) {
            Term t = include.get(lastBare);
            typed = !t.prefix();
            include.set(lastBare, new Term(t.tokens(), true));
        }
        if (include.isEmpty() && !exclude.isEmpty()) {
            // "-word" alone would mean "everything but", which a search box does not promise: read it as the word.
            include.addAll(exclude);
            exclude.clear();
        }
        return new SearchQuery(List.copyOf(include), List.copyOf(exclude), typed);
    }

    /** The FTS5 letters and digits of a piece of text, folded the way the index is written. */
    static List<String> tokens(String text) {
        String f = Folding.fold(text);
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int k = 0; k < f.length(); k++) {
            char ch = f.charAt(k);
            if (Character.isLetterOrDigit(ch)) {
                cur.append(ch);
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    /** Letters of the last word when it is a prefix only because it is still being typed, else 0. */
    public int typedLength() {
        if (!typedPrefix || include.isEmpty()) {
            return 0;
        }
        List<String> tokens = include.get(include.size() - 1).tokens();
        return tokens.get(tokens.size() - 1).length();
    }

    public boolean isEmpty() {
        return include.isEmpty();
    }

    /** The FTS5 MATCH expression, or empty when nothing searchable was typed. */
    public Optional<String> toFtsMatch() {
        if (include.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (Term t : include) {
            if (sb.length() > 0) {
                sb.append(" AND ");
            }
            sb.append(t.fts());
        }
        for (Term t : exclude) {
            sb.append(" NOT ").append(t.fts());
        }
        return Optional.of(sb.toString());
    }

    /** Folded tokens to highlight in shown text (prefix terms highlight words that start with them). */
    public List<Term> highlightTerms() {
        return include;
    }
}
