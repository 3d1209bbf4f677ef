package vn.bantin.ui.list;

import java.util.Arrays;
import java.util.List;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;

/** Rows of the list dragged elsewhere (onto a collection): the stored keys of their articles, and their titles as text. */
public final class ArticleDrag {
    private static final String MIME = "application/x-bantin-article-keys";
    /** A data format may be made once per process: a second window (a language switch) finds the first's. */
    public static final DataFormat KEYS = DataFormat.lookupMimeType(MIME) != null ? DataFormat.lookupMimeType(MIME)
            : new DataFormat(MIME);

    private ArticleDrag() {
    }

    static ClipboardContent content(List<Long> keys, String text) {
        ClipboardContent c = new ClipboardContent();
        c.put(KEYS, String.join(",", keys.stream().map(String::valueOf).toList()));
        c.putString(text); // dropped in a text editor, the titles
        return c;
    }

    /** The keys a drag carries; empty when it carries no rows of ours. */
    public static List<Long> keys(Dragboard board) {
        Object v = board.getContent(KEYS);
        if (!(v instanceof String s) || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split(",")).map(Long::parseLong).toList();
    }
}
