package vn.bantin.ingest.tagging;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.bantin.domain.Place.Kind;

/**
 * The word beside a place's name that says what it is: Vietnamese writes it before ("huyện Mù Cang Chải",
 * "xã Tân An", "Q.1", "TP. Đà Lạt"), English after ("Mu Cang Chai district", "Tan An commune"), and before a
 * number in both ("District 1", "Ward 5"). A name with such a word is a unit of that kind and no other.
 */
final class TypeWords {
    private TypeWords() {
    }

    /** The kinds a type word allows, and how many characters of the text it takes (with the space between). */
    record Type(Set<Kind> kinds, int length, boolean landmark) {
    }

    private static final Set<Kind> DISTRICTS = EnumSet.of(Kind.DISTRICT, Kind.SPECIAL_ZONE);
    private static final Set<Kind> TOWNS = EnumSet.of(Kind.TOWN, Kind.TOWNSHIP, Kind.CITY);
    private static final Set<Kind> CITIES = EnumSet.of(Kind.CITY);
    private static final Set<Kind> WARDS = EnumSet.of(Kind.WARD, Kind.WARD_2025);
    private static final Set<Kind> COMMUNES = EnumSet.of(Kind.COMMUNE, Kind.COMMUNE_2025);
    private static final Set<Kind> TOWNSHIPS = EnumSet.of(Kind.TOWNSHIP);
    private static final Set<Kind> ZONES = EnumSet.of(Kind.SPECIAL_ZONE, Kind.DISTRICT);
    private static final Set<Kind> ISLANDS = EnumSet.of(Kind.DISTRICT, Kind.SPECIAL_ZONE, Kind.LANDMARK,
            Kind.COMMUNE, Kind.COMMUNE_2025, Kind.TOWNSHIP);

    /** Folded, lower-cased text right before the name: the Vietnamese type word and its abbreviations. */
    private static final Pattern BEFORE = Pattern.compile(
            "(?:^|[^\\p{L}\\d])(?:(quan|huyen|thi xa|thanh pho|phuong|xa|thi tran|dac khu)\\s+"
                    + "|(q|h|p|x|tx|tt|tp)\\s*\\.\\s*|(tp|tx|tt)\\s+)$");
    /** "District 1", "Ward 5": English puts the type word before a number. */
    private static final Pattern BEFORE_NUMBER = Pattern.compile("(?:^|[^\\p{L}\\d])(district|ward|commune|quan|phuong)\\s+$");

    private static final List<Object[]> AFTER = List.of(
            new Object[] {"island district", ISLANDS},
            new Object[] {"special zone", ZONES},
            new Object[] {"districts", DISTRICTS},
            new Object[] {"district", DISTRICTS},
            new Object[] {"township", TOWNSHIPS},
            new Object[] {"town", TOWNS},
            new Object[] {"city", CITIES},
            new Object[] {"wards", WARDS},
            new Object[] {"ward", WARDS},
            new Object[] {"communes", COMMUNES},
            new Object[] {"commune", COMMUNES},
            new Object[] {"islands", ISLANDS},
            new Object[] {"island", ISLANDS},
            new Object[] {"archipelago", ISLANDS});

    /**
     * Words after a name that make it a landmark of the place ("Cu Chi tunnels", "Van Don airport",
     * "Hoan Kiem lake"): the name still says where.
     */
    private static final Pattern LANDMARK_AFTER = Pattern.compile(
            "^\\s+(?:international\\s+)?(?:airport|seaport|port|border\\s+gate|national\\s+park|park|geopark|nature\\s+reserve|bay|beach|"
                    + "lake|lagoon|pass|mountain|mount|peak|cave|caves|tunnels?|dam|hydropower|reservoir|industrial\\s+(?:zone|park)|"
                    + "economic\\s+zone|market|temple|pagoda|citadel|ancient\\s+town|old\\s+quarter|waterfall|river\\s+mouth)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The type written before a name that starts at {@code start} of the folded paragraph, if any. */
    static Type before(String folded, int start, boolean number) {
        String head = folded.substring(Math.max(0, start - 14), start).toLowerCase(java.util.Locale.ROOT);
        Matcher m = BEFORE.matcher(head);
        if (m.find()) {
            int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            return new Type(kinds(m.group(g)), head.length() - m.start(g), false);
        }
        if (number) {
            Matcher n = BEFORE_NUMBER.matcher(head);
            if (n.find()) {
                return new Type(kinds(n.group(1)), head.length() - n.start(1), false);
            }
        }
        return null;
    }

    /** The type written after a name that ends at {@code end}, if any. */
    static Type after(String folded, int end) {
        String tail = folded.substring(end, Math.min(folded.length(), end + 32)).toLowerCase(java.util.Locale.ROOT);
        if (tail.startsWith(" ") || tail.startsWith("-")) {
            String rest = tail.substring(1).stripLeading();
            int skipped = tail.length() - rest.length();
            for (Object[] a : AFTER) {
                String w = (String) a[0];
                if (rest.startsWith(w) && (rest.length() == w.length() || !Character.isLetter(rest.charAt(w.length())))) {
                    @SuppressWarnings("unchecked")
                    Set<Kind> k = (Set<Kind>) a[1];
                    return new Type(k, skipped + w.length(), false);
                }
            }
        }
        Matcher m = LANDMARK_AFTER.matcher(tail);
        if (m.find()) {
            return new Type(EnumSet.of(Kind.LANDMARK, Kind.DISTRICT, Kind.TOWN, Kind.CITY, Kind.SPECIAL_ZONE), m.end(), true);
        }
        return null;
    }

    private static Set<Kind> kinds(String w) {
        return switch (w) {
            case "quan", "huyen", "q", "h", "district" -> DISTRICTS;
            case "thi xa", "tx" -> EnumSet.of(Kind.TOWN);
            case "thanh pho", "tp" -> CITIES;
            case "phuong", "p", "ward" -> WARDS;
            case "xa", "x", "commune" -> COMMUNES;
            case "thi tran", "tt" -> TOWNSHIPS;
            case "dac khu" -> ZONES;
            default -> Set.of();
        };
    }
}
