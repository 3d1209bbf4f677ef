package vn.bantin.ingest.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bantin.data.Gazetteer;
import vn.bantin.domain.ParsedPage;
import vn.bantin.domain.ProvinceTag;
import vn.bantin.domain.Relation;

/**
 * Finds the provinces an article names and decides which of them it is about.
 *
 * <p>A name counts only where a reader would read it as the place: capitalised ("hòa bình", peace, is not
 * Hoa Binh), not inside a person's name (Bui Thanh <b>Son</b>, Nguyen Thanh <b>Long</b>), not the first
 * words of a longer name (the Nam Dinh <b>Vu</b> industrial zone, Binh Thanh District, Hai Phong Street),
 * and not one entry of a list of every province. An article is about the provinces in its title or lead,
 * and the ones its body keeps returning to.
 */
public final class ProvinceTagger {
    /** Three mentions in the body make a province part of the story even when the title does not name it. */
    private static final int BODY_MENTIONS_FOR_ABOUT = 3;
    /** A run this long of names with nothing but commas between is a list of provinces, not news about them. */
    private static final int LIST_RUN = 12;

    private final NameIndex index;

    public ProvinceTagger(Gazetteer gazetteer) {
        this.index = new NameIndex(gazetteer);
    }

    /**
     * "40 kilometres east of Ho Chi Minh City": a place named only to locate another. It is a mention, but no
     * evidence of what the story is about.
     */
    private static final java.util.regex.Pattern REFERENCE_BEFORE = java.util.regex.Pattern.compile(
            "(?:\\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\\s+of|\\b(?:km|kilometres|kilometers|miles|hours?|minutes?)"
                    + "\\s+(?:from|outside(?:\\s+of)?|away\\s+from)|\\b(?:near|close\\s+to|next\\s+to|on\\s+the\\s+outskirts\\s+of"
                    + "|on\\s+the\\s+border\\s+with|the\\s+border\\s+with))\\s+(?:the\\s+)?(?:city\\s+of\\s+)?$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** One accepted mention: which province, in which paragraph, where, and whether it only locates something. */
    public record Mention(String provinceId, String form, int paragraph, int start, int end, boolean reference) {
    }

    public List<ProvinceTag> tag(ParsedPage page) {
        List<String> paras = new ArrayList<>();
        paras.add(page.title());
        paras.add(page.lead());
        paras.addAll(page.body());
        paras.addAll(page.captions());
        int bodyEnd = 2 + page.body().size();

        List<List<Tokens.Token>> tokens = new ArrayList<>(paras.size());
        for (String p : paras) {
            tokens.add(Tokens.of(p));
        }
        Set<String> givenNames = personGivenNames(tokens);
        Map<String, int[]> counts = new LinkedHashMap<>(); // id -> {total, inTitleOrLead, inBody}
        for (int p = 0; p < paras.size(); p++) {
            for (Mention m : mentions(paras.get(p), tokens.get(p), p, givenNames)) {
                int[] c = counts.computeIfAbsent(m.provinceId(), k -> new int[3]);
                c[0]++;
                if (m.reference()) {
                    continue;
                }
                if (p < 2) {
                    c[1]++;
                } else if (p < bodyEnd) {
                    c[2]++;
                }
            }
        }
        List<ProvinceTag> tags = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            boolean about = c[1] > 0 || c[2] >= BODY_MENTIONS_FOR_ABOUT;
            tags.add(new ProvinceTag(e.getKey(), about ? Relation.ABOUT : Relation.MENTIONED, c[0]));
        }
        tags.sort(Comparator.comparing(ProvinceTag::relation).thenComparing(ProvinceTag::mentions, Comparator.reverseOrder())
                .thenComparing(ProvinceTag::provinceId));
        return tags;
    }

    /**
     * The last names of the people an article names in full ("Tran Dinh Hue"): when the story later calls him
     * "Hue", that is the man, not the city.
     */
    private Set<String> personGivenNames(List<List<Tokens.Token>> paras) {
        Set<String> given = new java.util.HashSet<>();
        for (List<Tokens.Token> toks : paras) {
            for (int i = 0; i < toks.size(); i++) {
                Tokens.Token t = toks.get(i);
                if (!t.capitalized() || t.allCaps() || !Words.SURNAMES.contains(t.lower())) {
                    continue;
                }
                int j = i + 1;
                while (j < toks.size() && j - i < 4 && toks.get(j).gapBefore() == Tokens.Gap.SPACE
                        && toks.get(j).capitalized() && !toks.get(j).allCaps()
                        && (Words.PERSON_NAME_WORDS.contains(toks.get(j).lower()) || index.nameWords.contains(toks.get(j).lower()))) {
                    j++;
                }
                if (j - i >= 3 && !startsName(toks, i)) {
                    given.add(toks.get(j - 1).lower());
                }
            }
        }
        return given;
    }

    /** The accepted mentions in one paragraph. */
    public List<Mention> mentions(String paragraph, int paragraphIndex) {
        return mentions(paragraph, Tokens.of(paragraph), paragraphIndex, Set.of());
    }

