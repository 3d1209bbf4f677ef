package vn.bantin.ingest.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.bantin.domain.Fingerprint;
import vn.bantin.domain.Folding;
import vn.bantin.domain.ParsedPage;

/** Computes an article's {@link Fingerprint} from its title, lead and body, accents folded. */
public final class Fingerprints {
    public static final int HASHES = Fingerprint.SIZE;
    public static final int MAX_KEYS = 12;
    private static final long[] SEEDS = new long[HASHES];
    private static final Set<String> STOP = Set.of(("the a an of and to in on for with by at from as is are was were be been "
            + "has have had that this it its their his her he she they we you i our or not but also will would can could should "
            + "may which who whom whose than then there here into over under about after before between during while more most "
            + "such other some any all each both two said says").split(" "));
    private static final int STOP_LONGEST = STOP.stream().mapToInt(String::length).max().orElse(0);
    /** Capitalised words that start sentences or name dates, not the people and places a story is about. */
    private static final Set<String> NOT_NAMES = Set.of(("the a an this that these those he she they we it its his her their "
            + "in on at for from with by as of to and but or if when while after before during since according under "
            + "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
            + "september october november december mr mrs ms dr photo vna vgp vns minister deputy prime president secretary "
            + "state foreign ministry government party general national people province city viet vietnam vietnamese "
            + "authorities vnd usd").split(" "));

    /** Every gazetteer name as a key. */
    private static final Set<String> PLACES = places();

