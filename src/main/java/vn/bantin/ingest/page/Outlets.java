package vn.bantin.ingest.page;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.bantin.domain.Source;

/** The outlets Bantin knows: how to recognise their pages and how they print dates. */
public final class Outlets {
    /** Vietnamese outlets print local time; a time with no zone is Indochina Time. */
    public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    /**
     * An outlet: its source, the hosts of its pages, whether its numeric dates put the day first (12/22/2024 is
     * month-first, 22/12/2024 day-first), and the masthead strings its pages show (in saved text, its name often
     * comes first, before the headline).
     */
    public record Outlet(Source source, List<String> hosts, boolean dayFirst, List<String> mastheads) {
    }

    public static final Outlet VGP = outlet("vgp", "Vietnam Government Portal", "https://en.baochinhphu.vn", true,
            hosts("baochinhphu.vn", "chinhphu.vn"), "Vietnam Government Portal", "VGP News", "Báo Điện tử Chính phủ",
            "Cổng Thông tin điện tử Chính phủ");
    public static final Outlet VNA = outlet("vna", "VNA / VietnamPlus", "https://en.vietnamplus.vn", true,
            hosts("vietnamplus.vn", "vnanet.vn", "vnagency.com.vn", "bnews.vn"), "VietnamPlus", "Vietnam News Agency",
            "TTXVN", "Thông tấn xã Việt Nam");
    public static final Outlet HANOI_TIMES = outlet("hanoi-times", "Hanoi Times", "https://hanoitimes.vn", true,
            hosts("hanoitimes.vn"), "Hanoi Times", "The Hanoi Times");
    public static final Outlet VLLF = outlet("vllf", "Vietnam Law & Legal Forum", "https://vietnamlawmagazine.vn", true,
            hosts("vietnamlawmagazine.vn"), "Vietnam Law & Legal Forum", "Vietnam Law and Legal Forum");
    public static final Outlet VNEXPRESS = outlet("vnexpress", "VnExpress International", "https://e.vnexpress.net", false,
            hosts("e.vnexpress.net"), "VnExpress International", "VnExpress Int'l");
    public static final Outlet VNEXPRESS_VI = outlet("vnexpress-vi", "VnExpress", "https://vnexpress.net", true,
            hosts("vnexpress.net"), "VnExpress", "Báo VnExpress");
    public static final Outlet TUOI_TRE = outlet("tuoi-tre", "Tuoi Tre News", "https://tuoitrenews.vn", false,
            hosts("tuoitrenews.vn"), "Tuoi Tre News", "TUOI TRE NEWS");
    public static final Outlet TUOI_TRE_VI = outlet("tuoi-tre-vi", "Tuổi Trẻ", "https://tuoitre.vn", true,
            hosts("tuoitre.vn"), "Tuổi Trẻ Online", "Báo Tuổi Trẻ", "TUOI TRE ONLINE");
    public static final Outlet VIETNAMNET = outlet("vietnamnet", "VietNamNet", "https://vietnamnet.vn", true,
            hosts("vietnamnet.vn"), "VietNamNet Global", "VietNamNet", "Vietnamnet Global", "Báo VietNamNet");
    public static final Outlet VIETNAM_NEWS = outlet("vietnam-news", "Viet Nam News", "https://vietnamnews.vn", true,
            hosts("vietnamnews.vn"), "Viet Nam News", "Việt Nam News", "VietNam News", "Vietnam News");
    public static final Outlet LAO_DONG = outlet("lao-dong", "Lao Dong", "https://laodong.vn", true,
            hosts("laodong.vn"), "Lao Động", "Báo Lao Động", "Lao Dong Online");
    public static final Outlet THANH_NIEN = outlet("thanh-nien", "Thanh Nien", "https://thanhnien.vn", true,
            hosts("thanhnien.vn"), "Thanh Niên", "Báo Thanh Niên", "Thanh Nien News");
    public static final Outlet SGGP = outlet("sggp", "Saigon Giai Phong", "https://en.sggp.org.vn", true,
            hosts("sggp.org.vn"), "SGGP", "Saigon Giai Phong", "Sài Gòn Giải Phóng", "SGGP English Edition");
    public static final Outlet VOV = outlet("vov", "Voice of Vietnam", "https://english.vov.vn", true,
            hosts("vov.vn", "vovworld.vn"), "VOV", "VOV.VN", "Voice of Vietnam", "VOVWORLD", "Đài Tiếng nói Việt Nam");
    public static final Outlet NHAN_DAN = outlet("nhan-dan", "Nhan Dan", "https://en.nhandan.vn", true,
            hosts("nhandan.vn"), "Nhan Dan", "Nhân Dân", "Báo Nhân Dân", "Nhan Dan Online");
    public static final Outlet PEOPLES_ARMY = outlet("qdnd", "People's Army", "https://en.qdnd.vn", true,
            hosts("qdnd.vn"), "People's Army Newspaper", "Quân đội nhân dân", "Báo Quân đội nhân dân", "QĐND");
    public static final Outlet VIR = outlet("vir", "Vietnam Investment Review", "https://vir.com.vn", true,
            hosts("vir.com.vn"), "Vietnam Investment Review", "VIR");
    public static final Outlet DAN_TRI = outlet("dan-tri", "Dan Tri", "https://dantri.com.vn", true,
            hosts("dantri.com.vn", "dtinews.vn"), "Dân trí", "Báo Dân trí", "Dtinews", "Dan Tri International");
    public static final Outlet ZNEWS = outlet("znews", "Znews", "https://znews.vn", true,
            hosts("znews.vn", "zingnews.vn"), "Znews", "ZNEWS", "Zing News", "ZINGNEWS");
    public static final Outlet CAND = outlet("cand", "Cong An Nhan Dan", "https://cand.com.vn", true,
            hosts("cand.vn", "cand.com.vn", "en.cand.com.vn"), "Công an nhân dân", "Báo Công an nhân dân", "CAND", "Public Security News");
    public static final Outlet PHAP_LUAT = outlet("plo", "Phap Luat TP.HCM", "https://plo.vn", true,
            hosts("plo.vn"), "Pháp Luật TP.HCM", "Báo Pháp Luật TP.HCM", "PLO");

