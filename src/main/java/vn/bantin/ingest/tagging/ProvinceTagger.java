package vn.bantin.ingest.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import vn.bantin.data.Gazetteer;
import vn.bantin.data.Places;
import vn.bantin.domain.Folding;
import vn.bantin.domain.ParsedPage;
import vn.bantin.domain.Place;
import vn.bantin.domain.ProvinceTag;
import vn.bantin.domain.Relation;
import vn.bantin.domain.TagEvidence;

/**
 * Finds the provinces an article names, through their own names and the districts, communes and landmarks
 * in them, and decides which of them it is about.
 *
 * <p>A name that several provinces share is evidence only where the article agrees: "Tan An commune, Hoa
 * Vang district, Da Nang" is in Da Nang, not in Long An whose capital is also Tan An. A dateline says where
 * the report was filed, so it counts for "about" only when the story names the place again. An article is
 * about the provinces in its title or lead, the ones its body keeps returning to, and the ones with
 * paragraphs of their own.
 */
public final class ProvinceTagger {
    /** Three mentions in the body make a province part of the story even when the title does not name it. */
    private static final int BODY_MENTIONS_FOR_ABOUT = 3;
    /** Two paragraphs that name this province and no other make it one of the story's places. */
    private static final int OWN_PARAGRAPHS_FOR_ABOUT = 2;
    /** A run this long of names with nothing but commas between is a list of provinces, not news about them. */
    private static final int LIST_RUN = 12;

