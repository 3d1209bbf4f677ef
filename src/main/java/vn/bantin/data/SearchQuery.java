package vn.bantin.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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

        /** As {@link #fts()}, a prefix read as the words it starts when {@code words} names them. */
        String fts(Function<String, List<String>> words) {
            List<String> named = prefix ? words.apply(last()) : null;
            if (named == null || named.isEmpty()) {
                return fts();
            }
            String head = tokens.size() == 1 ? "" : String.join(" ", tokens.subList(0, tokens.size() - 1)) + " ";
            return named.stream().map(w -> "\"" + head + w + "\"").collect(Collectors.joining(" OR ", "(", ")"));
        }

        /** The last token: the one a prefix term's star is on. */
        public String last() {
            return tokens.get(tokens.size() - 1);
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
            lastBare = -1; // only the very last word can be still being typed
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

    /**
     * The words of a piece of text, folded the way the index is written and cut where FTS5's unicode61 cuts: at
     * every character that is not a letter, a number or for private use.
     */
    static List<String> tokens(String text) {
        return split(Folding.fold(text));
    }

    /** As {@link #tokens}, of text already folded (the index's own columns). */
    public static List<String> split(String f) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int k = 0; k < f.length(); ) {
            int cp = f.codePointAt(k);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = k;
                }
            } else if (start >= 0) {
                out.add(f.substring(start, k));
                start = -1;
            }
            k += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(f.substring(start));
        }
        return out;
    }

    /** Whether FTS5's unicode61 keeps the code point in a word: letters, numbers, private use. */
    public static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.PRIVATE_USE -> true;
            default -> false;
        };
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
        return toFtsMatch(prefix -> null);
    }

    /**
     * The FTS5 MATCH expression with each prefix term read as the words {@code words} gives for its last token
     * (null or none: left a prefix for the index to expand).
     */
    public Optional<String> toFtsMatch(Function<String, List<String>> words) {
        if (include.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (Term t : include) {
            if (sb.length() > 0) {
                sb.append(" AND ");
            }
            sb.append(t.fts(words));
        }
        for (Term t : exclude) {
            sb.append(" NOT ").append(t.fts(words));
        }
        return Optional.of(sb.toString());
    }

    /** Folded tokens to highlight in shown text (prefix terms highlight words that start with them). */
    public List<Term> highlightTerms() {
        return include;
    }
}