    public static final List<Outlet> ALL = List.of(VGP, VNA, HANOI_TIMES, VLLF, VNEXPRESS, VNEXPRESS_VI, TUOI_TRE,
            TUOI_TRE_VI, VIETNAMNET, VIETNAM_NEWS, LAO_DONG, THANH_NIEN, SGGP, VOV, NHAN_DAN, PEOPLES_ARMY, VIR, DAN_TRI,
            ZNEWS, CAND, PHAP_LUAT);

    private static final Pattern PAGE_URL = Pattern.compile("https?://[A-Za-z0-9.-]+\\.[a-z]{2,}(?:/\\S*)?");
    /** "© 2025 Tuoi Tre News", "Copyright © VietNamNet Global", "Bản quyền thuộc về Báo Lao Động". */
    private static final Pattern COPYRIGHT = Pattern.compile("(?im)^.{0,20}(?:©|\\(c\\)|copyright|bản quyền(?: thuộc về)?)"
            + "\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?(?:of\\s+|by\\s+)?([^.|\\n]{3,60})");
    private static final Pattern VLLF_SIGN = Pattern.compile("\\(VLLF\\)\\s*$");
    private static final Pattern VNS_SIGN = Pattern.compile("(?:[—–-]\\s*VNS|VNA/VNS)\\s*$");
    private static final Pattern VNA_SIGN = Pattern.compile("(?:/\\.\\s*VNA|\\(VNA\\)|TTXVN|[.!?”\"]\\s*[-–—]\\s*VNA\\s*$)");
    private static final Pattern LAO_DONG_SIGN = Pattern.compile("\\((?:Lao Dong|Lao Động)\\)\\s*$");

