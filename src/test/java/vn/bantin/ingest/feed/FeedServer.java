package vn.bantin.ingest.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * A real HTTP server on 127.0.0.1 serving our feed and page fixtures, counting every request, with a route for
 * each way a server goes wrong.
 */
public final class FeedServer implements AutoCloseable {
    public record Route(int status, String contentType, byte[] body, String etag, long delayMillis) {
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicInteger notModified = new AtomicInteger();
    private final Map<String, String> encodings = new ConcurrentHashMap<>();

    public FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "feed-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A fixture from src/test/resources/feeds with {base} replaced by this server's address. */
    public byte[] fixture(String name) {
        try (InputStream in = FeedServer.class.getResourceAsStream("/feeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{base}", base()).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FeedServer serve(String path, String contentType, byte[] body, String etag) {
        routes.put(path, new Route(200, contentType, body, etag, 0));
        return this;
    }

    /** Serves bytes already compressed, with the Content-Encoding that says how. */
    public FeedServer serveEncoded(String path, String contentType, byte[] body, String encoding) {
        encodings.put(path, encoding);
        return serve(path, contentType, body, null);
    }

    public FeedServer serve(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    public int totalHits() {
        return hits.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public int notModifiedAnswers() {
        return notModified.get();
    }

    /** A small real PNG, so the reading view can show it. */
    public static byte[] png(int rgb) {
        BufferedImage img = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 24; x++) {
            for (int y = 0; y < 16; y++) {
                img.setRGB(x, y, rgb);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Route r = routes.get(path);
        try (ex) {
            if (r == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            if (r.delayMillis() > 0) {
                try {
                    Thread.sleep(r.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (r.etag() != null && r.etag().equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                ex.getResponseHeaders().add("ETag", r.etag());
                ex.sendResponseHeaders(304, -1);
                return;
            }
            if (r.contentType() != null) {
                ex.getResponseHeaders().add("Content-Type", r.contentType());
            }
            if (r.etag() != null) {
                ex.getResponseHeaders().add("ETag", r.etag());
            }
            if (encodings.containsKey(path)) {
                ex.getResponseHeaders().add("Content-Encoding", encodings.get(path));
            }
            if (r.status() >= 300 && r.status() < 400) {
                ex.getResponseHeaders().add("Location", new String(r.body(), StandardCharsets.UTF_8));
                ex.sendResponseHeaders(r.status(), -1);
                return;
            }
            ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(r.body());
            }
        } catch (IOException e) {
            // the client hung up (a time-out test does that on purpose)
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
