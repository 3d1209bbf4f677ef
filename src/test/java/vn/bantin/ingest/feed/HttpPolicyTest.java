package vn.bantin.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a download may go, and what a compressed answer becomes. */
class HttpPolicyTest {
    private static InetAddress[] at(String ip) throws Exception {
        return new InetAddress[] {InetAddress.getByName(ip)};
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.5", "172.16.3.4", "192.168.1.1", "169.254.169.254", "127.0.0.1", "::1", "fd00::1",
            "fe80::1", "100.64.0.1", "0.0.0.0"})
    void aPublicFeedMayNotRedirectIntoThisMachineOrItsNetwork(String inside) throws Exception {
        assertThat(Http.redirectAllowed(at("93.184.216.34"), at(inside))).isFalse();
    }

    @Test
    void redirectsBetweenPublicAddressesAndWithinAPrivateFeedAreFollowed() throws Exception {
        assertThat(Http.redirectAllowed(at("93.184.216.34"), at("151.101.1.69"))).isTrue();
        assertThat(Http.redirectAllowed(at("2606:4700::1111"), at("2001:4860:4860::8888"))).isTrue();
        // the reader subscribed to an address on their own network: it may redirect there
        assertThat(Http.redirectAllowed(at("192.168.1.20"), at("192.168.1.21"))).isTrue();
    }

    @Test
    void gzipAndDeflateAnswersAreDecodedAndTheLimitCountsTheDecodedBytes() throws Exception {
        byte[] feed = "<rss version=\"2.0\"><channel><title>Tin</title></channel></rss>".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(feed);
        }
        ByteArrayOutputStream df = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(df)) {
            out.write(feed);
        }
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bomb)) {
            out.write(new byte[5_000_000]); // 5 MB of zeros in a few kilobytes
        }
        try (FeedServer server = new FeedServer()) {
            server.serveEncoded("/gz", "application/rss+xml", gz.toByteArray(), "gzip")
                    .serveEncoded("/df", "application/rss+xml", df.toByteArray(), "deflate")
                    .serveEncoded("/bomb", "application/rss+xml", bomb.toByteArray(), "gzip");
            Http http = new Http(Http.Limits.DEFAULT.withTimeout(Duration.ofSeconds(5)));
            assertThat(http.get(server.base() + "/gz", 100_000, null, null).body()).isEqualTo(feed);
            assertThat(http.get(server.base() + "/df", 100_000, null, null).body()).isEqualTo(feed);
            assertThat(bomb.size()).isLessThan(100_000);
            assertThatThrownBy(() -> http.get(server.base() + "/bomb", 100_000, null, null))
                    .hasMessage("larger than the 97 KB limit");
        }
    }
}
