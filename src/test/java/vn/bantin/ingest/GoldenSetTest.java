package vn.bantin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.bantin.data.Gazetteer;
import vn.bantin.domain.NewArticle;
import vn.bantin.domain.ProvinceTag;
import vn.bantin.domain.Relation;
import vn.bantin.ingest.tagging.ProvinceTagger;

/**
 * The labelled set: pages of our own writing in the outlets' formats (the shipped samples and the pages under
 * src/test/resources/golden/pages), each with the title, date and provinces a careful reader would give it.
 * Scores the whole import path (decode, parse, tag) and fails below the product's thresholds.
 */
class GoldenSetTest {
    record Case(String file, byte[] bytes, JsonNode expected) {
    }

    record Score(int tp, int fp, int fn) {
        double precision() {
            return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static final List<Case> CASES = new ArrayList<>();
    /** The outlet in the names of the pages labelled before sources were: g12-vnexpress-…, 05-tuoitre-…. */
    static final java.util.Map<String, String> OLD_NAMES = java.util.Map.of("vgp", "vgp", "vnexpress", "vnexpress",
            "vna", "vna", "vietnamplus", "vna", "vns", "vietnam-news", "tuoitre", "tuoi-tre", "hanoitimes", "hanoi-times",
            "laodong", "lao-dong", "vllf", "vllf");
    static ImportService importer;

    @BeforeAll
    static void load() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String[] set : new String[][] {{"/golden/samples.expected.json", "/samples/"}, {"/golden/pages.expected.json", "/golden/pages/"}}) {
            try (InputStream in = GoldenSetTest.class.getResourceAsStream(set[0])) {
                for (JsonNode e : json.readTree(in)) {
                    String file = e.get("file").asText();
                    try (InputStream page = GoldenSetTest.class.getResourceAsStream(set[1] + file)) {
                        CASES.add(new Case(file, page.readAllBytes(), e));
                    }
                }
            }
        }
        importer = new ImportService(null, new ProvinceTagger(Gazetteer.standard()), Clock.systemUTC());
    }

    @Test
    void labelledSetHasAtLeastAHundredPages() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void titlesDatesAndProvincesMeetTheThresholds() throws Exception {
        int titles = 0;
        int dates = 0;
        int sourced = 0;
        int sourceRight = 0;
        java.util.Map<String, int[]> byOutlet = new java.util.TreeMap<>();
        int[] about = new int[3];
        int[] mentioned = new int[3];
        int[] placesAbout = new int[3];
        int places = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : CASES) {
            NewArticle a = importer.prepare(c.file(), c.bytes());
            JsonNode e = c.expected();
            // the outlet as labelled, else as the file name says (g12-vnexpress-…)
            String outlet = e.has("source") ? e.get("source").asText()
                    : OLD_NAMES.getOrDefault(c.file().replaceFirst("^[a-z]?\\d+-", "").replaceFirst("-.*", ""), "other");
            int[] o = byOutlet.computeIfAbsent(outlet, k -> new int[3]);
            o[0]++;
            if (e.has("source")) {
                sourced++;
                if (a.page().source().id().equals(e.get("source").asText())) {
                    sourceRight++;
                } else {
                    misses.add(c.file() + ": source " + a.page().source().id());
                }
            }
            if (a.page().title().equals(e.get("title").asText())) {
                titles++;
                o[1]++;
            } else {
                misses.add(c.file() + ": title '" + a.page().title() + "'");
            }
            String published = a.page().published() == null ? null : a.page().published().toString();
            String expectedDate = e.get("published").isNull() ? null : e.get("published").asText();
            if (java.util.Objects.equals(published, expectedDate)) {
                dates++;
                o[2]++;
            } else {
                misses.add(c.file() + ": date " + published + ", expected " + expectedDate);
            }
            Set<String> gotAbout = ids(a.tags(), true);
            Set<String> gotMentioned = ids(a.tags(), false);
            score(about, gotAbout, strings(e.get("about")), c.file() + " about", misses);
            if (e.has("group") && e.get("group").asText().equals("places")) {
                places++;
                score(placesAbout, gotAbout, strings(e.get("about")), c.file() + " about", new ArrayList<>());
            }
            score(mentioned, gotMentioned, strings(e.get("mentioned")), c.file() + " mentioned", misses);
        }
        Score ab = new Score(about[0], about[1], about[2]);
        Score me = new Score(mentioned[0], mentioned[1], mentioned[2]);
        double titleRate = titles / (double) CASES.size();
        double dateRate = dates / (double) CASES.size();
        System.out.printf("golden set: %d pages; title exact %.3f, date exact %.3f%n", CASES.size(), titleRate, dateRate);
        System.out.printf("about: P %.3f R %.3f F1 %.3f; mentioned: P %.3f R %.3f F1 %.3f%n",
                ab.precision(), ab.recall(), ab.f1(), me.precision(), me.recall(), me.f1());
        Score pl = new Score(placesAbout[0], placesAbout[1], placesAbout[2]);
        System.out.printf("places below the province (%d pages): about P %.3f R %.3f F1 %.3f%n", places,
                pl.precision(), pl.recall(), pl.f1());
        System.out.printf("outlet recognised %d of %d labelled%n", sourceRight, sourced);
        byOutlet.forEach((k, v) -> System.out.printf("  %-14s %3d pages  title %3d  date %3d%n", k, v[0], v[1], v[2]));
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(ab.f1()).as("about F1").isGreaterThanOrEqualTo(0.95);
        // issue 16: stories whose places are districts, communes, landmarks, datelines elsewhere, shared names
        assertThat(places).as("pages of places below the province").isGreaterThanOrEqualTo(40);
        assertThat(pl.recall()).as("about recall, places below the province").isGreaterThanOrEqualTo(0.95);
        assertThat(pl.precision()).as("about precision, places below the province").isGreaterThanOrEqualTo(0.97);
        assertThat(me.precision()).as("mentioned precision").isGreaterThanOrEqualTo(0.97);
        assertThat(me.recall()).as("mentioned recall").isGreaterThanOrEqualTo(0.97);
        assertThat(titleRate).as("titles exact").isGreaterThanOrEqualTo(0.95);
        assertThat(dateRate).as("dates exact").isGreaterThanOrEqualTo(0.95);
        assertThat(sourceRight).as("outlets recognised").isGreaterThanOrEqualTo((int) Math.ceil(sourced * 0.95));
    }

    private static void score(int[] acc, Set<String> got, Set<String> want, String label, List<String> misses) {
        for (String g : got) {
            if (want.contains(g)) {
                acc[0]++;
            } else {
                acc[1]++;
                misses.add(label + ": extra " + g);
            }
        }
        for (String w : want) {
            if (!got.contains(w)) {
                acc[2]++;
                misses.add(label + ": missing " + w);
            }
        }
    }

    private static Set<String> ids(List<ProvinceTag> tags, boolean aboutOnly) {
        Set<String> out = new TreeSet<>();
        for (ProvinceTag t : tags) {
            if (!aboutOnly || t.relation() == Relation.ABOUT) {
                out.add(t.provinceId());
            }
        }
        return out;
    }

    private static Set<String> strings(JsonNode arr) {
        Set<String> out = new TreeSet<>();
        arr.forEach(x -> out.add(x.asText()));
        return out;
    }
}