    private Outlets() {
    }

    /** What {@link #COPYRIGHT} needs before it can match; most texts hold none of it, and need no search. */
    private static boolean mayHoldCopyright(String text) {
        if (text.indexOf('©') >= 0) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '(' && text.regionMatches(true, i, "(c)", 0, 3))
                    || ((c == 'c' || c == 'C') && text.regionMatches(true, i, "copyright", 0, 9))
                    || ((c == 'b' || c == 'B') && text.regionMatches(true, i, "bản quyền", 0, 9))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The agency's sign anywhere in the text. Every form of it holds "VNA" or "TTXVN": looking for those first
     * spares the pattern, which has no fixed start, a try at every character of the many pages without it.
     */
    private static boolean signedVna(String text) {
        return (text.contains("VNA") || text.contains("TTXVN")) && VNA_SIGN.matcher(text).find();
    }

    private static List<String> hosts(String... hosts) {
        return List.of(hosts);
    }

    private static Outlet outlet(String id, String name, String home, boolean dayFirst, List<String> hosts,
                                 String... mastheads) {
        return new Outlet(new Source(id, name, home), hosts, dayFirst, List.of(mastheads));
    }

    /** The outlet whose masthead a line is, alone or with a slogan or section after a separator. */
    public static Optional<Outlet> byMasthead(String line) {
        if (line == null || line.length() > 80) {
            return Optional.empty();
        }
        String[] parts = line.split("\\s[|–—-]\\s|\\s*\\|\\s*");
        String l = parts.length == 0 ? "" : foldName(parts[0]); // a line of nothing but a bar splits into nothing
        return l.isEmpty() ? Optional.empty() : Optional.ofNullable(Mastheads.BY_FOLDED.get(l));
    }

    /** Every outlet's mastheads, folded once (saved text asks for each line above a story). */
    private static final class Mastheads {
        static final java.util.Map<String, Outlet> BY_FOLDED = new java.util.HashMap<>();

        static {
            for (Outlet o : ALL) {
                for (String m : o.mastheads()) {
                    BY_FOLDED.putIfAbsent(foldName(m), o);
                }
            }
        }
    }

    private static String foldName(String s) {
        return vn.bantin.domain.Folding.fold(s).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }

