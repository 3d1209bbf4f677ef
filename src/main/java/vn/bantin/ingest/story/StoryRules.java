package vn.bantin.ingest.story;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import vn.bantin.data.StoryMatcher;
import vn.bantin.domain.Fingerprint;
import vn.bantin.domain.NewArticle;
import vn.bantin.domain.ProvinceTag;
import vn.bantin.domain.Relation;

/**
 * When two articles are one story: near in time, about the same places, and either much of the same wording
 * or some of it around the same names. Rewrites by different outlets share the names of who, where and what
 * far more than their words (a VGP and a Hanoi Times report of one meeting share a sixth of their words);
 * an article without a date must share a third of its words, since time cannot vouch for it.
 */
public final class StoryRules implements StoryMatcher {
    static final int WINDOW_DAYS = 3;
    static final double SAME_WORDING = 0.30;
    static final double SHARED_WORDING_WITH_NAMES = 0.12;
    static final int SHARED_NAMES = 2;
    static final double UNDATED_WORDING = 0.33;
    /**
     * No event a reader follows has this many versions; a story that large has been chained together from
     * similar articles, and grows no further.
     */
    static final int MAX_STORY = 12;

    @Override
    public int windowDays() {
        return WINDOW_DAYS;
    }

    @Override
    public double minSimilarity() {
        return Math.min(SAME_WORDING, Math.min(SHARED_WORDING_WITH_NAMES, UNDATED_WORDING));
    }

    @Override
    public OptionalLong choose(NewArticle article, Long day, List<Candidate> candidates) {
        Fingerprint fp = article.fingerprint();
        if (fp == null) {
            return OptionalLong.empty();
        }
        Set<String> about = new HashSet<>();
        for (ProvinceTag t : article.tags()) {
            if (t.relation() == Relation.ABOUT) {
                about.add(t.provinceId());
            }
        }
        double best = -1;
        long story = -1;
        for (Candidate c : candidates) {
            double j = Fingerprint.similarity(fp.minhash(), c.minhash());
            if (sameStory(day, about, j, c) && j > best) {
                best = j;
                story = c.storyId();
            }
        }
        return story < 0 ? OptionalLong.empty() : OptionalLong.of(story);
    }

    static boolean sameStory(Long day, Set<String> about, double similarity, Candidate c) {
        if (c.storySize() >= MAX_STORY) {
            return false;
        }
        if (!about.isEmpty() && !c.aboutIds().isEmpty() && java.util.Collections.disjoint(about, c.aboutIds())) {
            return false; // one announcement, two provinces: two stories
        }
        if (day != null && c.day() != null) {
            if (Math.abs(day - c.day()) > WINDOW_DAYS) {
                return false;
            }
            return similarity >= SAME_WORDING || (similarity >= SHARED_WORDING_WITH_NAMES && c.sharedKeys() >= SHARED_NAMES);
        }
        return similarity >= UNDATED_WORDING && c.sharedKeys() >= 1;
    }
}
