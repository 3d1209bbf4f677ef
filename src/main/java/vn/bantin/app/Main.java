package vn.bantin.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point: with a command, the CLI; with none, the reader window; with one saved page or OPML file (how the
 * desktop opens a file with Bantin), the window, which imports the page or subscribes to the list.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // the window prepares the driver's library itself, on the thread that opens the file beside JavaFX's start
        if (args.length == 0) {
            BantinApp.main(args);
            return;
        }
        if (args.length == 1 && isOpenable(args[0])) {
            BantinApp.main(new String[] {"--open", args[0]});
            return;
        }
        NativeSqlite.prepare();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(vn.bantin.app.cli.Cli.run(args, out, err));
    }

    /** A file the desktop may hand us: a saved page or a subscription list, not a command's name. */
    static boolean isOpenable(String arg) {
        String lower = arg.toLowerCase(java.util.Locale.ROOT);
        boolean kind = lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".txt") || lower.endsWith(".opml");
        return kind && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(arg));
    }
}
