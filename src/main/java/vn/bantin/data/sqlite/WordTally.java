package vn.bantin.data.sqlite;

import java.util.function.ObjIntConsumer;
import vn.bantin.data.SearchQuery;

/**
 * How often each word of folded text occurs, cut as {@link SearchQuery#split} cuts it. An article's text is some 800
 * words, almost all already seen: they are found by their letters in place, without a string made for each, which
 * took an import a tenth of its time.
 */
final class WordTally {
    private String[] words = new String[1 << 12];
    private int[] counts = new int[1 << 12];
    private int size;

    void add(String text) {
        int n = text.length();
        int k = 0;
        while (k < n) {
            int cp = text.codePointAt(k);
            if (!SearchQuery.isWordChar(cp)) {
                k += Character.charCount(cp);
                continue;
            }
            int start = k;
            int hash = 0;
            while (k < n) {
                cp = text.codePointAt(k);
                if (!SearchQuery.isWordChar(cp)) {
                    break;
                }
                int len = Character.charCount(cp);
                for (int j = k; j < k + len; j++) {
                    hash = 31 * hash + text.charAt(j);
                }
                k += len;
            }
            count(text, start, k, hash);
        }
    }

    private void count(String text, int start, int end, int hash) {
        int mask = words.length - 1;
        int len = end - start;
        for (int i = mix(hash) & mask; ; i = (i + 1) & mask) {
            String w = words[i];
            if (w == null) {
                words[i] = text.substring(start, end);
                counts[i] = 1;
                if (++size * 2 > words.length) {
                    grow();
                }
                return;
            }
            if (w.length() == len && w.hashCode() == hash && text.regionMatches(start, w, 0, len)) {
                counts[i]++;
                return;
            }
        }
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private void grow() {
        String[] oldWords = words;
        int[] oldCounts = counts;
        words = new String[oldWords.length * 2];
        counts = new int[oldWords.length * 2];
        int mask = words.length - 1;
        for (int j = 0; j < oldWords.length; j++) {
            if (oldWords[j] != null) {
                int i = mix(oldWords[j].hashCode()) & mask;
                while (words[i] != null) {
                    i = (i + 1) & mask;
                }
                words[i] = oldWords[j];
                counts[i] = oldCounts[j];
            }
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /**
     * Every word with its count, in the words' order. Written in that order, the words' table is walked leaf after
     * leaf instead of at random: a batch's 30,000 words are written in a fifth less time (BENCHMARKS.md, 2026-12-06).
     */
    void forEach(ObjIntConsumer<String> sink) {
        // an Object[], as every list's sort gives the JDK's merge sort: given a String[] as well, C2 compiled that
        // sort again each time the other kind came (27 compiles of its merges in a 10,000-page import, 10 now)
        Object[] sorted = new Object[size];
        int k = 0;
        for (String w : words) {
            if (w != null) {
                sorted[k++] = w;
            }
        }
        java.util.Arrays.sort(sorted);
        int mask = words.length - 1;
        for (Object o : sorted) {
            String w = (String) o;
            int i = mix(w.hashCode()) & mask;
            while (!words[i].equals(w)) {
                i = (i + 1) & mask;
            }
            sink.accept(w, counts[i]);
        }
    }

    void clear() {
        words = new String[1 << 12];
        counts = new int[1 << 12];
        size = 0;
    }
}
