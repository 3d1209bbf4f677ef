package vn.bantin.app.cli;

import static vn.bantin.i18n.Texts.t;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Picocli's parse errors, which it words in English, in the language chosen: the ones a person meets, by their shape. */
final class ParseErrors {
    private static final List<Object[]> KNOWN = List.of(
            new Object[] {Pattern.compile("Missing required parameters?: (.+)"), "cli.error.missingParameter"},
            new Object[] {Pattern.compile("Missing required options?: (.+)"), "cli.error.missingOption"},
            new Object[] {Pattern.compile("Unknown options?: (.+)"), "cli.error.unknownOption"},
            new Object[] {Pattern.compile("Unmatched arguments? from index \\d+: (.+)"), "cli.error.unmatched"},
            new Object[] {Pattern.compile("Missing required subcommand"), "cli.error.missingCommand"},
            new Object[] {Pattern.compile("Invalid value for (.+?): (.+)"), "cli.error.invalidValue"});

    private ParseErrors() {
    }

    /** The message in the chosen language where its shape is known; otherwise as picocli said it. */
    static String say(String message) {
        for (Object[] k : KNOWN) {
            Matcher m = ((Pattern) k[0]).matcher(message);
            if (m.matches()) {
                Object[] parts = new Object[m.groupCount()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = m.group(i + 1);
                }
                return t((String) k[1], parts);
            }
        }
        return message;
    }
}
