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
    /** A shared name with at most this many provinces may take its province from anywhere in the article. */
    private static final int ARTICLE_CONTEXT_MAX = 3;

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
     * found; round 4 lets a commune whose name only one province has stand alone.
     */
    static void settle(ProvinceTagger.Pending pd, Set<String> paragraph, Set<String> article, int round, Gazetteer g) {
        MentionFinder.Found f = pd.found;
        NameIndex.Name m = agreeing(f, paragraph, g);
        if (m != null) {
            pd.resolved = m;
            return;
        }
        if (round == 0) {
            return;
        }
        if (!paragraph.isEmpty() && round != 2) {
            pd.dropped = true; // the paragraph names another province
            return;
        }
        Set<String> own = new LinkedHashSet<>();
        f.candidates().forEach(c -> own.add(c.provinceId()));
        NameIndex.Name best = best(f.candidates());
        switch (round) {
            case 1 -> {
                if (provinces(f).size() <= ARTICLE_CONTEXT_MAX) {
                    pd.resolved = agreeing(f, article, g);
                }
            }
            case 2 -> {
                if (paragraph.isEmpty() && own.size() == 1 && !best.kind().communeLevel()) {
                    if (f.shadows().isEmpty() || article.isEmpty()) {
                        pd.resolved = best;
                    } else {
                        pd.dropped = true; // "Tan An" in a story that names only provinces without a Tan An
                    }
                }
            }
            case 4 -> {
                if (own.size() == 1 && f.typed()) {
                    pd.resolved = best;
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
