package vn.bantin.app.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's own scoring ({@code evaluate.py}, scrapinghub/article-extraction-benchmark),
 * in Java so that {@code mvn verify} can score a sample without Python: word 4-gram shingles of the true and the
 * extracted body, each page's counts normalised to one, precision and recall averaged over pages, F1 of the
 * averages. The same figures as the script to the third decimal (checked side by side, BENCHMARKS.md).
 */
public final class ExtractionScore {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

    public record Figures(double f1, double precision, double recall, int pages) {
    }

    private ExtractionScore() {
    }

    /** Scores every page of {@code truth}; a page missing from {@code predicted} counts as extracting nothing. */
    public static Figures score(Map<String, String> truth, Map<String, String> predicted) {
        double pSum = 0;
        double rSum = 0;
        int pN = 0;
        int rN = 0;
        for (Map.Entry<String, String> t : truth.entrySet()) {
            double[] c = page(t.getValue(), predicted.getOrDefault(t.getKey(), ""));
            double tp = c[0];
            double fp = c[1];
            double fn = c[2];
            if (tp + fp > 0) {
                pSum += fp == 0 && fn == 0 ? 1 : tp / (tp + fp);
                pN++;
            }
            if (tp + fn > 0) {
                rSum += fp == 0 && fn == 0 ? 1 : tp / (tp + fn);
                rN++;
            }
        }
        double p = pN == 0 ? 0 : pSum / pN;
        double r = rN == 0 ? 0 : rSum / rN;
        return new Figures(p + r == 0 ? 0 : 2 * p * r / (p + r), p, r, truth.size());
    }

    /** tp, fp, fn of one page's shingles, normalised to sum to one. */
    static double[] page(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(predicted);
        Set<List<String>> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> k : keys) {
            int tc = t.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double s = tp + fp + fn;
        return s > 0 ? new double[] {tp / s, fp / s, fn / s} : new double[] {0, 0, 0};
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        // as the script does: a text shorter than four words is one shorter shingle, an empty one none
        for (int i = 0; i < Math.max(1, tokens.size() - 4 + 1); i++) {
            List<String> sh = tokens.subList(i, Math.min(tokens.size(), i + 4));
            if (!sh.isEmpty()) {
                out.merge(List.copyOf(sh), 1, Integer::sum);
            }
        }
        return out;
    }
}
