package vn.bantin.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A picture's size read from its header, without decoding it. */
class ImagesTest {
    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg", "gif"})
    void theSizeComesFromTheHeader(String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), format, out);
        assertThat(Images.size(out.toByteArray())).containsExactly(300L, 200L);
        assertThat(Images.withinBudget(out.toByteArray())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg"})
    void aPictureWhoseSizeCannotBeReadIsNotTrusted(String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), format, out);
        byte[] cut = java.util.Arrays.copyOf(out.toByteArray(), 6);
        assertThat(Images.withinBudget(cut)).isFalse();
        assertThat(Images.withinBudget(FeedSyncTest.pictureBomb())).isFalse();
    }
}
