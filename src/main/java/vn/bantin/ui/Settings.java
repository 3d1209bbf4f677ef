package vn.bantin.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/** Window sizes, pane widths, font size, theme and the sidebar's choice, kept between runs in a small file. */
public final class Settings {
    private static final System.Logger LOG = System.getLogger(Settings.class.getName());
    private final Path file;
    private final Properties props = new Properties();

    public Settings(Path file) {
        this.file = file;
        if (file != null && Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "ignoring unreadable settings file " + file, e);
            }
        }
    }

    public double number(String key, double fallback) {
        try {
            return Double.parseDouble(props.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public String text(String key, String fallback) {
        return props.getProperty(key, fallback);
    }

    /**
     * Kept at once when it changed, so a crash or a kill does not lose the theme chosen a minute ago; written off
     * the caller's thread (the window's), one write after another.
     */
    public void put(String key, Object value) {
        String v = String.valueOf(value);
        if (!v.equals(props.getProperty(key))) {
            props.setProperty(key, v);
            WRITER.execute(this::save);
        }
    }

    private static final java.util.concurrent.ExecutorService WRITER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bantin-settings");
        t.setDaemon(true);
        return t;
    });

    /** Waits until every change made so far is written. */
    public void flush() {
        try {
            WRITER.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "could not wait for the settings to be written", e);
        }
    }

    /** Written to a temporary file and moved into place, so a crash never leaves half a settings file. */
    public synchronized void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                props.store(out, "Bantin window settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not save settings to " + file, e);
        }
    }
}
