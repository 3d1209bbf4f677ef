package vn.bantin.ingest.page;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date from a line that is nothing but a date, in the forms news sites print:
 * "March 26, 2024 3:07 PM GMT+7", "Mar 26, 2024 / 20:20", "Tuesday, March 26, 2024, 15:07 (GMT+7)",
 * "26/03/2024 15:07", "2024-03-26T15:07:00+07:00", "Thứ Ba, 26/3/2024". A line with any other words in it is
 * not a date line: dates inside the story are never taken. An ambiguous numeric date (03/04/2024) is read
 * only when the outlet's convention is known; otherwise there is no date rather than a guess.
 */
public final class DateParser {
    private static final String MONTHS = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern LABEL = Pattern.compile("^(?:last\\s+updated|updated|published|posted(?:\\s+on)?|date"
            + "|cập nhật|đăng lúc|ngày đăng|ngày)\\s*:?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // Vietnamese first, with or without its accents: "Thu hai" is Monday, not "Thu" (Thursday) and a stray word
    private static final Pattern WEEKDAY = Pattern.compile("\\bth[ứu]\\s+(?:hai|ba|tư|tu|năm|nam|sáu|sau|bảy|bay)\\b"
            + "|\\bch[ủu]\\s+nh[ậa]t\\b|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\b\\.?|\\bT[2-7]\\b|\\bCN\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?"
            + "\\s*(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern MONTH_FIRST = Pattern.compile("\\b" + MONTHS + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4})\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + "\\.?,?(?:\\s+(\\d{4})\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\b");
    private static final Pattern TIME = Pattern.compile("\\b(\\d{1,2})(?::|h)(\\d{2})(?::(\\d{2}))?'?\\s*([ap]\\.?m\\.?)?(?![\\w])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ZONE = Pattern.compile("\\(?\\s*(?:GMT|UTC)\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?\\s*\\)?|\\bICT\\b");
    private static final Pattern LEFTOVER_WORDS = Pattern.compile("\\b(?:at|on|lúc)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEFTOVER_OK = Pattern.compile("[\\s,|/\\-–—()·:.]*");

    private DateParser() {
    }

    /**
     * @param dayFirst how the outlet writes numeric dates, or null when it is not known
     * @param contextYear the year to use for a date printed without one, or null when none is certain
     */
    public static Optional<OffsetDateTime> parseDateLine(String line, Boolean dayFirst, Integer contextYear) {
        if (line == null) {
            return Optional.empty();
        }
        String s = line.strip();
        if (s.isEmpty() || s.length() > 80) {
            return Optional.empty();
        }
        s = LABEL.matcher(s).replaceFirst("");
        s = WEEKDAY.matcher(s).replaceAll(" ");
        StringBuilder rest = new StringBuilder(s);

        LocalDate date = null;
        ZoneOffset zone = null;
        LocalTime time = null;
        try {
            Matcher iso = ISO.matcher(s);
            if (iso.find()) {
                date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
                if (iso.group(4) != null) {
                    time = LocalTime.of(Integer.parseInt(iso.group(4)), Integer.parseInt(iso.group(5)),
                            iso.group(6) == null ? 0 : Integer.parseInt(iso.group(6)));
                }
                if (iso.group(7) != null) {
                    zone = ZoneOffset.of(iso.group(7).equals("Z") ? "Z" : iso.group(7).length() == 5
                            ? iso.group(7).substring(0, 3) + ":" + iso.group(7).substring(3) : iso.group(7));
                }
                blank(rest, iso.start(), iso.end());
            } else {
                Matcher m = MONTH_FIRST.matcher(s);
                Matcher d = DAY_FIRST.matcher(s);
                Matcher n = NUMERIC.matcher(s);
                if (m.find()) {
                    Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : contextYear;
                    if (year == null) {
                        return Optional.empty();
                    }
                    date = LocalDate.of(year, month(m.group(1)), Integer.parseInt(m.group(2)));
                    blank(rest, m.start(), m.end());
                } else if (d.find()) {
                    Integer year = d.group(3) != null ? Integer.valueOf(d.group(3)) : contextYear;
                    if (year == null) {
                        return Optional.empty();
                    }
                    date = LocalDate.of(year, month(d.group(2)), Integer.parseInt(d.group(1)));
                    blank(rest, d.start(), d.end());
                } else if (n.find()) {
                    int a = Integer.parseInt(n.group(1));
                    int b = Integer.parseInt(n.group(2));
                    int y = Integer.parseInt(n.group(3));
                    boolean df;
                    if (a > 12 && b <= 12) {
                        df = true;
                    } else if (b > 12 && a <= 12) {
                        df = false;
                    } else if (a == b) {
                        df = true;
                    } else if (dayFirst != null) {
                        df = dayFirst;
                    } else {
                        return Optional.empty();
                    }
                    date = df ? LocalDate.of(y, b, a) : LocalDate.of(y, a, b);
                    blank(rest, n.start(), n.end());
                } else {
                    return Optional.empty();
                }
            }
            String r = rest.toString();
            Matcher z = ZONE.matcher(r);
            if (zone == null && z.find()) {
                if (z.group(1) == null) {
                    zone = Outlets.VIETNAM;
                } else {
                    int h = Integer.parseInt(z.group(2));
                    int min = z.group(3) == null ? 0 : Integer.parseInt(z.group(3));
                    int sign = z.group(1).equals("-") ? -1 : 1;
                    zone = ZoneOffset.ofHoursMinutes(sign * h, sign * min);
                }
                blank(rest, z.start(), z.end());
                r = rest.toString();
            }
            if (time == null) {
                Matcher t = TIME.matcher(r);
                if (t.find()) {
                    int h = Integer.parseInt(t.group(1));
                    int min = Integer.parseInt(t.group(2));
                    int sec = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
                    String ampm = t.group(4);
                    if (ampm != null) {
                        if (h < 1 || h > 12) {
                            return Optional.empty();
                        }
                        boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                        h = h % 12 + (pm ? 12 : 0);
                    }
                    time = LocalTime.of(h, min, sec);
                    blank(rest, t.start(), t.end());
                }
            }
            if (!LEFTOVER_OK.matcher(LEFTOVER_WORDS.matcher(rest).replaceAll(" ")).matches()) {
                return Optional.empty();
            }
            if (date.getYear() < 1990 || date.getYear() > 2100) {
                return Optional.empty();
            }
            return Optional.of(OffsetDateTime.of(date, time == null ? LocalTime.MIDNIGHT : time,
                    zone == null ? Outlets.VIETNAM : zone));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void blank(StringBuilder sb, int from, int to) {
        for (int i = from; i < to; i++) {
            sb.setCharAt(i, ' ');
        }
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (m) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new DateTimeException("not a month: " + name);
        };
    }
}
