package vn.bantin.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Light or dark: AtlantaFX's Primer style sheets, chosen in View › Theme or by the desktop's GTK theme. */
public final class Theme {
    private Theme() {
    }

    /**
     * The saved theme's style sheet, set before the first control is made: that control would otherwise load
     * JavaFX's own sheet (Modena) first, for nothing. From any thread; JavaFX reads the sheet on its own.
     */
    public static void useSaved(Settings settings) {
        Application.setUserAgentStylesheet(sheet(isDark(settings.text("theme", "system"))));
    }

    static boolean isDark(String which) {
        return "dark".equals(which) || ("system".equals(which) && systemPrefersDark());
    }

    static String sheet(boolean dark) {
        return dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    static boolean systemPrefersDark() {
        String gtk = System.getenv("GTK_THEME");
        return gtk != null && gtk.toLowerCase(java.util.Locale.ROOT).contains("dark");
    }
}
