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
    public static final int HASHES = 64;
    public static final int MAX_KEYS = 12;
    private static final long[] SEEDS = new long[HASHES];
    private static final Set<String> STOP = Set.of(("the a an of and to in on for with by at from as is are was were be been "
            + "has have had that this it its their his her he she they we you i our or not but also will would can could should "
            + "may which who whom whose than then there here into over under about after before between during while more most "
            + "such other some any all each both two said says").split(" "));
    /** Capitalised words that start sentences or name dates, not the people and places a story is about. */
    private static final Set<String> NOT_NAMES = Set.of(("the a an this that these those he she they we it its his her their "
            + "in on at for from with by as of to and but or if when while after before during since according under "
            + "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
            + "september october november december mr mrs ms dr photo vna vgp vns minister deputy prime president secretary "
            + "state foreign ministry government party general national people province city viet vietnam vietnamese").split(" "));

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
        String text = page.title() + "\n" + page.lead() + "\n" + String.join("\n", page.body());
        return new Fingerprint(minhash(words(text)), keys(page));
    }

    /** Content words: folded, lower case, no stop words, no single letters. */
    static Set<String> words(String text) {
        String f = Folding.fold(text);
        Set<String> out = new HashSet<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= f.length(); i++) {
            char c = i < f.length() ? f.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                cur.append(c);
            } else if (cur.length() > 0) {
                String w = cur.toString();
                if (w.length() > 1 && !STOP.contains(w)) {
                    out.add(w);
                }
                cur.setLength(0);
            }
        }
        return out;
    }

    static int[] minhash(Set<String> words) {
        int[] sig = new int[HASHES];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (String w : words) {
            long h = w.hashCode() * 0xC2B2AE3D27D4EB4FL + w.length();
            for (int i = 0; i < HASHES; i++) {
                int v = (int) (mix(h ^ SEEDS[i]) >>> 33);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The names a story is built around: runs of capitalised words ("Antony Blinken", "Bui Thanh Son",
     * "Washington"), most repeated first, with a name's last word also counted alone (later references say
     * "Blinken", "Son").
     */
    static List<String> keys(ParsedPage page) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> paras = new ArrayList<>();
        paras.add(page.title());
        paras.add(page.lead());
        paras.addAll(page.body());
        for (String p : paras) {
            String[] toks = Folding.foldKeepCase(p).split("[^\\p{L}\\p{N}.'’-]+");
            List<String> run = new ArrayList<>();
            boolean sentenceStart = true;
            boolean runAtStart = false;
            for (String raw : toks) {
                if (raw.isEmpty()) {
                    continue;
                }
                boolean endsSentence = raw.endsWith(".") && !raw.matches("(?:[A-Z]\\.)+");
                String t = raw.replaceAll("[.'’-]+$", "").replaceAll("['’]s$", "");
                boolean cap = !t.isEmpty() && Character.isUpperCase(t.charAt(0));
                // "U.S." and "US" are one name
                String lower = t.toLowerCase(Locale.ROOT).replace(".", "");
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
