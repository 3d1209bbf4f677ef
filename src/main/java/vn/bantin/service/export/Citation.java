package vn.bantin.service.export;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import vn.bantin.domain.Article;

/**
 * An article cited as a news story read online, in Chicago author-date (17th ed.) and APA (7th ed.): the writer (or,
 * unsigned, the outlet), the date, the title, the outlet, the address and the day it was read. English month names,
 * as both manuals print them, whatever language the window speaks.
 */
public final class Citation {
    private Citation() {
    }

    /** Nguyen, Lan. 2025. "Title." Tuoi Tre News, January 22, 2025. https://…. Accessed December 5, 2026. */
    public static String chicago(Article a, LocalDate accessed) {
        StringBuilder sb = new StringBuilder();
        String outlet = a.source().name();
        boolean signed = a.author() != null && !a.author().isBlank();
        sb.append(signed ? invertedName(a.author()) : outlet);
        sb.append(end(sb)).append(' ').append(a.published() == null ? "n.d. " : a.published().getYear() + ". ");
        sb.append('“').append(closed(a.title(), ".")).append("” ");
        if (signed) {
            sb.append(outlet);
        }
        if (a.published() != null) {
            sb.append(signed ? ", " : "").append(monthDayYear(a.published().toLocalDate()));
        }
        if (signed || a.published() != null) {
            sb.append(". ");
        }
        if (a.url() != null) {
            sb.append(a.url()).append(". ");
        }
        sb.append("Accessed ").append(monthDayYear(accessed)).append('.');
        return sb.toString();
    }

    /** Nguyen, L. (2025, January 22). Title. Tuoi Tre News. Retrieved December 5, 2026, from https://… */
    public static String apa(Article a, LocalDate accessed) {
        StringBuilder sb = new StringBuilder();
        String date = a.published() == null ? "n.d."
                : a.published().getYear() + ", " + month(a.published().toLocalDate()) + " " + a.published().getDayOfMonth();
        boolean signed = a.author() != null && !a.author().isBlank();
        if (signed) {
            sb.append(apaName(a.author())).append(" (").append(date).append("). ").append(closed(a.title(), "."));
        } else { // unsigned: the title moves to the author's place
            sb.append(closed(a.title(), ".")).append(" (").append(date).append(").");
        }
        sb.append(' ').append(a.source().name()).append('.');
        if (a.url() != null) {
            sb.append(" Retrieved ").append(monthDayYear(accessed)).append(", from ").append(a.url());
        }
        return sb.toString();
    }

    /** "Lan Nguyen" becomes "Nguyen, Lan"; a Vietnamese name written family first ("Nguyễn Thị Lan") stays as it is. */
    static String invertedName(String author) {
        String name = author.strip();
        if (name.contains(",") || !name.contains(" ") || familyFirst(name)) {
            return name;
        }
        int last = name.lastIndexOf(' ');
        return name.substring(last + 1) + ", " + name.substring(0, last);
    }

    /** APA's family name and initials: "Lan Nguyen" is "Nguyen, L.", "Nguyễn Thị Lan" is "Nguyễn, T. L.". */
    static String apaName(String author) {
        String name = author.strip();
        if (!name.contains(" ") || name.contains(",")) {
            return name;
        }
        String[] parts = name.split("\\s+");
        String family;
        StringBuilder initials = new StringBuilder();
        int from;
        int to;
        if (familyFirst(name)) {
            family = parts[0];
            from = 1;
            to = parts.length;
        } else {
            family = parts[parts.length - 1];
            from = 0;
            to = parts.length - 1;
        }
        for (int i = from; i < to; i++) {
            initials.append(initials.isEmpty() ? "" : " ").append(parts[i].codePointAt(0) > 0xFFFF
                    ? parts[i].substring(0, 2) : parts[i].substring(0, 1)).append('.');
        }
        return family + ", " + initials;
    }

    /** Vietnamese family names come first; the commonest ones, which make up nine names in ten, are known here. */
    private static boolean familyFirst(String name) {
        String first = name.split("\\s+")[0];
        return java.util.Set.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
                "Đỗ", "Hồ", "Ngô", "Dương", "Lý").contains(first);
    }

    private static String end(StringBuilder sb) {
        return sb.charAt(sb.length() - 1) == '.' ? "" : ".";
    }

    /** The title with the stop the style puts after it, unless it ends in one of its own (? ! . or …). */
    private static String closed(String title, String stop) {
        String t = title.strip();
        return t.endsWith("?") || t.endsWith("!") || t.endsWith(".") || t.endsWith("…") ? t : t + stop;
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String monthDayYear(LocalDate d) {
        return month(d) + " " + d.getDayOfMonth() + ", " + d.getYear();
    }
}
