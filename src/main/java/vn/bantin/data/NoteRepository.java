package vn.bantin.data;

import java.util.List;
import java.util.Optional;
import vn.bantin.domain.Highlight;

/**
 * The reader's note on each article and the words they highlighted in it. Notes (the article's and its highlights')
 * are searched with the article's text. Each call is its own transaction.
 */
public interface NoteRepository {
    Optional<String> note(long articleKey);

    /** Sets the article's note; blank removes it. */
    void setNote(long articleKey, String text);

    /** The article's highlights, in the order of the text. */
    List<Highlight> highlights(long articleKey);

    /** Marks {@code [start, end)} of the article's reading text; refused when the range does not hold {@code quote}. */
    Highlight addHighlight(long articleKey, int start, int end, String quote, String note);

    /** Sets a highlight's note; blank removes it. */
    void setHighlightNote(long highlightId, String note);

    void removeHighlight(long highlightId);
}
