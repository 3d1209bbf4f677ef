package vn.bantin.ingest.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.bantin.domain.Place;

/**
 * Finds the names of places in one paragraph, each with every unit or province its words could be.
 *
 * <p>A name counts only where a reader would read it as the place: capitalised ("hòa bình", peace, is not
 * Hoa Binh), not inside a person's name (Bui Thanh <b>Son</b>, Nguyen Thanh <b>Long</b>), not the first
 * words of a longer name (the Nam Dinh <b>Vu</b> industrial zone, Hai Phong Street, Hanoi Times). A unit
 * the size of a commune counts only with its type word ("Tan An commune", "xã Tân An"), for its name
 * repeats across the country; a district's name counts alone when it has two words or more.
 */
final class MentionFinder {
    /** One name found: its words' span, the names it can be, and the commune names it could also be. */
    record Found(int from, int to, int start, int end, int phraseStart, int phraseEnd, List<NameIndex.Name> candidates,
                 List<NameIndex.Name> shadows, boolean typed) {
    }

    private final NameIndex index;

    MentionFinder(NameIndex index) {
        this.index = index;
    }

    List<Found> find(String folded, List<Tokens.Token> toks, Set<String> givenNames) {
        List<Found> found = new ArrayList<>();
        int lastAcceptedEnd = -2;
        int i = 0;
        while (i < toks.size()) {
            Found f = longestValid(folded, toks, i, lastAcceptedEnd);
            if (f == null || (f.from() == f.to() && givenNames.contains(toks.get(f.from()).lower()) && !f.typed())) {
                i++;
                continue;
            }
            found.add(f);
            lastAcceptedEnd = f.to();
            i = f.to() + 1;
        }
        return found;
    }

