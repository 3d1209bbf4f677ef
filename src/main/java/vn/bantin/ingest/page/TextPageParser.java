package vn.bantin.ingest.page;

import static vn.bantin.i18n.Texts.t;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.bantin.domain.ParsedPage;
import vn.bantin.domain.Source;
import vn.bantin.ingest.RejectedInputException;

/**
 * Reads text saved from a news page (select all, copy, save): drops the site's menus and link rows, finds the
 * title, lead, date line, body paragraphs and photo captions, and strips caption markers and sign-offs.
 */
public final class TextPageParser {
    private static final Pattern BULLET = Pattern.compile("^\\s*[•·▪◦●*–-]\\s+\\S.{0,48}$");
    private static final Pattern FOOTER = Pattern.compile("^(?:Related (?:news|articles|stories)|Tags?:.*|Read more|Read also"
            + "|Tin liên quan|Xem thêm|Bài liên quan|Share|Comments?|Most read|Most viewed|Latest news|Other news|More news"
            + "|View by date|Tin khác|Tin cùng chuyên mục|Các tin khác|Tin mới nhất|Đọc nhiều|You might be interested|Related)\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern KNOWN_NAV = Pattern.compile("^(?:WORDS ON THE STREET|HOME|Trang chủ|Menu|Search|Login|Subscribe)\\b.*");
    private static final int MENU_RUN = 5;
    private static final int SHORT_LINE_RUN = 8;

    private TextPageParser() {
    }

    /**
     * @param text decoded, normalised text (see {@link TextDecoder})
     * @param url the page's address when known, else null
     */
    public static ParsedPage parse(String text, String url) throws RejectedInputException {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        List<String> header = new ArrayList<>();
        stripMenus(lines, header);
        cutFooter(lines);
        List<String> paras = paragraphs(lines);
        dropRepeats(paras);
        stripHeaderRows(paras, header);
        stripChromeAboveStory(paras, header);
        if (paras.isEmpty()) {
            throw new RejectedInputException(header.isEmpty() ? t("reason.noText") : t("reason.onlyMenus"));
        }

        String first = paras.get(0);
        String last = paras.get(paras.size() - 1);
        Optional<Outlets.Outlet> outlet = Outlets.byUrl(url)
                .or(() -> Outlets.byText(firstNonTitle(paras), last, String.join("\n", header) + "\n" + first, text));
        Boolean dayFirst = outlet.map(Outlets.Outlet::dayFirst).orElse(null);
        Source source = Outlets.sourceOf(outlet, url, null);

        OffsetDateTime published = null;
        String author = null;
        for (String h : header) {
            DateLine d = DateLine.read(h, dayFirst);
            if (d != null) {
                published = d.date();
                author = d.author();
                break;
            }
        }
        List<String> content = new ArrayList<>();
        List<Boolean> isCaption = new ArrayList<>();
        boolean nextIsCaption = false;
        boolean dated = published != null;
        for (String p : paras) {
            DateLine d = p.length() <= 120 ? DateLine.read(p, dayFirst) : null;
            if (d != null) {
                if (!dated) {
                    published = d.date();
                    dated = d.date() != null;
                }
                if (author == null) {
                    author = d.author();
                }
                continue;
            }
            if (PageText.isPhotoMarker(p)) {
                nextIsCaption = true;
                continue;
            }
            boolean caption = nextIsCaption || PageText.hasCaptionCredit(p);
            nextIsCaption = false;
            content.add(caption ? PageText.stripCaptionCredit(p) : p);
            isCaption.add(caption);
        }

        String title = null;
        int i = 0;
        if (!content.isEmpty() && !isCaption.get(0) && titleLike(content.get(0))) {
            title = content.get(0);
            i = 1;
        }
        String lead = null;
        List<String> body = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (; i < content.size(); i++) {
            String p = content.get(i);
            if (isCaption.get(i)) {
                if (!p.isBlank()) {
                    captions.add(p);
                }
            } else if (lead == null && title != null && author == null && bylineName(p)) {
                author = p.replaceFirst("^(?:By|Bởi|Theo)\\s+", "").strip(); // "Ban Mai" under the headline
            } else if (lead == null) {
                lead = PageText.stripOutletPrefix(p);
            } else if (title != null && p.equals(title)) {
                continue;
            } else {
                body.add(p);
            }
        }
        if (lead == null) {
            throw new RejectedInputException(title == null ? t("reason.noArticleText") : t("reason.onlyHeadline"));
        }
        if (body.isEmpty()) {
            lead = PageText.stripSignOff(lead);
        } else {
            body.set(body.size() - 1, PageText.stripSignOff(body.get(body.size() - 1)));
        }
        int words = PageText.words(lead) + body.stream().mapToInt(PageText::words).sum();
        if (words < 20) {
            throw new RejectedInputException(t("reason.tooShort", words));
        }
        if (title == null) {
            title = PageText.deriveTitle(lead);
        }
        String all = title + "\n" + lead + "\n" + String.join("\n", body);
        return new ParsedPage(source, url, title, lead, body, captions, published, PageText.language(all), author);
    }

    private static String firstNonTitle(List<String> paras) {
        for (String p : paras) {
            if (p.startsWith("VGP")) {
                return p;
            }
        }
        return paras.size() > 1 ? paras.get(1) : paras.get(0);
    }

    private static final Pattern NAME = Pattern.compile("^(?:(?:By|Bởi|Theo)\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}$");

    /** A writer's name alone on a line: two to four capitalised words, no sentence, no digit. */
    static boolean bylineName(String p) {
        String t = p.strip();
        int w = PageText.words(t);
        return w >= 2 && w <= 5 && t.length() <= 40 && NAME.matcher(t).matches() && !TextChrome.sectionLine(t);
    }

    /** A headline: one line, not too long, not ending like a sentence (once a wire sign-off is taken off). */
    static boolean titleLike(String p) {
        int w = PageText.words(p);
        if (w == 0 || w > 30 || p.length() > 250) {
            return false;
        }
        String t = PageText.stripSignOff(p.strip());
        return !t.endsWith(".") || t.endsWith("U.S.") || t.endsWith("D.C.");
    }

    /**
     * A line said twice in a row (a headline printed as heading and as link, a picture's alt text over its caption)
     * is kept once, and a line cut short right above its whole self (a teaser, "Binh Thuan patrols to ensure sec")
     * goes.
     */
    private static void dropRepeats(List<String> paras) {
        for (int i = paras.size() - 2; i >= 0; i--) {
            String a = paras.get(i);
            String b = paras.get(i + 1);
            if (a.equals(b) || (a.length() >= 12 && b.length() > a.length() && b.startsWith(a) && !PageText.endsLikeSentence(a))) {
                paras.remove(i);
            }
        }
    }

    /**
     * Takes the site's chrome (masthead, sections, banners, login prompts, file names, credits, topic strips) off
     * the top of the page, down to the lead: the first paragraph that is a real sentence of some length.
     */
    private static void stripChromeAboveStory(List<String> paras, List<String> header) {
        for (int i = 0; i < paras.size() && i < 15; ) {
            String p = paras.get(i);
            if (PageText.words(p) >= 12 && PageText.hasSentence(p)) {
                return;
            }
            if (TextChrome.isChrome(p)) {
                header.add(p);
                paras.remove(i);
            } else {
                i++;
            }
        }
    }

    /** Removes runs of bulleted menu entries and runs of short link lines (the Portal's 64-entry province list). */
    private static void stripMenus(List<String> lines, List<String> removed) {
        List<int[]> cut = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            int count = 0;
            while (j < lines.size() && (BULLET.matcher(lines.get(j)).matches() || (lines.get(j).isBlank() && count > 0))) {
                if (!lines.get(j).isBlank()) {
                    count++;
                }
                j++;
            }
            if (count >= MENU_RUN) {
                cut.add(new int[] {i, j});
                i = j;
                continue;
            }
            j = i;
            count = 0;
            while (j < lines.size() && shortLinkLine(lines.get(j))) {
                count++;
                j++;
            }
            if (count >= SHORT_LINE_RUN) {
                cut.add(new int[] {i, j});
                i = j;
                continue;
            }
            i++;
        }
        for (int k = cut.size() - 1; k >= 0; k--) {
            int[] r = cut.get(k);
            for (int x = r[1] - 1; x >= r[0]; x--) {
                String gone = lines.remove(x);
                if (!gone.isBlank()) {
                    removed.add(0, gone.strip());
                }
            }
        }
    }

