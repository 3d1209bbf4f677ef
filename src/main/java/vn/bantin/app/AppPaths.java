package vn.bantin.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Bantin keeps its data on each system. */
public final class AppPaths {
    /** Set this system property to keep data elsewhere (tests, portable installs). */
    public static final String DATA_DIR_PROPERTY = "bantin.data.dir";

    private AppPaths() {
    }

    public static Path dataDir() {
        return dataDir(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"),
                System.getProperty(DATA_DIR_PROPERTY));
    }

    static Path dataDir(String osName, Map<String, String> env, String userHome, String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        // Java takes user.home from the password file; the shell's $HOME is what the reader set (HOME=/tmp/x
        // bantin ... must not write to the real home). Windows keeps to its own variables.
        String shellHome = env.get("HOME");
        String home = !os.contains("win") && shellHome != null && !shellHome.isBlank() ? shellHome : userHome;
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Bantin") : Path.of(home, "AppData", "Roaming", "Bantin");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Bantin");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "bantin") : Path.of(home, ".local", "share", "bantin");
    }

    public static Path defaultDatabase() {
        return dataDir().resolve("bantin.db");
    }

    /** Window sizes, selection and font size, beside the database. */
    public static Path settingsFile() {
        return dataDir().resolve("settings.properties");
    }
}