    /**
     * "40 kilometres east of Ho Chi Minh City": a place named only to locate another. It is a mention, but no
     * evidence of what the story is about.
     */
    private static final Pattern REFERENCE_BEFORE = Pattern.compile(
            "(?:\\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\\s+of|\\b(?:km|kilometres|kilometers|miles|hours?|minutes?)"
                    + "\\s+(?:from|outside(?:\\s+of)?|away\\s+from)|\\b(?:near|close\\s+to|next\\s+to|on\\s+the\\s+outskirts\\s+of"
                    + "|on\\s+the\\s+border\\s+with|the\\s+border\\s+with|between"
                    // another journey's end: "since the president's visit to Hanoi"
                    + "|(?:visit|visits|trip|tour)\\s+to|visited"
                    + "))\\s+(?:the\\s+)?(?:city\\s+of\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** "the Hoang Sa fishing grounds", "Con Dao waters": the sea off a place, not the place, and not named. */
    private static final Pattern REFERENCE_AFTER = Pattern.compile("^\\s+(?:fishing\\s+grounds?|waters|sea\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "… and Hai Phong" right after "between X": the second end of the span is a reference too. */
    private static final Pattern BETWEEN_PAIR = Pattern.compile("\\bbetween\\s+[^,.;]{2,40}\\s+and\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;
    private final Supplier<List<Place>> places;
    private volatile MentionFinder finder;
    private volatile NameIndex index;

    /** A tagger over the shipped gazetteer; the places below the province are read when it first tags. */
    public ProvinceTagger(Gazetteer gazetteer) {
        this(gazetteer, Places::standard);
    }

    public ProvinceTagger(Gazetteer gazetteer, Supplier<List<Place>> places) {
        this.gazetteer = gazetteer;
        this.places = places;
    }

    private MentionFinder finder() {
        MentionFinder f = finder;
        if (f == null) {
            synchronized (this) {
                if (finder == null) {
                    index = new NameIndex(gazetteer, places.get());
                    finder = new MentionFinder(index);
                }
                f = finder;
            }
        }
        return f;
    }

    /** One accepted mention: which province, in which paragraph, where, and how it reads. */
    public record Mention(String provinceId, String form, int paragraph, int start, int end, boolean reference,
                          boolean dateline, TagEvidence evidence) {
    }

    public List<ProvinceTag> tag(ParsedPage page) {
        List<String> paras = new ArrayList<>();
        paras.add(page.title());
        paras.add(page.lead());
        paras.addAll(page.body());
        paras.addAll(page.captions());
        int bodyEnd = 2 + page.body().size();
        Set<Place.Kind> era = page.published() == null ? null
                : page.published().toLocalDate().isBefore(Resolution.REFORM) ? Resolution.BEFORE_2025 : Resolution.FROM_2025;
        List<Mention> all = resolve(paras, datelineParagraph(page), era);

        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<Integer, Set<String>> provincesInParagraph = new LinkedHashMap<>();
        for (Mention m : all) {
            Tally t = tallies.computeIfAbsent(m.provinceId(), k -> new Tally());
            t.total++;
            if (t.evidence.size() < 6) {
                t.evidence.add(m.evidence());
            }
            if (m.dateline()) {
                t.dateline = true;
            } else if (!m.reference()) {
                if (m.paragraph() < 2) {
                    t.titleOrLead++;
                    t.inTitle |= m.paragraph() == 0;
                } else if (m.paragraph() < bodyEnd) {
                    t.body++;
                    provincesInParagraph.computeIfAbsent(m.paragraph(), k -> new LinkedHashSet<>()).add(m.provinceId());
                }
            }
        }
        for (Set<String> ids : provincesInParagraph.values()) {
            if (ids.size() == 1) {
                tallies.get(ids.iterator().next()).ownParagraphs++;
            }
        }
        boolean headlinePlace = tallies.values().stream().anyMatch(t -> t.titleOrLead > 0);
        boolean titlePlace = tallies.values().stream().anyMatch(t -> t.inTitle);
        boolean roundUp = !titlePlace && tallies.values().stream().filter(t -> t.ownParagraphs > 0).count() >= 2;
        List<ProvinceTag> tags = new ArrayList<>();
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            // a dateline counts when the story names the place again, or names no other place up front
            boolean filedHere = t.dateline && (t.body > 0 || !headlinePlace);
            // in a round-up (no province in the title, several with paragraphs of their own: "cold snap in the
            // north"), one paragraph of its own makes a province part of the story; otherwise it takes two
            int own = roundUp ? 1 : OWN_PARAGRAPHS_FOR_ABOUT;
            boolean about = t.titleOrLead > 0 || t.body >= BODY_MENTIONS_FOR_ABOUT || t.ownParagraphs >= own || filedHere;
            tags.add(new ProvinceTag(e.getKey(), about ? Relation.ABOUT : Relation.MENTIONED, t.total,
                    List.copyOf(t.evidence), false));
        }
        tags.sort(Comparator.comparing(ProvinceTag::relation).thenComparing(ProvinceTag::mentions, Comparator.reverseOrder())
                .thenComparing(ProvinceTag::provinceId));
        return tags;
    }

    private static final class Tally {
        int total;
        int titleOrLead;
        boolean inTitle;
        int body;
        int ownParagraphs;
        boolean dateline;
        final Set<TagEvidence> evidence = new LinkedHashSet<>();
    }

    /** The paragraph a dateline would open: the lead, or the first of the body when there is no lead. */
    private static int datelineParagraph(ParsedPage page) {
        return page.lead().isBlank() ? 2 : 1;
    }

    /** The accepted mentions in one paragraph read alone, as the tagger reads it inside an article. */
    public List<Mention> mentions(String paragraph, int paragraphIndex) {
        List<String> paras = new ArrayList<>();
        for (int k = 0; k < paragraphIndex; k++) {
            paras.add("");
        }
        paras.add(paragraph);
        return resolve(paras, -1, null);
    }

    /** Every paragraph's mentions, each shared name settled by what the rest of its paragraph and article say. */
    private List<Mention> resolve(List<String> given, int datelinePara, Set<Place.Kind> era) {
        MentionFinder f = finder();
        // offsets are those of the folded text, which is NFC: the evidence is cut from the NFC paragraph too
        List<String> paras = new ArrayList<>(given.size());
        for (String p : given) {
            paras.add(java.text.Normalizer.isNormalized(p, java.text.Normalizer.Form.NFC) ? p
                    : java.text.Normalizer.normalize(p, java.text.Normalizer.Form.NFC));
        }
        List<List<Tokens.Token>> tokens = new ArrayList<>(paras.size());
        List<String> folded = new ArrayList<>(paras.size());
        for (String p : paras) {
            String fp = Folding.foldKeepCase(p);
            folded.add(fp);
            tokens.add(Tokens.ofFolded(fp));
        }
        Set<String> givenNames = Persons.givenNames(tokens, f, index.nameWords);
        List<Pending> pending = new ArrayList<>();
        for (int p = 0; p < paras.size(); p++) {
            List<MentionFinder.Found> found = dropLongLists(folded.get(p), tokens.get(p),
                    f.find(folded.get(p), tokens.get(p), givenNames));
            int datelineEnd = p == datelinePara ? datelineEnd(folded.get(p), found) : -1;
            for (MentionFinder.Found x : found) {
                String before = folded.get(p).substring(Math.max(0, x.start() - 48), x.start());
                String after = folded.get(p).substring(x.end(), Math.min(folded.get(p).length(), x.end() + 24));
                if (REFERENCE_AFTER.matcher(after).find()) {
                    continue; // the sea off a place is not in its province's news
                }
                // "near Phong Nha" is still in Quang Binh; "near Ho Chi Minh City" may well be in Dong Nai
                boolean province = x.candidates().stream().anyMatch(NameIndex.Name::province);
                boolean reference = province && (REFERENCE_BEFORE.matcher(before).find() || BETWEEN_PAIR.matcher(before).find());
                pending.add(new Pending(p, x, reference, x.start() < datelineEnd));
            }
        }
        // Settle first what can only be one province, then shared names by them, districts before communes.
        Map<Integer, Set<String>> anchors = new LinkedHashMap<>();
        Set<String> articleAnchors = new LinkedHashSet<>();
        for (Pending pd : pending) {
            pd.resolved = Resolution.anchor(pd.found, tokens.get(pd.paragraph));
        }
        for (int round = 0; round < Resolution.ROUNDS; round++) {
            anchors.clear();
            articleAnchors.clear();
            for (Pending pd : pending) {
                if (pd.resolved != null && !pd.dateline) {
                    anchors.computeIfAbsent(pd.paragraph, k -> new LinkedHashSet<>()).add(pd.resolved.provinceId());
                    articleAnchors.add(pd.resolved.provinceId());
                }
            }
            for (Pending pd : pending) {
                if (pd.resolved == null && !pd.dropped) {
                    Resolution.settle(pd, anchors.getOrDefault(pd.paragraph, Set.of()), articleAnchors, round, gazetteer, era);
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Pending pd : pending) {
            if (pd.resolved == null) {
                continue;
            }
            MentionFinder.Found x = pd.found;
            String phrase = paras.get(pd.paragraph).substring(x.phraseStart(), Math.min(x.phraseEnd(), paras.get(pd.paragraph).length()));
            String how = pd.dateline ? "dateline" : pd.resolved.kind() == null ? "province"
                    : pd.resolved.kind() == Place.Kind.LANDMARK ? "place" : pd.resolved.kind().label();
            out.add(new Mention(pd.resolved.provinceId(), pd.resolved.form(), pd.paragraph, x.start(), x.end(),
                    pd.reference, pd.dateline, new TagEvidence(phrase.strip(), how)));
        }
        return out;
    }

    /** A name found and not yet settled to one province. */
    static final class Pending {
        final int paragraph;
        final MentionFinder.Found found;
        final boolean reference;
        final boolean dateline;
        NameIndex.Name resolved;
        boolean dropped;

        Pending(int paragraph, MentionFinder.Found found, boolean reference, boolean dateline) {
            this.paragraph = paragraph;
            this.found = found;
            this.reference = reference;
            this.dateline = dateline;
        }
    }

    /** Where the paragraph's dateline ends, or -1: a place in title case and a dash must be all one name. */
    private static int datelineEnd(String folded, List<MentionFinder.Found> found) {
        Datelines.Match d = Datelines.find(folded);
        if (d == null) {
            return -1;
        }
        if (d.sure()) {
            return d.end();
        }
        for (MentionFinder.Found x : found) {
            if (x.start() == folded.length() - folded.stripLeading().length() && x.end() == d.placeEnd()) {
                return d.end();
            }
        }
        return -1;
    }

    /** Drops mentions that are entries of a long comma-separated list of provinces. */
    private static List<MentionFinder.Found> dropLongLists(String paragraph, List<Tokens.Token> toks,
                                                           List<MentionFinder.Found> found) {
        if (found.size() < LIST_RUN) {
            return found;
        }
        boolean[] drop = new boolean[found.size()];
        int runStart = 0;
        for (int k = 1; k <= found.size(); k++) {
            boolean joined = k < found.size() && onlyListGlue(paragraph, found.get(k - 1).end(), found.get(k).start());
            if (!joined) {
                if (k - runStart >= LIST_RUN) {
                    for (int x = runStart; x < k; x++) {
                        drop[x] = true;
                    }
                }
                runStart = k;
            }
        }
        List<MentionFinder.Found> kept = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            if (!drop[k]) {
                kept.add(found.get(k));
            }
        }
        return kept;
    }

    private static final Set<String> GLUE_WORDS = new HashSet<>(List.of("and", "or", "va", "province", "provinces",
            "city", "tinh"));

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
