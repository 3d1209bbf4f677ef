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

    /**
     * Where a dateline opening {@code paragraph} ends, or -1. A place in capitals needs only a dash after it;
     * a place in title case needs the outlet in brackets or a date, as "Hanoi – the capital…" opens sentences too.
     */
    static int end(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.find()) {
            return -1;
        }
        if (m.group(1) != null && m.group(1).chars().filter(Character::isLetter).count() >= 3
                && !m.group(1).strip().contains("  ")) {
            return m.end();
        }
        String head = paragraph.substring(0, m.end());
        if (OUTLET.matcher(head).find() || head.matches("(?s).*,\\s*(?:" + MONTH + "\\s+\\d|\\d{1,2}/).*")) {
            return m.end();
        }
        return -1;
    }
}