    public static Optional<Outlet> byUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return Optional.empty();
            }
            String h = host.toLowerCase(Locale.ROOT);
            Outlet best = null;
            int bestLen = 0;
            for (Outlet o : ALL) {
                for (String x : o.hosts()) {
                    if ((h.equals(x) || h.endsWith("." + x)) && x.length() > bestLen) {
                        best = o;
                        bestLen = x.length();
                    }
                }
            }
            return Optional.ofNullable(best);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Who published a page: a known outlet's source; else the site the page names itself (og:site_name) or, failing
     * that, its address's host ("baoquangninh.vn"), so articles from sites Bantin does not know are not all called
     * "Saved page"; that only when there is neither.
     */
    public static Source sourceOf(Optional<Outlet> outlet, String url, String siteName) {
        if (outlet.isPresent()) {
            return outlet.get().source();
        }
        String host = null;
        try {
            host = url == null ? null : URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            host = null; // not an address: the site's own name may still say who it is
        }
        String site = host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String name = siteName == null || siteName.isBlank() ? site : siteName.strip();
        if (name == null) {
            return Source.UNKNOWN;
        }
        String id = "site:" + (site != null ? site : vn.bantin.domain.Folding.fold(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        return new Source(id, name, site == null ? null : URI.create(url.strip()).getScheme() + "://" + host + "/");
    }

    /** The outlet a page's own site name (og:site_name, the JSON-LD publisher) names. */
    public static Optional<Outlet> byName(String siteName) {
        if (siteName == null || siteName.isBlank()) {
            return Optional.empty();
        }
        String n = vn.bantin.domain.Folding.fold(siteName).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        return ALL.stream().filter(o -> {
            String name = vn.bantin.domain.Folding.fold(o.source().name()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
            return n.equals(name) || o.hosts().stream().anyMatch(h -> n.equals(h.replaceAll("[^a-z0-9]+", "")))
                    || o.mastheads().stream().anyMatch(m -> n.equals(foldName(m)));
        }).findFirst();
    }

    public static Optional<Outlet> byId(String id) {
        return ALL.stream().filter(o -> o.source().id().equals(id)).findFirst();
    }

    /**
     * Recognises an outlet from the marks it leaves in a page's text: the Portal's "VGP - " lead, a sign-off
     * at the end ("(VLLF)", "- VNS", "/.VNA"), a known header. The sign-off outranks photo credits, since one
     * outlet often runs another's photos.
     */
    public static Optional<Outlet> byText(String lead, String lastParagraph, String header, String all) {
        if (lead != null) {
            Matcher code = PageText.OUTLET_LEAD.matcher(lead);
            if (code.find()) {
                Outlet o = switch (code.group(1)) {
                    case "VGP" -> VGP;
                    case "TTO" -> TUOI_TRE_VI;
                    case "SGGP" -> SGGP;
                    case "NDO" -> NHAN_DAN;
                    case "PLO" -> PHAP_LUAT;
                    case "CAND" -> CAND;
                    case "VOV", "(VOVWORLD)", "VOVWORLD" -> VOV;
                    case "The Hanoitimes", "Hanoitimes" -> HANOI_TIMES;
                    case "QĐND" -> PEOPLES_ARMY;
                    default -> null; // a provincial paper's code (BTO, TPO...): not one we file under
                };
                if (o != null) {
                    return Optional.of(o);
                }
            }
        }
        String last = lastParagraph == null ? "" : lastParagraph;
        if (PageText.atEnd(VLLF_SIGN, last).find()) {
            return Optional.of(VLLF);
        }
        if (PageText.atEnd(VNS_SIGN, last).find()) {
            return Optional.of(VIETNAM_NEWS);
        }
        if (PageText.atEnd(LAO_DONG_SIGN, last).find()) {
            return Optional.of(LAO_DONG);
        }
        String head = header == null ? "" : header;
        for (String line : head.split("\n")) {
            Optional<Outlet> m = byMasthead(line.strip());
            if (m.isPresent()) {
                return m;
            }
        }
        if (head.contains("WORDS ON THE STREET") || head.contains("Hanoi Times")) {
            return Optional.of(HANOI_TIMES);
        }
        String text = all == null ? "" : all;
        if (head.contains("VnExpress") || text.contains("Photo by VnExpress")) {
            return Optional.of(VNEXPRESS);
        }
        if (head.contains("Tuoi Tre News") || text.contains("Photo: Tuoi Tre") || text.contains("Ảnh: Tuổi Trẻ")) {
            return Optional.of(TUOI_TRE);
        }
        if (head.contains("VietNamNet")) {
            return Optional.of(VIETNAMNET);
        }
        if (head.contains("Viet Nam News") || head.contains("Vietnam News")) {
            return Optional.of(VIETNAM_NEWS);
        }
        if (signedVna(last) || (all != null && (all.contains("(Photo: VNA)") || signedVna(all)))) {
            return Optional.of(VNA);
        }
        // last, as the costliest and weakest marks: an outlet's address or copyright line anywhere in the text
        String everything = head + "\n" + (all == null ? "" : all);
        Matcher u = PAGE_URL.matcher(everything.contains("http") ? everything : "");
        while (u.find()) {
            Optional<Outlet> o = byUrl(u.group());
            if (o.isPresent()) {
                return o;
            }
        }
        Matcher c = COPYRIGHT.matcher(mayHoldCopyright(everything) ? everything : "");
        while (c.find()) {
            Optional<Outlet> o = byMasthead(c.group(1).strip());
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }
}
