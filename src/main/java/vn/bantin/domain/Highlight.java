package vn.bantin.domain;

/**
 * Words of an article the reader marked: {@code start} and {@code end} are offsets (UTF-16, as Java and the page
 * count them) into the article's reading text, {@link #readingText}; {@code quote} is the words themselves, by which
 * a highlight finds its place again when a re-read moves the text; {@code note} may be null.
 */
public record Highlight(long id, long articleKey, int start, int end, String quote, String note) {
    /** The text offsets count in: title, lead and paragraphs, each apart from the next by a blank line. */
    public static String readingText(Article a) {
        StringBuilder sb = new StringBuilder(a.title()).append("\n\n").append(a.lead());
        for (String p : a.body()) {
            sb.append("\n\n").append(p);
        }
        return sb.toString();
    }

    /**
     * Where this highlight is in {@code text} now: its own offsets while they still hold its words, else the
     * occurrence of its words nearest them; null when its words are no longer in the article.
     */
    public Highlight placedIn(String text) {
        if (end <= text.length() && text.substring(start, end).equals(quote)) {
            return this;
        }
        int best = -1;
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) {
                best = i;
            }
        }
        return best < 0 ? null : new Highlight(id, articleKey, best, best + quote.length(), quote, note);
    }
}