    private static boolean shortLinkLine(String l) {
        String t = l.strip();
        return !t.isEmpty() && PageText.words(t) <= 4 && !PageText.endsLikeSentence(t) && t.length() <= 40;
    }

    private static void cutFooter(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (i > 3 && FOOTER.matcher(t).matches()) {
                lines.subList(i, lines.size()).clear();
                return;
            }
        }
    }

    /**
     * Each non-blank line is a paragraph, but a line broken inside a sentence (no end punctuation, the next line
     * going on in lower case) is joined to the next.
     */
    private static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        for (String raw : lines) {
            String l = raw.strip().replaceAll("\\s{2,}", " ");
            if (l.isEmpty()) {
                if (cur != null) {
                    out.add(cur.toString());
                    cur = null;
                }
                continue;
            }
            // a wrapped line is a long one; a short line over a lower-case one is a label ("VietNamNet Global"
            // over "return icon"), not half a sentence
            if (cur != null && cur.length() >= 40 && !PageText.endsLikeSentence(cur.toString())
                    && Character.isLowerCase(l.charAt(0)) && !PageText.isPhotoMarker(cur.toString())) {
                cur.append(' ').append(l);
            } else {
                if (cur != null) {
                    out.add(cur.toString());
                }
                cur = new StringBuilder(l);
            }
        }
        if (cur != null) {
            out.add(cur.toString());
        }
        return out;
    }

    /**
     * Link rows above the headline: a long line with no sentence in it ("WORDS ON THE STREET 70th anniversary
     * of ... Covid-19 Pandemic") or a known navigation label. Date lines above the headline are kept in
     * {@code header} too, since the headline follows them.
     */
    private static void stripHeaderRows(List<String> paras, List<String> header) {
        int limit = Math.min(paras.size(), 4);
        for (int i = 0; i < limit && !paras.isEmpty(); ) {
            String p = paras.get(i);
            boolean nav = KNOWN_NAV.matcher(p).matches()
                    || (PageText.words(p) >= 30 && !PageText.hasSentence(PageText.stripSignOff(p)));
            if (nav) {
                header.add(p);
                paras.remove(i);
                limit = Math.min(paras.size(), limit);
            } else {
                i++;
            }
        }
    }
}
