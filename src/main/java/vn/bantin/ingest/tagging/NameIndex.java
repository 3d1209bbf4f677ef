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
import vn.bantin.domain.Place;
import vn.bantin.domain.Province;

/**
 * Every written form of every province, of the places that stand for one, and of the units below the
 * province (districts, wards, communes, before and after 2025), as one word trie.
 */
final class NameIndex {
    /**
     * One form of a name. {@code anyCase[k]} is true where the gazetteer writes word k in lower case
     * ("thành phố Hồ Chí Minh", "Vinh city"): there any case matches; elsewhere the word must be capitalised.
     * {@code kind} is null for a province's own name.
     */
    record Name(String provinceId, String unitId, String form, boolean[] anyCase, Place.Kind kind, String parent) {
        boolean province() {
            return kind == null;
        }

        boolean place() {
            return kind != null;
        }
    }

    static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        final List<Name> names = new ArrayList<>(1);
    }

    /** Joined spellings that are ordinary English words ("longan" is a fruit). */
    private static final Set<String> NOT_JOINED = Set.of("longan", "camau");

    final Node root = new Node();
    /** Lower-case folded words that occur in Vietnamese names of provinces and the places that stand for them. */
    final Set<String> nameWords = new HashSet<>();

    NameIndex(Gazetteer g, List<Place> places) {
        for (Province p : g.provinces()) {
            List<String> forms = new ArrayList<>();
            forms.add(p.nameEn());
            forms.add(p.nameVi());
            forms.addAll(p.aliases());
            for (String f : forms) {
                add(p.id(), p.unit2025(), f, null, "", true);
            }
            for (String f : p.places()) {
                add(p.id(), p.unit2025(), f, Place.Kind.LANDMARK, "", true);
            }
            addVietnameseWords(p.nameVi());
            addVietnameseWords(p.nameEn());
        }
        // Forms news uses that are not simple aliases: the city's full Vietnamese style and lower-case "city".
        add("ho-chi-minh-city", "ho-chi-minh-city", "Ho Chi Minh city", null, "", false);
        add("ho-chi-minh-city", "ho-chi-minh-city", "thành phố Hồ Chí Minh", null, "", false);
        add("ho-chi-minh-city", "ho-chi-minh-city", "TP.HCM", null, "", false);
        add("nghe-an", "nghe-an", "Vinh city", Place.Kind.LANDMARK, "", false);
        add("thua-thien-hue", "hue", "Hue city", null, "", false);
        add("thua-thien-hue", "hue", "Thua Thien - Hue", null, "", false);
        for (Place pl : places) {
            add(pl.provinceId(), pl.unitId(), pl.name(), pl.kind(), pl.parent(), pl.kind() == Place.Kind.LANDMARK);
        }
    }

    private void addVietnameseWords(String name) {
        for (Tokens.Token t : Tokens.of(name)) {
            if (!t.lower().equals("city")) {
                nameWords.add(t.lower());
            }
        }
    }

    private void add(String provinceId, String unitId, String form, Place.Kind kind, String parent, boolean joined) {
        List<Tokens.Token> toks = Tokens.of(form);
        if (toks.isEmpty()) {
            return;
        }
        insert(provinceId, unitId, form, toks, kind, parent);
        if (joined && toks.size() == 2 && !form.contains("-")) {
            // "Hanoi", "Danang", "Daklak", "Haiphong": news joins two-word names
            String j = toks.get(0).lower() + toks.get(1).lower();
            if (!NOT_JOINED.contains(j)) {
                String cap = Character.toUpperCase(j.charAt(0)) + j.substring(1);
                insert(provinceId, unitId, cap, Tokens.of(cap), kind, parent);
            }
        }
    }

    private void insert(String provinceId, String unitId, String form, List<Tokens.Token> toks, Place.Kind kind,
                        String parent) {
        Node n = root;
        boolean[] anyCase = new boolean[toks.size()];
        for (int k = 0; k < toks.size(); k++) {
            Tokens.Token t = toks.get(k);
            n = n.next.computeIfAbsent(t.lower(), x -> new Node());
            // a number ("Quận 1") has no case, and the gazetteer's few lower-case syllables are its own spelling
            anyCase[k] = Character.isLowerCase(t.text().charAt(0)) && (kind == null || kind == Place.Kind.LANDMARK)
                    || Character.isDigit(t.text().charAt(0));
        }
        for (int k = 0; k < n.names.size(); k++) {
            Name existing = n.names.get(k);
            if (existing.provinceId().equals(provinceId) && existing.kind() == kind && existing.parent().equals(parent)) {
                // the same words written with another case: any case either form allows is allowed
                for (int x = 0; x < anyCase.length; x++) {
                    anyCase[x] |= existing.anyCase()[x];
                }
                n.names.set(k, new Name(provinceId, unitId, existing.form(), anyCase, kind, parent));
                return;
            }
        }
        n.names.add(new Name(provinceId, unitId, Folding.foldKeepCase(form).toLowerCase(Locale.ROOT), anyCase, kind, parent));
    }
}
