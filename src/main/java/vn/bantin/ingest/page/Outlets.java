package vn.bantin.ingest.page;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.bantin.domain.Source;

/** The outlets Bantin knows: how to recognise their pages and how they print dates. */
public final class Outlets {
    /** Vietnamese outlets print local time; a time with no zone is Indochina Time. */
    public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    public record Outlet(Source source, List<String> hosts, boolean dayFirst) {
    }

    public static final Outlet VGP = outlet("vgp", "Vietnam Government Portal", "https://en.baochinhphu.vn", true,
            "baochinhphu.vn", "chinhphu.vn");
    public static final Outlet VNA = outlet("vna", "VNA / VietnamPlus", "https://en.vietnamplus.vn", true,
            "vietnamplus.vn", "vnanet.vn", "vnagency.com.vn");
    public static final Outlet HANOI_TIMES = outlet("hanoi-times", "Hanoi Times", "https://hanoitimes.vn", true,
            "hanoitimes.vn");
    public static final Outlet VLLF = outlet("vllf", "Vietnam Law & Legal Forum", "https://vietnamlawmagazine.vn", true,
            "vietnamlawmagazine.vn");
    public static final Outlet VNEXPRESS = outlet("vnexpress", "VnExpress International", "https://e.vnexpress.net", false,
            "vnexpress.net");
    public static final Outlet TUOI_TRE = outlet("tuoi-tre", "Tuoi Tre News", "https://tuoitrenews.vn", true,
            "tuoitrenews.vn", "tuoitre.vn");
    public static final Outlet VIETNAMNET = outlet("vietnamnet", "VietNamNet", "https://vietnamnet.vn", true,
            "vietnamnet.vn");
    public static final Outlet VIETNAM_NEWS = outlet("vietnam-news", "Viet Nam News", "https://vietnamnews.vn", true,
            "vietnamnews.vn");
    public static final Outlet LAO_DONG = outlet("lao-dong", "Lao Dong", "https://laodong.vn", true,
            "laodong.vn");

    public static final List<Outlet> ALL = List.of(VGP, VNA, HANOI_TIMES, VLLF, VNEXPRESS, TUOI_TRE, VIETNAMNET,
            VIETNAM_NEWS, LAO_DONG);

    private static final Pattern VGP_LEAD = Pattern.compile("^VGP\\s*[-–—]\\s");
    private static final Pattern VLLF_SIGN = Pattern.compile("\\(VLLF\\)\\s*$");
    private static final Pattern VNS_SIGN = Pattern.compile("(?:[—–-]\\s*VNS|VNA/VNS)\\s*$");
    private static final Pattern VNA_SIGN = Pattern.compile("(?:/\\.\\s*VNA|\\(VNA\\)|TTXVN)");
    private static final Pattern LAO_DONG_SIGN = Pattern.compile("\\((?:Lao Dong|Lao Động)\\)\\s*$");

    private Outlets() {
    }

    private static Outlet outlet(String id, String name, String home, boolean dayFirst, String... hosts) {
        return new Outlet(new Source(id, name, home), List.of(hosts), dayFirst);
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
            return ALL.stream().filter(o -> o.hosts().stream().anyMatch(x -> h.equals(x) || h.endsWith("." + x))).findFirst();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The outlet a page's own site name (og:site_name, the JSON-LD publisher) names. */
    public static Optional<Outlet> byName(String siteName) {
        if (siteName == null || siteName.isBlank()) {
            return Optional.empty();
        }
        String n = vn.bantin.domain.Folding.fold(siteName).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        return ALL.stream().filter(o -> {
            String name = vn.bantin.domain.Folding.fold(o.source().name()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
            return n.equals(name) || o.hosts().stream().anyMatch(h -> n.equals(h.replaceAll("[^a-z0-9]+", "")));
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
        if (lead != null && VGP_LEAD.matcher(lead).find()) {
            return Optional.of(VGP);
        }
        String last = lastParagraph == null ? "" : lastParagraph;
        if (VLLF_SIGN.matcher(last).find()) {
            return Optional.of(VLLF);
        }
        if (VNS_SIGN.matcher(last).find()) {
            return Optional.of(VIETNAM_NEWS);
        }
        if (LAO_DONG_SIGN.matcher(last).find()) {
            return Optional.of(LAO_DONG);
        }
        String head = header == null ? "" : header;
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
        if (VNA_SIGN.matcher(last).find() || (all != null && (all.contains("(Photo: VNA)") || VNA_SIGN.matcher(all).find()))) {
            return Optional.of(VNA);
        }
        return Optional.empty();
    }
}
