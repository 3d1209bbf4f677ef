package vn.bantin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleImage;
import vn.bantin.domain.ArticleStatus;
import vn.bantin.domain.Source;
import vn.bantin.ui.detail.ArticleHtml;

/**
 * The reading view trusts nothing in the database: markup in any column is text, and an article stuffed with
 * remote references makes no request leave the view (a canary server on loopback counts them).
 */
@ExtendWith(ApplicationExtension.class)
class ReadingViewSafetyTest {
    private WebView web;

    @Start
    void start(Stage stage) {
        web = new WebView();
        web.getEngine().setJavaScriptEnabled(false);
        stage.setScene(new Scene(web, 800, 600));
        stage.show();
    }

    /** Every column an article is read from, each with markup that would reach {@code base} if it ran. */
    private static Article hostile(String base) {
        String tag = "\"><img src=\"" + base + "/img\"><link rel=\"stylesheet\" href=\"" + base + "/css\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url=" + base + "/nav\"><script src=\"" + base + "/js\"></script><x y=\"";
        return new Article(1, "f00d", new Source("x", "Outlet " + tag, base), base + "/page", "Title " + tag, "Lead " + tag,
                List.of("Body " + tag, "<iframe src=\"" + base + "/frame\"></iframe>"), List.of("Caption " + tag),
                OffsetDateTime.parse("2025-03-01T08:00+07:00"), "en" + tag, Instant.now(), List.of(), ArticleStatus.NEW, 1,
                List.of(), "Author " + tag);
    }

    private static List<ArticleImage> pictures(String base) {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        return List.of(new ArticleImage(base + "/a.png", "image/png", png, "Picture " + "<img src=\"" + base + "/cap\">"),
                new ArticleImage(base + "/b.svg", "image/svg+xml\"><img src=\"" + base + "/mime\"><x y=\"", png, "Odd type"));
    }

    @Test
    void markupInEveryColumnIsShownAsTextAndNothingElse() {
        String html = ArticleHtml.render(hostile("http://198.51.100.7"), pictures("http://198.51.100.7"), 15, false, null);
        Document dom = Jsoup.parse(html);
        assertThat(dom.select("script, link, iframe, object, embed, base, form, meta[http-equiv=refresh]")).isEmpty();
        assertThat(dom.select("[href], [action], [srcset]")).isEmpty();
        for (Element img : dom.select("img")) {
            assertThat(img.attr("src")).startsWith("data:image/png;base64,");
        }
        assertThat(dom.select("img")).hasSize(1); // the PNG; the picture of no known type is left out
        assertThat(dom.selectFirst("html").attr("lang")).isEqualTo("und");
        assertThat(dom.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
        assertThat(dom.text()).contains("Title \"><img src=\"http://198.51.100.7/img\">").contains("Outlet ")
                .contains("Author ").contains("<iframe src=\"http://198.51.100.7/frame\"></iframe>");
    }

    @Test
    void anArticleStuffedWithRemoteReferencesMakesNoRequest(FxRobot robot) throws Exception {
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger barrier = new AtomicInteger();
        HttpServer canary = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        canary.createContext("/", ex -> {
            (ex.getRequestURI().getPath().equals("/barrier") ? barrier : requests).incrementAndGet();
            byte[] body = "x".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        canary.start();
        try {
            String base = "http://127.0.0.1:" + canary.getAddress().getPort();
            String html = ArticleHtml.render(hostile(base), pictures(base), 15, false, null);
            robot.interact(() -> web.getEngine().loadContent(html));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> web.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED).get());
            String text = WaitForAsyncUtils.asyncFx(() -> web.getEngine().getDocument().getDocumentElement().getTextContent()).get();
            assertThat(text).contains("Title \"><img src=\"" + base + "/img\">");
            awaitBarrier(robot, web, base, barrier);
            assertThat(requests.get()).as("requests that reached the canary").isZero();
        } finally {
            canary.stop(0);
        }
    }

    /**
     * Instead of waiting a while for a request that should never come: once the page has loaded, a page that does
     * fetch from the canary is loaded in the same view; when that request arrives, anything the article's page had
     * started (its pictures, stylesheets, a refresh) would have arrived before it.
     */
    static void awaitBarrier(FxRobot robot, WebView web, String base, AtomicInteger barrier) throws Exception {
        robot.interact(() -> web.getEngine().loadContent("<html><body><img src=\"" + base + "/barrier\"></body></html>"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> barrier.get() > 0);
    }
}
