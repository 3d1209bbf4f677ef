package vn.bantin.ingest.tagging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "HANOI (VNA) –", "Da Nang, March 3 (VNS) -", "HA NOI —": where a report was filed. It opens the first
 * paragraph and says nothing of what the story is about, so the tagger counts it apart.
 */
final class Datelines {
    private Datelines() {
    }

    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final String PLACE_CAPS = "\\p{Lu}[\\p{Lu} .'’-]{1,30}?";
    private static final String PLACE_TITLE = "\\p{Lu}[\\p{L}'’-]+(?:[ -]\\p{Lu}[\\p{L}'’-]+){0,3}";
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?:(" + PLACE_CAPS + ")|(" + PLACE_TITLE + "))"
                    + "(?:\\s*,\\s*(?:" + MONTH + "\\s+\\d{1,2}(?:\\s*,\\s*\\d{4})?|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?))?"
                    + "\\s*(?:\\([^()\\n]{2,24}\\)\\s*)?[-–—:]\\s+");
    private static final Pattern OUTLET = Pattern.compile("\\([^()]{2,24}\\)\\s*[-–—:]\\s+$");

    /** A dateline's end, and where the place it names ends; {@code sure} when its form alone makes it one. */
    record Match(int end, int placeEnd, boolean sure) {
    }

    /**
     * The dateline opening {@code paragraph}, or null. A place in capitals needs only a dash after it, and so does
     * one in title case with the outlet in brackets or a date; a place in title case and a dash alone ("Hanoi -")
     * is a dateline only if the tagger reads all of it as one place, as "Hanoi – the capital…" opens sentences too.
     */
    static Match find(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.find()) {
            return null;
        }
        if (m.group(1) != null && m.group(1).chars().filter(Character::isLetter).count() >= 3
                && !m.group(1).strip().contains("  ")) {
            return new Match(m.end(), m.start(1) + m.group(1).stripTrailing().length(), true);
        }
        if (m.group(2) == null) {
            return null;
        }
        String head = paragraph.substring(0, m.end());
        boolean sure = OUTLET.matcher(head).find() || head.matches("(?s).*,\\s*(?:" + MONTH + "\\s+\\d|\\d{1,2}/).*");
        return new Match(m.end(), m.end(2), sure);
    }
}
