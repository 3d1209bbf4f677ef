package vn.bantin.ingest.tagging;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The people an article names, so that their names are not read as places. */
final class Persons {
    private Persons() {
    }

    /**
     * The last names of the people an article names in full ("Tran Dinh Hue"): when the story later calls him
     * "Hue", that is the man, not the city.
     */
    static Set<String> givenNames(List<List<Tokens.Token>> paras, MentionFinder finder, Set<String> nameWords) {
        Set<String> given = new HashSet<>();
        for (List<Tokens.Token> toks : paras) {
            for (int i = 0; i < toks.size(); i++) {
                Tokens.Token t = toks.get(i);
                if (!t.capitalized() || t.allCaps() || !Words.SURNAMES.contains(t.lower())) {
                    continue;
                }
                int j = i + 1;
                while (j < toks.size() && j - i < 4 && toks.get(j).gapBefore() == Tokens.Gap.SPACE
                        && toks.get(j).capitalized() && !toks.get(j).allCaps()
                        && (Words.PERSON_NAME_WORDS.contains(toks.get(j).lower()) || nameWords.contains(toks.get(j).lower()))) {
                    j++;
                }
                if (j - i >= 3 && !finder.startsName(toks, i)) {
                    given.add(toks.get(j - 1).lower());
                }
            }
        }
        return given;
    }
}