    private List<Mention> mentions(String paragraph, List<Tokens.Token> toks, int paragraphIndex, Set<String> givenNames) {
        List<Mention> found = new ArrayList<>();
        List<int[]> spans = new ArrayList<>(); // token ranges of accepted matches, for list detection
        int lastAcceptedEnd = -2;
        int i = 0;
        while (i < toks.size()) {
            Match m = longestValid(toks, i, lastAcceptedEnd);
            if (m == null || (m.from == m.to && givenNames.contains(toks.get(m.from).lower()))) {
                i++;
                continue;
            }
            int start = toks.get(m.from).start();
            String before = paragraph.substring(Math.max(0, start - 48), Math.min(start, paragraph.length()));
            found.add(new Mention(m.name.provinceId(), m.name.form(), paragraphIndex, start, toks.get(m.to).end(),
                    REFERENCE_BEFORE.matcher(before).find()));
            spans.add(new int[] {m.from, m.to});
            lastAcceptedEnd = m.to;
            i = m.to + 1;
        }
        return dropLongLists(paragraph, toks, found, spans);
    }

    private record Match(int from, int to, NameIndex.Name name) {
    }

    private Match longestValid(List<Tokens.Token> toks, int i, int lastAcceptedEnd) {
        List<Match> candidates = new ArrayList<>();
        NameIndex.Node n = index.root;
        for (int j = i; j < toks.size(); j++) {
            Tokens.Token t = toks.get(j);
            if (j > i && t.gapBefore() != Tokens.Gap.SPACE && t.gapBefore() != Tokens.Gap.DASH) {
                break;
            }
            n = n.next.get(t.lower());
            if (n == null) {
                break;
            }
            for (NameIndex.Name name : n.names) {
                candidates.add(new Match(i, j, name));
            }
        }
        for (int k = candidates.size() - 1; k >= 0; k--) {
            Match m = candidates.get(k);
            if (accepted(toks, m, lastAcceptedEnd)) {
                return m;
            }
        }
        return null;
    }

    private boolean accepted(List<Tokens.Token> toks, Match m, int lastAcceptedEnd) {
        for (int k = m.from; k <= m.to; k++) {
            Tokens.Token t = toks.get(k);
            if (!m.name.anyCase()[k - m.from] && !t.capitalized()) {
                return false;
            }
        }
        // What stands right before the name, with only a space between.
        if (m.from > 0 && toks.get(m.from).gapBefore() == Tokens.Gap.SPACE) {
            Tokens.Token prev = toks.get(m.from - 1);
            boolean cityWord = prev.lower().equals("pho") && m.from >= 2 && toks.get(m.from - 2).lower().equals("thanh");
            if (Words.ADMIN_BEFORE.contains(prev.lower()) && !prev.capitalized() && !cityWord) {
                return false; // quận Bình Thạnh, huyện Thanh Hóa, đường Hải Phòng
            }
            if (prev.capitalized() && Words.TITLES_BEFORE.contains(prev.lower())) {
                return false; // Mr Thanh Hoa, Minister Son La-style person references
            }
            boolean prevIsName = prev.capitalized() && !prev.allCaps()
                    && (Words.PERSON_NAME_WORDS.contains(prev.lower()) || index.nameWords.contains(prev.lower()));
            if (prevIsName && m.from - 1 != lastAcceptedEnd) {
                return false; // Nguyen Thanh Long An..., Vuong Dinh Hue, the Nam Dinh Vu zone
            }
        }
        // What follows, with only a space between.
        int after = m.to + 1;
        if (after < toks.size() && toks.get(after).gapBefore() == Tokens.Gap.SPACE) {
            Tokens.Token next = toks.get(after);
            if (Words.NOT_THE_PROVINCE_AFTER.contains(next.lower())) {
                return false; // Binh Thanh District, Hai Phong Street, Hanoi Times
            }
            boolean nextIsName = next.capitalized() && !next.allCaps()
                    && (Words.PERSON_NAME_WORDS.contains(next.lower()) || index.nameWords.contains(next.lower()));
            if (nextIsName && !startsName(toks, after) && !personFollows(toks, after)) {
                return false; // Nam Dinh Vu, Quang Nam Trung...
            }
        }
        return true;
    }

    private boolean startsName(List<Tokens.Token> toks, int at) {
        NameIndex.Node n = index.root;
        for (int j = at; j < toks.size(); j++) {
            if (j > at && toks.get(j).gapBefore() != Tokens.Gap.SPACE && toks.get(j).gapBefore() != Tokens.Gap.DASH) {
                return false;
            }
            n = n.next.get(toks.get(j).lower());
            if (n == null) {
                return false;
            }
            if (!n.names.isEmpty()) {
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

    /** Drops mentions that are entries of a long comma-separated list of provinces. */
    private static List<Mention> dropLongLists(String paragraph, List<Tokens.Token> toks, List<Mention> found,
                                               List<int[]> spans) {
        if (found.size() < LIST_RUN) {
            return found;
        }
        boolean[] drop = new boolean[found.size()];
        int runStart = 0;
        for (int k = 1; k <= found.size(); k++) {
            boolean joined = k < found.size() && onlyListGlue(paragraph,
                    toks.get(spans.get(k - 1)[1]).end(), toks.get(spans.get(k)[0]).start());
            if (!joined) {
                if (k - runStart >= LIST_RUN) {
                    for (int x = runStart; x < k; x++) {
                        drop[x] = true;
                    }
                }
                runStart = k;
            }
        }
        List<Mention> kept = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            if (!drop[k]) {
                kept.add(found.get(k));
            }
        }
        return kept;
    }

    private static final Set<String> GLUE_WORDS = Set.of("and", "or", "va", "và", "province", "provinces", "city", "tinh", "tỉnh");

    private static boolean onlyListGlue(String paragraph, int from, int to) {
        String between = paragraph.substring(Math.min(from, paragraph.length()), Math.min(to, paragraph.length()));
        for (String w : between.split("[\\s,;/&•·|]+")) {
            if (!w.isEmpty() && !GLUE_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
