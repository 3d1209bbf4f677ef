package vn.bantin.ingest.page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.bantin.domain.Folding;

/**
 * Picks a page's headline from what it offers: its visible {@code <h1>}s, the JSON-LD headline, OpenGraph's
 * title and the {@code <title>}. An {@code <h1>} is the headline only when the page's metadata agrees with it
 * (sites put their logo, a section name or a banner in an {@code <h1>} too); metadata titles lose the outlet's
 * name that sites append ("… | VnExpress International", "… - Tuoi Tre News").
 */
public final class Titles {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|·|•|»|/)\\s+");

    private Titles() {
    }

    static String choose(PageMetadata meta, List<String> h1s, String outletName) {
        Set<String> sites = new HashSet<>();
        for (String s : new String[] {meta.siteName(), outletName}) {
            if (s != null) {
                sites.add(fold(s));
            }
        }
        List<String> metaTitles = new ArrayList<>();
        for (String t : new String[] {meta.headline(), meta.ogTitle(), meta.htmlTitle()}) {
            if (t != null) {
                metaTitles.add(stripSite(t, sites));
            }
        }
        for (String h : h1s) {
            String fh = fold(h);
            if (fh.isEmpty() || sites.contains(fh)) {
                continue;
            }
            for (String m : metaTitles) {
                if (similar(fh, fold(m))) {
                    return h;
                }
            }
        }
        if (meta.headline() == null && meta.ogTitle() == null) {
            // only a <title>, which old sites set once for every page: the page's own heading tells more
            for (String h : h1s) {
                if (h.split("\\s+").length >= 3 && !sites.contains(fold(h))) {
                    return h;
                }
            }
        }
        if (!metaTitles.isEmpty()) {
            return metaTitles.get(0);
        }
        return h1s.isEmpty() ? null : h1s.get(0);
    }

    /** Removes the outlet's name from the start or end of a title, or a short trailing part after a separator. */
    static String stripSite(String title, Set<String> sites) {
        String t = title.strip();
        String[] parts = SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        List<String> kept = new ArrayList<>(List.of(parts));
        boolean removed = kept.removeIf(p -> isSite(fold(p), sites)) && !kept.isEmpty();
        if (removed) {
            return String.join(" - ", kept).strip();
        }
        String last = parts[parts.length - 1];
        String head = t.substring(0, t.length() - last.length()).replaceAll("\\s*(?:\\||-|–|—|::|·|•|»|/)\\s*$", "");
        // "Headline | Outlet": an outlet's name is a few words with no sentence in it
        if (last.split("\\s+").length <= 4 && last.length() <= 40 && head.split("\\s+").length >= 4
                && !last.matches(".*[.!?]$")) {
            return head.strip();
        }
        return t;
    }

    private static boolean isSite(String part, Set<String> sites) {
        for (String s : sites) {
            if (part.equals(s) || (s.length() >= 4 && (part.startsWith(s) || s.startsWith(part)) && part.length() < 40)) {
                return true;
            }
            String bare = s.replaceAll("\\.(com|vn|net|org|co\\.uk|com\\.vn)$", "").replace(" ", "");
            if (!bare.isEmpty() && part.replace(" ", "").equals(bare)) {
                return true;
            }
        }
        return false;
    }

    /** One contains the other, or they share most of their words. */
    static boolean similar(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b) || (a.length() >= 15 && b.contains(a)) || (b.length() >= 15 && a.contains(b))) {
            return true;
        }
        Set<String> wa = new HashSet<>(List.of(a.split(" ")));
        Set<String> wb = new HashSet<>(List.of(b.split(" ")));
        int common = 0;
        for (String w : wa) {
            if (wb.contains(w)) {
                common++;
            }
        }
        return common >= 3 && common >= 0.6 * Math.min(wa.size(), wb.size());
    }

    static String fold(String s) {
        return Folding.fold(s).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
