package vn.bantin.ingest.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.bantin.data.Gazetteer;
import vn.bantin.domain.Folding;
import vn.bantin.domain.Province;

/** Every written form of every province and of the places that stand for one, as a word trie. */
final class NameIndex {
    /**
     * One form of a name. {@code anyCase[k]} is true where the gazetteer writes word k in lower case
     * ("thành phố Hồ Chí Minh", "Vinh city"): there any case matches; elsewhere the word must be capitalised.
     */
    record Name(String provinceId, String form, boolean[] anyCase, boolean place) {
    }

    static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Name> names = new ArrayList<>();
    }

    /** Joined spellings that are ordinary English words ("longan" is a fruit). */
    private static final Set<String> NOT_JOINED = Set.of("longan", "camau");

    final Node root = new Node();
    /** Lower-case folded words that occur in Vietnamese names of provinces and places. */
    final Set<String> nameWords = new HashSet<>();

    NameIndex(Gazetteer g) {
        for (Province p : g.provinces()) {
            List<String> forms = new ArrayList<>();
            forms.add(p.nameEn());
            forms.add(p.nameVi());
            forms.addAll(p.aliases());
            for (String f : forms) {
                add(p.id(), f, false);
            }
            for (String f : p.places()) {
                add(p.id(), f, true);
            }
            addVietnameseWords(p.nameVi());
            addVietnameseWords(p.nameEn());
        }
        // Forms news uses that are not simple aliases: the city's full Vietnamese style and lower-case "city".
        add("ho-chi-minh-city", "Ho Chi Minh city", false);
        add("ho-chi-minh-city", "thành phố Hồ Chí Minh", false);
        add("ho-chi-minh-city", "TP.HCM", false);
        add("nghe-an", "Vinh city", true);
        add("thua-thien-hue", "Hue city", false);
        add("thua-thien-hue", "Thua Thien - Hue", false);
    }

    private void addVietnameseWords(String name) {
        for (Tokens.Token t : Tokens.of(name)) {
            if (!t.lower().equals("city")) {
                nameWords.add(t.lower());
            }
        }
    }

    private void add(String provinceId, String form, boolean place) {
        List<Tokens.Token> toks = Tokens.of(form);
        if (toks.isEmpty()) {
            return;
        }
        insert(provinceId, form, toks, place);
        if (toks.size() == 2 && !form.contains("-")) {
            // "Hanoi", "Danang", "Daklak", "Haiphong": news joins two-word names
            String joined = toks.get(0).lower() + toks.get(1).lower();
            if (!NOT_JOINED.contains(joined)) {
                String cap = Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
                insert(provinceId, cap, Tokens.of(cap), place);
            }
        }
    }

    private void insert(String provinceId, String form, List<Tokens.Token> toks, boolean place) {
        Node n = root;
        boolean[] anyCase = new boolean[toks.size()];
        for (int k = 0; k < toks.size(); k++) {
            Tokens.Token t = toks.get(k);
            n = n.next.computeIfAbsent(t.lower(), x -> new Node());
            anyCase[k] = Character.isLowerCase(t.text().charAt(0));
        }
        for (int k = 0; k < n.names.size(); k++) {
            Name existing = n.names.get(k);
            if (existing.provinceId().equals(provinceId)) {
                // the same words written with another case: any case either form allows is allowed
                for (int x = 0; x < anyCase.length; x++) {
                    anyCase[x] |= existing.anyCase()[x];
                }
                n.names.set(k, new Name(provinceId, existing.form(), anyCase, existing.place() && place));
                return;
            }
        }
        n.names.add(new Name(provinceId, Folding.foldKeepCase(form).toLowerCase(Locale.ROOT), anyCase, place));
    }
}
