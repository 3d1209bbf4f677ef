package vn.bantin.ingest.page;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.bantin.domain.Folding;

/**
 * The lines a news site prints around a story that a browser's "save as text" keeps above its headline: the
 * masthead, section names and breadcrumbs, banners and login prompts, image file names, empty markup left by a
 * converter, bylines and photo credits, topic strips in capitals. Recognised by what they are, so that the
 * headline is found wherever it stands rather than taken from the first line.
 */
final class TextChrome {
    /** Section names of the outlets, English and Vietnamese, folded (no accents, lower case). */
    private static final Set<String> SECTIONS = Set.of("news", "home", "society", "business", "economy", "politics",
            "world", "sports", "sport", "travel", "life", "lifestyle", "culture", "education", "health", "environment",
            "science", "tech", "technology", "sci-tech", "entertainment", "opinion", "features", "feature", "national",
            "domestic", "law", "legal", "military", "defence", "defense", "diplomacy", "foreign affairs", "video",
            "photos", "photo", "multimedia", "infographics", "podcast", "trending", "latest", "latest news", "hot news",
            "most read", "more", "menu", "search", "english", "tieng viet", "vietnamese", "viet nam", "vietnam",
            "ha noi", "hanoi", "hcm city", "ho chi minh city", "property", "real estate", "finance", "markets", "market",
            "companies", "industries", "investing", "economy & business", "food", "style", "arts", "weather", "media",
            "community", "people", "expats", "readers' stories", "perspectives", "trip", "places", "traffic", "crime",
            "thoi su", "the gioi", "kinh doanh", "kinh te", "xa hoi", "giao duc", "suc khoe", "phap luat", "du lich",
            "the thao", "van hoa", "giai tri", "doi song", "cong nghe", "khoa hoc", "bat dong san", "chinh tri",
            "quoc phong", "thoi trang", "xe", "o to xe may", "ban doc", "y kien", "goc nhin", "tam su", "so hoa",
            "trang chu", "tin moi", "tin nong", "moi nhat", "dia phuong", "quan su", "an ninh", "chinh phu", "nhip song tre",
            "thi truong", "tai chinh", "chung khoan", "doanh nghiep", "nong nghiep", "moi truong", "dan toc", "ton giao",
            "an ninh trat tu", "an ninh trat tu xa hoi", "ban tin", "chinh sach", "nhan ai", "song khoe",
            "hanh trang nguoi linh", "ho so", "phong su", "dieu tra", "quoc te", "gia dinh", "tin tuc", "tieu diem");
    private static final Pattern BANNER = Pattern.compile("(?i)^(?:javascript is (?:off|disabled)\\b.*"
            + "|(?:please )?(?:enable|turn on) javascript\\b.*|this site (?:requires|works best).*|your browser .*(?:not supported|out of date).*"
            + "|log ?in|log ?out|sign ?in|sign ?up|sign in\\s*/\\s*sign up|register|subscribe(?: now)?|my account|account"
            + "|đăng nhập|đăng ký|đăng xuất|tìm kiếm|search(?: for)?\\.*|skip to (?:main )?content|advertisement|quảng cáo"
            + "|follow us(?: on)?\\b.*|download (?:the )?app\\b.*|listen(?: to (?:this )?article)?|nghe đọc bài|read in \\w+"
            + "|print|email|share|chia sẻ|font size|cỡ chữ|a\\+? ?a-?|back|go back|close|đóng|hotline\\b.*|liên hệ quảng cáo\\b.*"
            + "|(?:return|back|menu|search|close|home|share) icon)"
            + "\\s*[:.!…]?$");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)^[^\\s/\\\\]?.{0,120}\\.(?:jpe?g|png|gif|webp|svg|bmp|avif|mp4|pdf)$");
    /** What a converter leaves of markup: "![]()", "{keywords}", "[image]", "| |", a line of symbols. */
    private static final Pattern PLACEHOLDER = Pattern.compile("^(?:!?\\[[^\\]]{0,40}\\]\\([^)]{0,200}\\)\\s*\\|?|\\{[\\w.-]{1,40}\\}"
            + "|\\[(?:image|photo|video|ảnh|embed)[^\\]]{0,20}\\]|[\\s|•·:;,./\\\\_*#=~+<>()\\[\\]{}-]+)$", Pattern.CASE_INSENSITIVE);
    /** A byline or credit standing alone: "HẢI ĐĂNG |", "By Phuong Anh", "Photo: VNA", "Theo TTXVN". */
    private static final Pattern CREDIT = Pattern.compile("^(?:(?:By|BY|Bởi|Theo|Bài và ảnh|Bài, ảnh|Story and photos by)\\s+"
            + "[\\p{Lu}][^.!?|]{0,50}|(?:Photo|Ảnh|Video|Graphics?|Đồ họa)\\s*:\\s*.{1,60}|[\\p{Lu}\\s.'-]{3,40}\\s*\\|)\\s*\\|?$");

    private TextChrome() {
    }

    /** Whether a line above the headline is the site's chrome, not the story. */
    static boolean isChrome(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return true;
        }
        if (t.length() > 200) {
            return false;
        }
        if (Outlets.byMasthead(t).isPresent() || BANNER.matcher(t).matches() || FILE_NAME.matcher(t).matches()
                || PLACEHOLDER.matcher(t).matches() || CREDIT.matcher(t).matches()) {
            return true;
        }
        return sectionLine(t) || capitalStrip(t);
    }

    /** "Society", "Business | Economy", "News > Society > Education", "Thời sự - Xã hội". */
    static boolean sectionLine(String t) {
        String[] parts = t.split("\\s*(?:\\||>|»|›|/|·|•|\\s-\\s|\\s–\\s)\\s*");
        int known = 0;
        int all = 0;
        for (String p : parts) {
            String f = Folding.fold(p).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9&' -]", "").strip();
            if (f.isEmpty()) {
                continue;
            }
            all++;
            if (SECTIONS.contains(f)) {
                known++;
            }
        }
        return all > 0 && known == all;
    }

    /** A strip of topics in capitals: several words, no lower-case letter, no sentence ("COVID-19 TET 2025 APEC"). */
    static boolean capitalStrip(String t) {
        if (PageText.words(t) < 3 || PageText.hasSentence(t)) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 6;
    }
}