    private static Set<String> places() {
        Set<String> out = new HashSet<>();
        vn.bantin.data.Gazetteer g = vn.bantin.data.Gazetteer.standard();
        List<String> names = new ArrayList<>();
        for (vn.bantin.domain.Province p : g.provinces()) {
            names.add(p.nameVi());
            names.add(p.nameEn());
            names.addAll(p.aliases());
            names.addAll(p.places());
        }
        for (String name : names) {
            List<String> words = new ArrayList<>();
            for (String t : tokens(Folding.foldKeepCase(name))) {
                if (t.equals(BREAK)) {
                    continue;
                }
                String w = trimName(t).toLowerCase(Locale.ROOT).replace(".", "");
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            // a name is a key without the words that are never part of one ("Ho Chi Minh City" is "ho chi minh")
            words.removeIf(NOT_NAMES::contains);
            if (words.size() > 2 && words.get(0).equals("thanh") && words.get(1).equals("pho")) {
                words = words.subList(2, words.size());
            } else if (words.size() > 1 && (words.get(0).equals("tinh") || words.get(0).equals("tp"))) {
                words = words.subList(1, words.size());
            }
            // only whole names: the last word of one is often a given name too ("Duc" of Thu Duc); when
            // both a place and its last word are shared, Stories counts them once
            if (!words.isEmpty()) {
                out.add(String.join(" ", words));
            }
        }
        return Set.copyOf(out);
    }

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(x);
        }
    }

    private Fingerprints() {
    }

    public static Fingerprint of(ParsedPage page) {
        List<String> paras = new ArrayList<>();
        paras.add(String.valueOf(page.title()));
        paras.add(String.valueOf(page.lead()));
        paras.addAll(page.body());
        Map<String, Integer> counts = new HashMap<>();
        Words words = new Words();
        for (String p : paras) {
            // each paragraph folded once, for its names and its words
            String f = Folding.foldKeepCase(p);
            countNames(f, counts);
            words.add(f.toLowerCase(Locale.ROOT));
        }
        List<String> keys = keys(counts);
        Set<String> places = new HashSet<>();
        for (String k : keys) {
            if (PLACES.contains(k)) {
                places.add(k);
            }
        }
        return new Fingerprint(words.minhash(), keys, places);
    }

    /**
     * The content words of an article (folded, lower case, no stop words, no single letters) as their hashes, each
     * once: a word's part in the signature is its hash's, so words of the same hash need not be told apart.
     */
    private static final class Words {
        private long[] hashes = new long[512];
        private boolean[] used = new boolean[512];
        private int size;

        /** {@code f}: a paragraph folded and lower-cased. */
        void add(String f) {
            int start = -1;
            for (int i = 0; i <= f.length(); i++) {
                char c = i < f.length() ? f.charAt(i) : ' ';
                if (Character.isLetterOrDigit(c)) {
                    if (start < 0) {
                        start = i;
                    }
                } else if (start >= 0) {
                    int len = i - start;
                    if (len > 1 && !(len <= STOP_LONGEST && STOP.contains(f.substring(start, i)))) {
                        int h = 0;
                        for (int k = start; k < i; k++) {
                            h = 31 * h + f.charAt(k); // String.hashCode's, so signatures stay what they were
                        }
                        put(h * 0xC2B2AE3D27D4EB4FL + len);
                    }
                    start = -1;
                }
            }
        }

        private void put(long h) {
            int mask = hashes.length - 1;
            for (int i = (int) mix(h) & mask; ; i = (i + 1) & mask) {
                if (!used[i]) {
                    used[i] = true;
                    hashes[i] = h;
                    if (++size * 2 > hashes.length) {
                        grow();
                    }
                    return;
                }
                if (hashes[i] == h) {
                    return;
                }
            }
        }

        private void grow() {
            long[] oldHashes = hashes;
            boolean[] oldUsed = used;
            hashes = new long[oldHashes.length * 2];
            used = new boolean[oldHashes.length * 2];
            size = 0;
            for (int i = 0; i < oldHashes.length; i++) {
                if (oldUsed[i]) {
                    put(oldHashes[i]);
                }
            }
        }

        int[] minhash() {
            int[] sig = new int[HASHES];
            java.util.Arrays.fill(sig, Integer.MAX_VALUE);
            for (int w = 0; w < hashes.length; w++) {
                if (!used[w]) {
                    continue;
                }
                long h = hashes[w];
                for (int i = 0; i < HASHES; i++) {
                    int v = (int) (mix(h ^ SEEDS[i]) >>> 33);
                    if (v < sig[i]) {
                        sig[i] = v;
                    }
                }
            }
            return sig;
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Counts the names a story is built around in one paragraph {@code f} (accents folded, case kept): runs of
     * capitalised words ("Antony Blinken", "Bui Thanh Son", "Washington"), with a name's last word also counted
     * alone (later references say "Blinken", "Son"). Words are read in place; only a capitalised one is copied.
     */
    private static void countNames(String f, Map<String, Integer> counts) {
        List<String> run = new ArrayList<>();
        boolean sentenceStart = true;
        boolean runAtStart = false;
        int[] spans = spans(f);
        for (int k = 1; k <= spans[0]; k += 2) {
            int start = spans[k];
            int end = spans[k + 1];
            if (start < 0) { // a break
                flush(run, counts, runAtStart);
                sentenceStart = true;
                continue;
            }
            boolean endsSentence = f.charAt(end - 1) == '.' && !isInitials(f, start, end);
            int trimmed = trimmedEnd(f, start, end);
            boolean cap = trimmed > start && Character.isUpperCase(f.charAt(start));
            // "U.S." and "US" are one name; most words are not capitalised, and need no lower-cased copy
            String lower = cap ? f.substring(start, trimmed).toLowerCase(Locale.ROOT).replace(".", "") : null;
            if (cap && !NOT_NAMES.contains(lower) && !(sentenceStart && STOP.contains(lower)) && lower.length() > 1) {
                if (run.isEmpty()) {
                    runAtStart = sentenceStart;
                }
                run.add(lower);
            } else {
                flush(run, counts, runAtStart);
            }
            if (endsSentence) {
                flush(run, counts, runAtStart);
            }
            sentenceStart = endsSentence;
        }
        flush(run, counts, runAtStart);
    }

    /** The most repeated names first, then the longer, then in the alphabet's order. */
    private static List<String> keys(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(e -> -e.getKey().length()).thenComparing(Map.Entry::getKey));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : sorted) {
            if (out.size() == MAX_KEYS) {
                break;
            }
            out.add(e.getKey());
        }
        return out;
    }

    /** Stands between a dateline and the story ("HANOI — Authorities said"): what follows starts a sentence. */
    static final String BREAK = "\n";

    /**
     * Runs of letters, digits and the stops, apostrophes and hyphens that sit inside names ("U.S.",
     * "Ba Ria-Vung Tau"), with {@link #BREAK} where a spaced dash or a colon ends a dateline.
     */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int[] spans = spans(text);
        for (int k = 1; k <= spans[0]; k += 2) {
            out.add(spans[k] < 0 ? BREAK : text.substring(spans[k], spans[k + 1]));
        }
        return out;
    }

    /**
     * The words of {@code text} as {@link #tokens} cuts them, by their places: after the count at [0], each word's
     * start and end, and -1, -1 for a break. No word is copied.
     */
    private static int[] spans(String text) {
        int[] out = new int[33];
        int n = 0;
        int start = -1;
        boolean dash = false;
        boolean space = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean in = isWordChar(c);
            if ((in && start < 0) || (!in && start >= 0)) {
                if (n + 4 >= out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
            }
            if (in && start < 0) {
                if (n > 0 && dash && space) {
                    out[++n] = -1;
                    out[++n] = -1;
                }
                start = i;
                dash = false;
                space = false;
            } else if (!in && start >= 0) {
                out[++n] = start;
                out[++n] = i;
                start = -1;
            }
            if (!in) {
                dash |= c == '—' || c == '–' || c == ':';
                space |= Character.isWhitespace(c) || c == ':';
            }
        }
        out[0] = n;
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '’' || c == '-';
    }

    /** "U.S.", "E.U." (the word from {@code from} to {@code to} of {@code s}): capitals each followed by a full stop. */
    private static boolean isInitials(String s, int from, int to) {
        if ((to - from) % 2 != 0) {
            return false;
        }
        for (int i = from; i < to; i += 2) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z' || s.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    /** Drops trailing stops, apostrophes and hyphens, then a possessive "'s". */
    static String trimName(String raw) {
        return raw.substring(0, trimmedEnd(raw, 0, raw.length()));
    }

    private static int trimmedEnd(String s, int from, int to) {
        int end = to;
        while (end > from && isTrail(s.charAt(end - 1))) {
            end--;
        }
        if (end - from >= 2 && s.charAt(end - 1) == 's' && (s.charAt(end - 2) == '\'' || s.charAt(end - 2) == '’')) {
            end -= 2;
        }
        return end;
    }

    private static boolean isTrail(char c) {
        return c == '.' || c == '\'' || c == '’' || c == '-';
    }

    /** A single capitalised word that opens a sentence ("Authorities said") is no name. */
    private static void flush(List<String> run, Map<String, Integer> counts, boolean atSentenceStart) {
        if (run.isEmpty()) {
            return;
        }
        if (run.size() == 1 && atSentenceStart) {
            run.clear();
            return;
        }
        counts.merge(String.join(" ", run), 1, Integer::sum);
        if (run.size() > 1) {
            counts.merge(run.get(run.size() - 1), 1, Integer::sum);
        }
        run.clear();
    }
}
