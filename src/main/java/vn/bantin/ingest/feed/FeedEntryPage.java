package vn.bantin.ingest.feed;

import static vn.bantin.i18n.Texts.t;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import vn.bantin.domain.ParsedPage;
import vn.bantin.domain.Source;
import vn.bantin.ingest.RejectedInputException;
import vn.bantin.ingest.page.ArticleExtractor;
import vn.bantin.ingest.page.Outlets;
import vn.bantin.ingest.page.PageText;
import vn.bantin.ingest.page.TextDecoder;

/**
 * An entry read from the feed's own text, for when its page cannot be had (offline, gone, not an article): whatever
 * shape that text has (paragraphs, lines split by {@code <br>}, one sentence, nothing but a title), it is kept. Only
 * an entry with neither title nor text is refused, and that with its reason.
 */
final class FeedEntryPage {
    private FeedEntryPage() {
    }

    static ParsedPage of(FeedParser.Entry e, String pageProblem) throws RejectedInputException {
        List<String> paras = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        if (e.html() != null && !e.html().isBlank()) {
            var doc = Jsoup.parseBodyFragment(e.html());
            for (ArticleExtractor.Block b : ArticleExtractor.extract(doc, e.title(), () -> Jsoup.parseBodyFragment(e.html())).blocks()) {
                String t = TextDecoder.normalize(b.text()).strip();
                if (t.isEmpty()) {
                    continue;
                }
                (b.kind() == ArticleExtractor.Kind.CAPTION ? captions : paras).add(t);
            }
            if (paras.isEmpty()) {
                String t = FeedText.text(e.html());
                if (!t.isEmpty()) {
                    paras.add(TextDecoder.normalize(t));
                }
            }
        }
        String title = e.title() == null ? null : TextDecoder.normalize(e.title()).strip();
        if (paras.isEmpty() && (title == null || title.isEmpty())) {
            throw new RejectedInputException(pageProblem != null ? t("reason.noTitleForIt", pageProblem) : t("reason.emptyEntry"));
        }
        String lead = paras.isEmpty() ? title : PageText.stripOutletPrefix(paras.remove(0));
        if (title == null || title.isEmpty()) {
            title = PageText.deriveTitle(lead);
        }
        Source source = Outlets.sourceOf(Outlets.byUrl(e.link()), e.link(), null);
        String all = title + "\n" + lead + "\n" + String.join("\n", paras);
        return new ParsedPage(source, e.link(), title, lead, paras, captions, null, PageText.language(all), e.author());
    }
}
