package vn.bantin.ingest.tagging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.bantin.data.Gazetteer;
import vn.bantin.domain.Place;
import vn.bantin.domain.Province;

/**
 * Settles which province a found name stands for. A province's own name, or a place only one province
 * has, settles itself; a shared name takes the province its paragraph names, then (if few provinces share
 * it) the one its article names; a name the paragraph contradicts is dropped, for the reader's words are
 * more exact than the gazetteer ("Tay Ho ward, Hoi An").
 */
final class Resolution {
    static final int ROUNDS = 5;
    /**
     * A district's or landmark's name that communes in this many other provinces share is evidence only where
     * the article agrees ("Tan An": Long An's capital, and communes in eighteen provinces).
     */
    private static final int WIDELY_SHARED = 5;
    /** A shared name with at most this many provinces may take its province from anywhere in the article. */
    private static final int ARTICLE_CONTEXT_MAX = 3;

    /** The units a story dated before July 2025 names, and one dated after. */
    static final Set<Place.Kind> BEFORE_2025 = java.util.EnumSet.of(Place.Kind.DISTRICT, Place.Kind.TOWN, Place.Kind.CITY,
            Place.Kind.WARD, Place.Kind.COMMUNE, Place.Kind.TOWNSHIP, Place.Kind.LANDMARK);
    static final Set<Place.Kind> FROM_2025 = java.util.EnumSet.of(Place.Kind.WARD_2025, Place.Kind.COMMUNE_2025,
            Place.Kind.SPECIAL_ZONE, Place.Kind.LANDMARK);
    static final java.time.LocalDate REFORM = java.time.LocalDate.of(2025, 7, 1);

    private Resolution() {
    }

    /** The name's province when nothing else in the article is needed to know it, else null. */
    static NameIndex.Name anchor(MentionFinder.Found f, List<Tokens.Token> toks) {
        for (NameIndex.Name c : f.candidates()) {
            if (c.province()) {
                return c; // Long An is the province, though some commune elsewhere is called Long An
            }
        }
        Set<String> provinces = provinces(f);
        if (provinces.size() != 1) {
            return null;
        }
        NameIndex.Name best = best(f.candidates());
        if (best.kind().communeLevel() || !f.typed() && best.kind() != Place.Kind.LANDMARK && personLike(f, toks)) {
            return null; // waits for its paragraph: a commune there, or "Hoai Duc" the man
        }
        return best;
    }

    /**
     * One round of settling a name that did not settle itself. Round 0 takes the province its paragraph names;
     * round 1 drops what its paragraph contradicts and takes the province its article names; round 2 lets a
     * district or landmark that only one province has stand alone; round 3 settles communes by what round 2
     * found; round 4 lets a commune whose name only one province has stand alone, among the units of the
     * story's time ({@code era}, null when the story has no date).
     */
    static void settle(ProvinceTagger.Pending pd, Set<String> paragraph, Set<String> article, int round, Gazetteer g,
                       Set<Place.Kind> era) {
        MentionFinder.Found f = pd.found;
        NameIndex.Name m = agreeing(f, paragraph, g);
        if (m != null) {
            pd.resolved = m;
            return;
        }
        if (round == 0) {
            return;
        }
        Set<String> own = new LinkedHashSet<>();
        f.candidates().forEach(c -> own.add(c.provinceId()));
        NameIndex.Name best = best(f.candidates());
        boolean widelyShared = provinces(f).size() - own.size() >= WIDELY_SHARED;
        // a landmark news names (Hoi An, Cu Chi) stands beside another province; a district's name the official
        // list alone knows ("Dong Xuan", a district of Phu Yen and a market in Hanoi) needs its paragraph to agree
        boolean standsAlone = own.size() == 1 && best.kind() == Place.Kind.LANDMARK && !widelyShared;
        if (!paragraph.isEmpty() && round != 2 && !standsAlone) {
            pd.dropped = true; // the paragraph names another province
            return;
        }
        switch (round) {
            case 1 -> {
                if (provinces(f).size() <= ARTICLE_CONTEXT_MAX) {
                    pd.resolved = agreeing(f, article, g);
                }
            }
            case 2 -> {
                if (standsAlone || own.size() == 1 && !best.kind().communeLevel() && article.isEmpty()) {
                    pd.resolved = best;
                } else if (own.size() == 1 && !best.kind().communeLevel()) {
                    pd.dropped = true; // "Tan An" in a story that names only provinces without a Tan An
                }
            }
            case 4 -> {
                List<NameIndex.Name> ofItsTime = era == null ? f.candidates()
                        : f.candidates().stream().filter(c -> c.kind() == null || era.contains(c.kind())).toList();
                Set<String> left = new LinkedHashSet<>();
                ofItsTime.forEach(c -> left.add(c.provinceId()));
                if (own.size() == 1 && f.typed()) {
                    pd.resolved = best;
                } else if (left.size() == 1 && f.typed()) {
                    pd.resolved = best(ofItsTime); // the only commune of that name in the units of the story's time
                } else {
                    pd.dropped = true;
                }
            }
            default -> {
            }
        }
    }

    /** The candidate (or commune it may be) in one of these provinces, or in their 2025 units. */
    private static NameIndex.Name agreeing(MentionFinder.Found f, Set<String> provinces, Gazetteer g) {
        if (provinces.isEmpty()) {
            return null;
        }
        List<NameIndex.Name> all = new ArrayList<>(f.candidates());
        all.addAll(f.shadows());
        List<NameIndex.Name> same = new ArrayList<>();
        for (NameIndex.Name c : all) {
            if (provinces.contains(c.provinceId())) {
                same.add(c);
            }
        }
        if (same.isEmpty()) {
            Set<String> units = new HashSet<>();
            for (String id : provinces) {
                g.province(id).map(Province::unit2025).ifPresent(units::add);
            }
            for (NameIndex.Name c : all) {
                if (units.contains(c.unitId())) {
                    same.add(c);
                }
            }
        }
        return same.isEmpty() ? null : best(same);
    }

    private static Set<String> provinces(MentionFinder.Found f) {
        Set<String> ids = new LinkedHashSet<>();
        f.candidates().forEach(c -> ids.add(c.provinceId()));
        f.shadows().forEach(c -> ids.add(c.provinceId()));
        return ids;
    }

    /** Of one province's candidates, the one that names it best: a landmark, then a district, then the rest. */
    private static NameIndex.Name best(List<NameIndex.Name> candidates) {
        NameIndex.Name best = candidates.get(0);
        for (NameIndex.Name c : candidates) {
            if (rank(c) < rank(best)) {
                best = c;
            }
        }
        return best;
    }

    private static int rank(NameIndex.Name c) {
        if (c.province()) {
            return 0;
        }
        if (c.kind() == Place.Kind.LANDMARK) {
            return 1;
        }
        return c.kind().districtLevel() ? 2 : 3;
    }

    /** Every word of the name is also a given name: alone, it may be a person. */
    private static boolean personLike(MentionFinder.Found f, List<Tokens.Token> toks) {
        for (int k = f.from(); k <= f.to(); k++) {
            if (!Words.PERSON_NAME_WORDS.contains(toks.get(k).lower())) {
                return false;
            }
        }
        return true;
    }
}
