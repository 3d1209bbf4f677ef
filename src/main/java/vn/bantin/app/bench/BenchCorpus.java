package vn.bantin.app.bench;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import vn.bantin.data.Gazetteer;
import vn.bantin.domain.Province;

/** The synthetic corpus of {@code bantin bench}: seeded pages in four outlets' formats, provinces weighted as news is. */
public final class BenchCorpus {
    static final String RARE = "zirconium";
    static final String COMMON = "province";
    private static final String[] OUTLETS = {"hanoitimes", "vgp", "vna", "vns"};
    private static final String[] VERBS = {"opens", "expands", "approves", "plans", "launches", "completes", "reviews",
            "upgrades", "hosts", "welcomes", "restores", "builds", "funds", "tests", "delays"};
    private static final String[] THINGS = {"a new bridge", "coastal road", "industrial park", "rice export scheme",
            "flood defences", "tourism festival", "hospital wing", "school programme", "metro line", "solar farm",
            "seafood market", "heritage site", "water supply project", "digital services centre", "port terminal",
            "coffee fair", "forest protection plan", "wind power project", "housing project", "night market"};
    private static final String[] WORDS = ("the of and to in a for on with by from at as that this was were will "
            + "authorities officials residents farmers workers investors visitors companies department committee people's "
            + "said according plan project year month week percent billion million trillion VND budget growth export "
            + "import trade investment infrastructure transport road bridge river sea coast mountain rice coffee fruit "
            + "seafood tourism festival culture heritage school hospital health education water power energy solar wind "
            + "flood storm drought salinity land housing market price cost local national central provincial district "
            + "village community development sustainable green digital technology services industrial zone park factory "
            + "production quality safety environment forest protection agriculture cooperative product brand support "
            + "programme policy regulation approval construction completion progress delay review meeting conference "
            + "leaders chairman director minister ministry government state economic social public private new old "
            + "first second third largest record higher lower increase decrease expected planned announced completed").split(" ");


    /** Hanoi and Ho Chi Minh City most, a long tail of rarely named provinces, as in real news. */
    public static double[] weights(List<Province> provinces) {
        double[] w = new double[provinces.size()];
        for (int i = 0; i < w.length; i++) {
            String id = provinces.get(i).id();
            w[i] = id.equals("ha-noi") ? 40 : id.equals("ho-chi-minh-city") ? 30 : id.equals("da-nang") ? 10
                    : 1.0 / (1 + (i * 7) % 11);
        }
        double sum = Arrays.stream(w).sum();
        for (int i = 0; i < w.length; i++) {
            w[i] /= sum;
        }
        return w;
    }

