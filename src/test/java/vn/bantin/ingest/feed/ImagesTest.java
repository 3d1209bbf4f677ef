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

    /** Found by the fuzzer: 4,294,967,295 × 4,294,967,295 multiplied past a long's range came out small, and passed. */
    @org.junit.jupiter.api.Test
    void sizesWhoseProductOverflowsAreStillAboveTheBudget() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 8, 2, 0, 0, 0};
        assertThat(Images.size(png)).containsExactly(4_294_967_295L, 4_294_967_295L);
        assertThat(Images.withinBudget(png)).isFalse();
        byte[] wide = png.clone();
        wide[16] = 0; wide[17] = 0; wide[18] = 0; wide[19] = 1; // 1 × 4,294,967,295: a line no decoder should allocate
        assertThat(Images.withinBudget(wide)).isFalse();
    }
}