    private Found longestValid(String folded, List<Tokens.Token> toks, int i, int lastAcceptedEnd) {
        List<NameIndex.Node> path = new ArrayList<>();
        NameIndex.Node n = index.root;
        for (int j = i; j < toks.size(); j++) {
            Tokens.Token t = toks.get(j);
            if (j > i && !joins(t.gapBefore())) {
                break;
            }
            n = n.next.get(t.lower());
            if (n == null) {
                break;
            }
            path.add(n);
        }
        for (int k = path.size() - 1; k >= 0; k--) {
            if (path.get(k).names.isEmpty()) {
                continue;
            }
            Found f = accept(folded, toks, i, i + k, path.get(k).names, lastAcceptedEnd);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private Found accept(String folded, List<Tokens.Token> toks, int from, int to, List<NameIndex.Name> names,
                         int lastAcceptedEnd) {
        int start = toks.get(from).start();
        int end = toks.get(to).end();
        boolean number = from == to && Character.isDigit(toks.get(from).text().charAt(0));
        TypeWords.Type before = TypeWords.before(folded, start, number);
        TypeWords.Type after = before == null ? TypeWords.after(folded, end) : null;
        TypeWords.Type type = before != null ? before : after;
        boolean typedAsUnit = type != null && !type.landmark();
        if (number && before == null) {
            return null;
        }
        List<NameIndex.Name> candidates = new ArrayList<>();
        List<NameIndex.Name> shadows = new ArrayList<>();
        for (NameIndex.Name name : names) {
            if (!capitalised(toks, from, to, name)) {
                continue;
            }
            if (name.province()) {
                if (typedAsUnit && !type.kinds().contains(Place.Kind.CITY) && !type.kinds().contains(Place.Kind.LANDMARK)) {
                    continue; // Long An commune, huyện Thanh Hóa: a unit named after a province (not Khanh Hoa islands)
                }
                candidates.add(name);
            } else if (type != null) {
                if (type.kinds().contains(name.kind()) || name.kind() == Place.Kind.LANDMARK && !typedAsUnit) {
                    candidates.add(name);
                }
            } else if (name.kind() == Place.Kind.LANDMARK || name.kind().districtLevel() && to > from) {
                candidates.add(name);
            } else if (name.kind().communeLevel()) {
                shadows.add(name);
            }
        }
        if (type != null && type.landmark() && candidates.stream().anyMatch(c -> c.kind() == Place.Kind.LANDMARK)) {
            // "Cat Tien National Park", "Long Thanh airport": the word after says it is the landmark, not a unit
            candidates.removeIf(c -> c.kind() != Place.Kind.LANDMARK);
        }
        if (candidates.isEmpty() || !contextAllows(toks, from, to, candidates, before != null, lastAcceptedEnd)) {
            return null;
        }
        int phraseStart = start;
        int phraseEnd = end;
        if (after != null) {
            phraseEnd = end + after.length();
        } else if (before != null) {
            phraseStart = start - before.length();
        }
        return new Found(from, to, start, end, phraseStart, phraseEnd, candidates, shadows, typedAsUnit);
    }

    private static boolean joins(Tokens.Gap g) {
        return g == Tokens.Gap.SPACE || g == Tokens.Gap.DASH || g == Tokens.Gap.APOSTROPHE;
    }

    private static boolean capitalised(List<Tokens.Token> toks, int from, int to, NameIndex.Name name) {
        for (int k = from; k <= to; k++) {
            if (!name.anyCase()[k - from] && !toks.get(k).capitalized() && toks.get(k).gapBefore() != Tokens.Gap.APOSTROPHE) {
                return false;
            }
        }
        return true;
    }

    /** What stands right before and after the name, with only a space between, may make it something else. */
    private boolean contextAllows(List<Tokens.Token> toks, int from, int to, List<NameIndex.Name> candidates,
                                  boolean typedBefore, int lastAcceptedEnd) {
        boolean provinceOnly = candidates.stream().allMatch(NameIndex.Name::province);
        if (from > 0 && toks.get(from).gapBefore() == Tokens.Gap.SPACE && !typedBefore) {
            Tokens.Token prev = toks.get(from - 1);
            boolean cityWord = prev.lower().equals("pho") && from >= 2 && toks.get(from - 2).lower().equals("thanh");
            if (Words.ADMIN_BEFORE.contains(prev.lower()) && !prev.capitalized() && !cityWord) {
                return false; // đường Hải Phòng, thôn Hà Nam: a street or hamlet named after the place
            }
            if (prev.capitalized() && Words.TITLES_BEFORE.contains(prev.lower())) {
                return false; // Mr Thanh Hoa, Minister Son La-style person references
            }
            // "Tỉnh Yên Bái" opening a sentence: the capital is the sentence's, "tỉnh" is the type word
            boolean prevIsName = prev.capitalized() && !prev.allCaps() && !prev.lower().equals("tinh")
                    && (Words.PERSON_NAME_WORDS.contains(prev.lower()) || index.nameWords.contains(prev.lower()));
            if (prevIsName && from - 1 != lastAcceptedEnd) {
                return false; // Nguyen Thanh Long An..., Vuong Dinh Hue, the Nam Dinh Vu zone
            }
        }
        int after = to + 1;
        if (after < toks.size() && toks.get(after).gapBefore() == Tokens.Gap.SPACE) {
            Tokens.Token next = toks.get(after);
            Set<String> notAfter = provinceOnly ? Words.NOT_THE_PROVINCE_AFTER : Words.NOT_THE_PLACE_AFTER;
            // "Co" after a name is a company; "có" (has) after a Vietnamese name folds to the same letters
            if (notAfter.contains(next.lower()) && (next.capitalized() || !next.lower().equals("co"))) {
                return false; // Hai Phong Street, Hanoi Times, Binh Minh Plastics
            }
            if (next.lower().equals("said") || next.lower().equals("says") || next.lower().equals("told")) {
                return !candidates.stream().allMatch(c -> c.place() && c.kind() != Place.Kind.LANDMARK); // "Binh Minh said"
            }
            boolean nextIsName = next.capitalized() && !next.allCaps()
                    && (Words.PERSON_NAME_WORDS.contains(next.lower()) || index.nameWords.contains(next.lower()));
            if (nextIsName && !startsName(toks, after) && !personFollows(toks, after)) {
                return false; // Nam Dinh Vu, Quang Nam Trung...
            }
        }
        return true;
    }

    boolean startsName(List<Tokens.Token> toks, int at) {
        NameIndex.Node n = index.root;
        for (int j = at; j < toks.size(); j++) {
            if (j > at && !joins(toks.get(j).gapBefore())) {
                return false;
            }
            n = n.next.get(toks.get(j).lower());
            if (n == null) {
                return false;
            }
            if (n.names.stream().anyMatch(x -> x.province() || x.kind() == Place.Kind.LANDMARK)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Vietnamese puts the name after the office: "Chủ tịch UBND tỉnh Thanh Hóa Đỗ Minh Tuấn". A surname followed
     * by another capitalised name word starts a person, so the province before it stands.
     */
    private boolean personFollows(List<Tokens.Token> toks, int at) {
        if (!Words.SURNAMES.contains(toks.get(at).lower()) || at + 1 >= toks.size()) {
            return false;
        }
        Tokens.Token second = toks.get(at + 1);
        return second.gapBefore() == Tokens.Gap.SPACE && second.capitalized()
                && (Words.PERSON_NAME_WORDS.contains(second.lower()) || index.nameWords.contains(second.lower()));
    }
}
