package vn.bantin.ingest.page;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that is a date, alone or after a byline ("By Phuong Anh January 6, 2025 | 03:21 pm GMT+7"). A numeric
 * date whose order is unknown (the outlet is not recognised) and reads two ways (11/05/2025) is still a date line,
 * kept out of the text, but gives no date rather than a guess.
 */
record DateLine(OffsetDateTime date, String author) {
    private static final Pattern VIEWS = Pattern.compile("\\(?\\s*(?:Views|Lượt xem|Lượt đọc)\\s*:\\s*[\\d.,]+\\s*\\)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY|Bởi|Theo)\\s+(\\p{Lu}[\\p{L}.'’ -]{1,50}?)\\s*[,|–—-]?\\s*$");

    /** The date line {@code line} is, or null when it is not one. */
    static DateLine read(String line, Boolean dayFirst) {
        if (!hasDigit(line)) {
            return null; // every date line has a day or a year in figures
        }
        // "SOCIETY Updated at 15:11:45 06/15/2018 (Views: 373)": a view count and a section name in capitals
        String t = VIEWS.matcher(line.strip()).replaceAll("").strip();
        Optional<OffsetDateTime> d = parse(t, dayFirst);
        if (d == null) {
            String unlabelled = t.replaceFirst("^\\p{Lu}{3,}(?:\\s+&\\s+\\p{Lu}+)?\\s+(?=\\p{L})", "");
            d = unlabelled.equals(t) ? null : parse(unlabelled, dayFirst);
        }
        if (d != null) {
            return new DateLine(d.orElse(null), null);
        }
        if (!(t.startsWith("By ") || t.startsWith("BY ") || t.startsWith("Bởi ") || t.startsWith("Theo "))) {
            return null;
        }
        for (int j = 3; j < Math.min(t.length(), 70); j++) {
            if (!Character.isWhitespace(t.charAt(j - 1)) || Character.isWhitespace(t.charAt(j))) {
                continue;
            }
            Matcher by = BYLINE.matcher(t.substring(0, j));
            if (!by.matches()) {
                continue;
            }
            Optional<OffsetDateTime> rest = parse(t.substring(j), dayFirst);
            if (rest != null) {
                return new DateLine(rest.orElse(null), by.group(1).strip());
            }
        }
        return null;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** null when the text is no date; empty when it is one that cannot be read without guessing. */
    private static Optional<OffsetDateTime> parse(String t, Boolean dayFirst) {
        Optional<OffsetDateTime> d = DateParser.parseDateLine(t, dayFirst, null);
        if (d.isPresent()) {
            return d;
        }
        if (dayFirst != null) {
            return null;
        }
        Optional<OffsetDateTime> a = DateParser.parseDateLine(t, true, null);
        Optional<OffsetDateTime> b = DateParser.parseDateLine(t, false, null);
        if (a.isEmpty() && b.isEmpty()) {
            return null;
        }
        return a.isPresent() && b.isPresent() && !a.get().equals(b.get()) ? Optional.empty() : a.or(() -> b);
    }
}
