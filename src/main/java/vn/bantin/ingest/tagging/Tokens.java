package vn.bantin.ingest.tagging;

import java.util.ArrayList;
import java.util.List;
import vn.bantin.domain.Folding;

/**
 * Words of one paragraph, accents folded but case kept, each with what separates it from the previous word.
 * Names may run across a space or a dash ("Thua Thien-Hue", "Ba Ria – Vung Tau"), never across other
 * punctuation ("Nguyen Thanh Long, An Giang").
 */
final class Tokens {
    enum Gap { START, SPACE, DASH, APOSTROPHE, HARD }

    record Token(String text, String lower, int start, int end, Gap gapBefore) {
        boolean capitalized() {
            return Character.isUpperCase(text.charAt(0));
        }

        boolean allCaps() {
            return text.length() > 1 && text.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
        }
    }

    private Tokens() {
    }

    static List<Token> of(String paragraph) {
        return ofFolded(Folding.foldKeepCase(paragraph));
    }

    /** The words of a paragraph already folded by {@link Folding#foldKeepCase}. */
    static List<Token> ofFolded(String f) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = f.length();
        int prevEnd = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(f.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && Character.isLetterOrDigit(f.charAt(i))) {
                i++;
            }
            String text = f.substring(s, i);
            Gap gap = out.isEmpty() ? Gap.START : gap(f, prevEnd, s, out.get(out.size() - 1).lower());
            out.add(new Token(text, text.toLowerCase(java.util.Locale.ROOT), s, i, gap));
            prevEnd = i;
        }
        return out;
    }

    /** What separates two words: the characters of {@code f} from {@code from} to {@code to}. */
    private static Gap gap(String f, int from, int to, String prevLower) {
        if (from == to) {
            return Gap.HARD;
        }
        boolean dash = false;
        for (int k = from; k < to; k++) {
            char c = f.charAt(k);
            if (c == ' ') {
                continue;
            }
            if ((c == '-' || c == '–' || c == '—') && !dash) {
                dash = true;
                continue;
            }
            if ((c == '\'' || c == '\u2019') && to - from == 1) {
                // "D'Ran", "Cư M'gar": an apostrophe inside a Vietnamese name joins its syllables
                return Gap.APOSTROPHE;
            }
            if (c == '.' && prevLower.equals("tp")) {
                // "TP.HCM", "TP. Hồ Chí Minh": the abbreviation for thành phố (city)
                continue;
            }
            return Gap.HARD;
        }
        return dash ? Gap.DASH : Gap.SPACE;
    }
}