    static Province draw(List<Province> provinces, double[] weights, Random rnd) {
        double r = rnd.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r <= 0) {
                return provinces.get(i);
            }
        }
        return provinces.get(provinces.size() - 1);
    }

    /** One generated article before an outlet formats it; bench/peers.sh publishes these as a web site and a feed. */
    public record Draft(String outlet, String place, String title, String lead, List<String> paragraphs, LocalDateTime published) {
    }

    /** The first {@code n} articles of the corpus, without near-duplicates, as drafts. */
    public static List<Draft> drafts(int n, long seed) {
        List<Province> provinces = new ArrayList<>(Gazetteer.standard().provinces());
        double[] weights = weights(provinces);
        Random rnd = new Random(seed);
        List<Draft> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(draft(i, rnd, provinces, weights));
        }
        return out;
    }

    static Draft draft(int n, Random rnd, List<Province> provinces, double[] weights) {
        Province where = draw(provinces, weights, rnd);
        Province other = draw(provinces, weights, rnd);
        LocalDateTime when = LocalDateTime.of(2016, 1, 1, 6, 0).plusMinutes(rnd.nextInt(10 * 365 * 24 * 60));
        String title = where.nameEn() + " " + VERBS[rnd.nextInt(VERBS.length)] + " " + THINGS[rnd.nextInt(THINGS.length)]
                + " (" + (n % 997) + ")";
        String outlet = OUTLETS[rnd.nextInt(OUTLETS.length)];
        String lead = "Authorities in " + where.nameEn() + " " + COMMON + " said on Monday that " + sentence(rnd, 18);
        int words = 200 + rnd.nextInt(601);
        List<String> paras = new ArrayList<>();
        int written = 0;
        while (written < words) {
            int len = 30 + rnd.nextInt(50);
            String p = sentence(rnd, len);
            if (rnd.nextInt(6) == 0) {
                p = p.substring(0, p.length() - 1) + ", officials in " + other.nameEn() + " said.";
            }
            if (rnd.nextInt(4) == 0) {
                p = p.substring(0, p.length() - 1) + " in " + below(where, rnd) + ".";
            }
            if (rnd.nextInt(5000) == 0) {
                p = p.substring(0, p.length() - 1) + " with " + RARE + " sensors.";
            }
            paras.add(p);
            written += len;
        }
        return new Draft(outlet, where.nameEn(), title, lead, paras, when);
    }

    /** Districts and communes of each province, as the corpus names them ("Tan An commune, Hoa Vang district"). */
    private static volatile Map<String, List<vn.bantin.domain.Place>> below;

    /** A district or a commune of the province, written as English news writes it. */
    private static String below(Province p, Random rnd) {
        Map<String, List<vn.bantin.domain.Place>> m = below;
        if (m == null) {
            m = new java.util.HashMap<>();
            for (vn.bantin.domain.Place pl : vn.bantin.data.Places.standard()) {
                if (pl.kind() == vn.bantin.domain.Place.Kind.DISTRICT || pl.kind() == vn.bantin.domain.Place.Kind.COMMUNE) {
                    m.computeIfAbsent(pl.provinceId(), k -> new ArrayList<>()).add(pl);
                }
            }
            below = m;
        }
        List<vn.bantin.domain.Place> here = m.getOrDefault(p.id(), List.of());
        if (here.isEmpty()) {
            return p.nameEn();
        }
        vn.bantin.domain.Place pl = here.get(rnd.nextInt(here.size()));
        String name = vn.bantin.domain.Folding.foldKeepCase(pl.name());
        return pl.kind() == vn.bantin.domain.Place.Kind.COMMUNE
                ? name + " commune, " + vn.bantin.domain.Folding.foldKeepCase(pl.parent()) + " district"
                : name + " district";
    }

    public static String page(int n, Random rnd, List<Province> provinces, double[] weights) {
        Draft d = draft(n, rnd, provinces, weights);
        String title = d.title();
        String lead = d.lead();
        String outlet = d.outlet();
        List<String> paras = d.paragraphs();
        LocalDateTime when = d.published();
        StringBuilder sb = new StringBuilder();
        String date = DateTimeFormatter.ofPattern("MMM d, yyyy / HH:mm", Locale.ENGLISH).format(when);
        switch (outlet) {
            case "vgp" -> {
                sb.append(title).append("\n\nVGP - ").append(lead).append("\n\n")
                        .append(DateTimeFormatter.ofPattern("MMMM d, yyyy h:mm a", Locale.ENGLISH).format(when)).append(" GMT+7\n\n");
                paras.forEach(p -> sb.append(p).append("\n\n"));
                sb.setLength(sb.length() - 2);
                sb.append("/.\n");
            }
            case "vns" -> {
                sb.append(title).append('\n').append(DateTimeFormatter.ofPattern("MMMM d, yyyy - HH:mm", Locale.ENGLISH).format(when))
                        .append("\n\n").append(d.place().toUpperCase(Locale.ROOT)).append(" — ").append(lead).append("\n\n");
                paras.forEach(p -> sb.append(p).append("\n\n"));
                sb.setLength(sb.length() - 2);
                sb.append(" — VNS\n");
            }
            case "vna" -> {
                sb.append(title).append('\n').append(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(when)).append('\n')
                        .append(d.place()).append(" (VNA) – ").append(lead).append('\n');
                paras.forEach(p -> sb.append(p).append('\n'));
                sb.setLength(sb.length() - 1);
                sb.append("./.VNA\n");
            }
            default -> {
                sb.append("WORDS ON THE STREET Smart City Summit Capital Day Sea Games Covid-19 Pandemic Vietnam-France cooperation conference news in pictures video podcasts and more\n")
                        .append(date).append("\n\n").append(title).append("\n\n").append(lead).append("\n\n");
                paras.forEach(p -> sb.append(p).append("\n\n"));
            }
        }
        return sb.toString();
    }

    /** The same story rewritten by another desk: a changed lead, the rest as it was. */
    static String nearDuplicate(String text, Random rnd) {
        return text.replaceFirst("said on Monday that", "announced on Monday that " + WORDS[rnd.nextInt(WORDS.length)]);
    }

    /**
     * A news-sized vocabulary: the common words above, then 50,000 made-up words drawn with a Zipf law, so that
     * two unrelated articles share about as many words as two real ones do.
     */
    private static final int VOCABULARY = 50_000;
    private static final String[] LEXICON = lexicon();
    private static final double[] ZIPF = zipf(LEXICON.length);

    private static String[] lexicon() {
        String[] syl = "an ba binh cam dao dien gia hai hoa khanh lam long minh nam ninh phu quang son tan thanh tri vinh xuan yen ko ra te lu mi sa vo de ri".split(" ");
        Random r = new Random(7);
        // distinct words: a vocabulary with repeats makes unrelated articles look alike and group as one story
        java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>(Arrays.asList(WORDS));
        while (words.size() < WORDS.length + VOCABULARY) {
            int n = 2 + r.nextInt(3);
            StringBuilder w = new StringBuilder();
            for (int k = 0; k < n; k++) {
                w.append(syl[r.nextInt(syl.length)]);
            }
            words.add(w.toString());
        }
        return words.toArray(new String[0]);
    }

    /** The {@code n} words the corpus draws most often, most common first (the vocabulary's Zipf ranks). */
    static List<String> commonWords(int n) {
        return Arrays.asList(LEXICON).subList(0, Math.min(n, LEXICON.length));
    }

    private static double[] zipf(int n) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1, 1.0);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    private static String word(Random rnd) {
        int i = Arrays.binarySearch(ZIPF, rnd.nextDouble());
        return LEXICON[Math.min(LEXICON.length - 1, i < 0 ? -i - 1 : i)];
    }

    private static String sentence(Random rnd, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = word(rnd);
            sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(' ');
        }
        sb.setLength(sb.length() - 1);
        return sb.append('.').toString();
    }

    private BenchCorpus() {
    }
}
