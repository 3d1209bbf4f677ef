package vn.bantin.ui;

import java.time.LocalDate;
import javafx.scene.text.Font;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import vn.bantin.i18n.Texts;

/**
 * What the window's thread would otherwise load for itself as it builds the first window, loaded first on a thread
 * of its own while the database opens: the system's font (fontconfig), the icons' font (read from its jar), the
 * collation and date formats of the reader's language. Each is made once per process, and each may be made off the
 * window's thread. The window waits for this to end before it makes its first control, so that nothing is made
 * twice at once.
 */
public final class Warmup {
    private static final System.Logger LOG = System.getLogger(Warmup.class.getName());

    private Warmup() {
    }

    /** Starts the loading; {@link Thread#join} on the answer before the window is built. */
    public static Thread start() {
        Thread t = new Thread(Warmup::load, "bantin-warmup");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void load() {
        try {
            Font.getDefault();
            new FontIcon(Material2AL.INBOX);
            Texts.collator().compare("Đà Nẵng", "Gia Lai");
            Texts.date(LocalDate.now());
        } catch (RuntimeException e) {
            // the window loads the same things itself when it needs them
            LOG.log(System.Logger.Level.DEBUG, "warm-up failed", e);
        }
    }
}
