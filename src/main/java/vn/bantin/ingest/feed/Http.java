package vn.bantin.ingest.feed;

import static vn.bantin.i18n.Texts.t;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * GET over http and https only, with a deadline for the whole download (headers and body), a size limit,
 * redirects followed by hand so that each hop is checked, and conditional requests.
 */
public final class Http {
    /** Every limit a download has. */
    public record Limits(Duration connectTimeout, Duration timeout, long maxFeedBytes, long maxPageBytes,
                         long maxImageBytes, int maxImagesPerArticle, int maxRedirects) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(30),
                10L << 20, 5L << 20, 5L << 20, 12, 5);

        public Limits withTimeout(Duration t) {
            return new Limits(connectTimeout, t, maxFeedBytes, maxPageBytes, maxImageBytes, maxImagesPerArticle, maxRedirects);
        }
    }

    public record Response(int status, String url, byte[] body, String contentType, String etag, String lastModified) {
        public boolean notModified() {
            return status == 304;
        }
    }

    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bantin-http-deadlines");
        t.setDaemon(true);
        return t;
    });

    private volatile HttpClient client;
    private final Limits limits;
    private final java.util.function.Predicate<String> hosts;

    public Http(Limits limits) {
        this(limits, host -> true);
    }

    /** With {@code hosts}, only hosts it accepts are asked (a test that must stay on this machine says which). */
    public Http(Limits limits, java.util.function.Predicate<String> hosts) {
        this.limits = limits;
        this.hosts = hosts;
    }

    private URI allowed(URI uri) throws FetchException {
        if (!hosts.test(uri.getHost())) {
            throw new FetchException(uri.getHost() + " is not asked (offline)");
        }
        return uri;
    }

    /** Made on the first download: the client sets up TLS, which the window's start need not wait for. */
    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = HttpClient.newBuilder().connectTimeout(limits.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                    client = c;
                }
            }
        }
        return c;
    }

    public Limits limits() {
        return limits;
    }

    /** Checks that an address is one we fetch: absolute http or https with a host. */
    public static URI checked(String url) throws FetchException {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException | NullPointerException e) {
            throw new FetchException(t("reason.notWebAddress", url));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(t("reason.scheme", scheme.isEmpty() ? url : scheme + ":"));
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new FetchException(t("reason.noHost", url));
        }
        return uri;
    }

    public Response get(String url, long maxBytes, String etag, String lastModified) throws FetchException {
        URI uri = allowed(checked(url));
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        for (int hop = 0; ; hop++) {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().timeout(remaining(deadline))
                    .header("User-Agent", "Bantin/1 (offline news reader)")
                    .header("Accept-Encoding", "identity");
            if (etag != null) {
                b.header("If-None-Match", etag);
            }
            if (lastModified != null) {
                b.header("If-Modified-Since", lastModified);
            }
            HttpResponse<InputStream> r;
            try {
                r = client().send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpConnectTimeoutException e) {
                throw new FetchException(t("reason.connectTimeout", uri.getHost()));
            } catch (HttpTimeoutException e) {
                throw new FetchException(t("reason.noAnswerFrom", uri.getHost(), limits.timeout().toSeconds()));
            } catch (java.net.ConnectException e) {
                throw new FetchException(t("reason.connect", uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")));
            } catch (java.nio.channels.UnresolvedAddressException e) {
                throw new FetchException(t("reason.unknownHost", uri.getHost()));
            } catch (IOException e) {
                String m = e.getMessage();
                throw new FetchException(t("reason.download", m == null ? e.getClass().getSimpleName() : m));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("cancelled");
            }
            int status = r.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                close(r.body());
                if (hop >= limits.maxRedirects()) {
                    throw new FetchException(t("reason.redirects", limits.maxRedirects()));
                }
                String location = r.headers().firstValue("Location")
                        .orElseThrow(() -> new FetchException(t("reason.noLocation", String.valueOf(status))));
                URI next = allowed(checked(uri.resolve(location.strip()).toString()));
                if (!redirectAllowed(addresses(uri), addresses(next))) {
                    throw new FetchException(t("reason.privateRedirect", uri.getHost(), next.getHost()));
                }
                uri = next;
                continue;
            }
            if (status == 304) {
                close(r.body());
                return new Response(304, uri.toString(), new byte[0], null, etag, lastModified);
            }
            if (status >= 400) {
                close(r.body());
                throw new FetchException(t("reason.http", String.valueOf(status)));
            }
            byte[] body = read(r.body(), r.headers().firstValue("Content-Encoding").orElse(null), maxBytes, deadline, uri);
            return new Response(status, uri.toString(), body, r.headers().firstValue("Content-Type").orElse(null),
                    r.headers().firstValue("ETag").orElse(null), r.headers().firstValue("Last-Modified").orElse(null));
        }
    }

    private Duration remaining(long deadline) throws FetchException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new FetchException(t("reason.noAnswer", limits.timeout().toSeconds()));
        }
        return Duration.ofNanos(left);
    }

    /** Reads at most {@code max} bytes before the deadline; a server that trickles is cut off, not waited for. */
    private byte[] read(InputStream raw, String encoding, long max, long deadline, URI uri) throws FetchException {
        AtomicBoolean late = new AtomicBoolean();
        long left = Math.max(1, deadline - System.nanoTime());
        ScheduledFuture<?> timer = DEADLINES.schedule(() -> {
            late.set(true);
            close(raw);
        }, left, TimeUnit.NANOSECONDS);
        // a server may compress though asked not to: decoded here, and the limit counts the decoded bytes
        try (raw; InputStream in = decoded(raw, encoding)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                if (out.size() > max) {
                    throw new FetchException(t("reason.tooLargeLimit", human(max)));
                }
            }
            if (late.get()) {
                throw new FetchException(t("reason.incomplete", uri.getHost(), limits.timeout().toSeconds()));
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (late.get()) {
                throw new FetchException(t("reason.incomplete", uri.getHost(), limits.timeout().toSeconds()));
            }
            throw new FetchException(t("reason.download", e.getMessage()));
        } finally {
            timer.cancel(false);
        }
    }

    private static InputStream decoded(InputStream raw, String encoding) throws IOException {
        String e = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
        return switch (e) {
            case "gzip", "x-gzip" -> new java.util.zip.GZIPInputStream(raw, 16384);
            case "deflate" -> new java.util.zip.InflaterInputStream(raw);
            default -> raw;
        };
    }

    /**
     * A redirect may not lead from the public internet into this machine or its network (loopback, private,
     * link-local, unique-local: routers, printers, a cloud's metadata service). A feed the reader subscribed to
     * at such an address itself may redirect within it.
     */
    static boolean redirectAllowed(java.net.InetAddress[] from, java.net.InetAddress[] to) {
        boolean fromPrivate = java.util.Arrays.stream(from).anyMatch(Http::local);
        return fromPrivate || java.util.Arrays.stream(to).noneMatch(Http::local);
    }

    static boolean local(java.net.InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 16) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7, unique local
        }
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64; // 100.64.0.0/10, carrier-grade NAT
    }

    private static java.net.InetAddress[] addresses(URI uri) {
        try {
            return java.net.InetAddress.getAllByName(uri.getHost());
        } catch (java.net.UnknownHostException e) {
            return new java.net.InetAddress[0]; // the connection will say so
        }
    }

    static String human(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : bytes >= 1024 ? (bytes >> 10) + " KB" : bytes + " bytes";
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing more to read from it either way
        }
    }
}
