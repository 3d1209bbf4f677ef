package vn.bantin.ui;

import java.time.LocalDate;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import vn.bantin.i18n.Texts;

/**
 * What the window's thread would otherwise load for itself as it starts, loaded first on threads of their own: the
 * system's font (fontconfig) while the file opens, for the first frame's text; then, once that frame is drawn, the
 * icons' font (read from its jar), the collation and date formats of the reader's language, beside the view models.
 * Each is made once per process, and each may be made off the window's thread; nothing is made twice at once (the
 * font loader locks, and the window waits for the rest before its first control).
 */
public final class Warmup {
    private static final System.Logger LOG = System.getLogger(Warmup.class.getName());

    private Warmup() {
    }

    /** The text's fonts, regular and bold (the list's unread titles). */
    public static Thread fonts() {
        return run("bantin-fonts", () -> {
            Font d = Font.getDefault();
            Font.font(d.getFamily(), FontWeight.BOLD, d.getSize());
        });
    }

    /** The rest, which the first frame does without; {@link Thread#join} before the window's first control. */
    public static Thread start() {
        return run("bantin-warmup", () -> {
            new FontIcon(Material2AL.INBOX);
            Texts.collator().compare("Đà Nẵng", "Gia Lai");
            Texts.date(LocalDate.now());
        });
    }

    private static Thread run(String name, Runnable load) {
        Thread t = new Thread(() -> {
            try {
                load.run();
            } catch (RuntimeException e) {
                // the window loads the same things itself when it needs them
                LOG.log(System.Logger.Level.DEBUG, "warm-up failed", e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
