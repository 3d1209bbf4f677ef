package vn.bantin.ui;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The list pane of the first frame, kept as a picture for the next start (decision 0022). Drawn as text, the page
 * costs the window's thread a style pass, a text layout and the glyphs' first drawing while the machine is still busy
 * starting; its picture costs a copy of pixels. A start that draws the page as text keeps what it drew, once on the
 * screen, with a key of everything those pixels come from (the texts drawn, the pane's size, the theme, the font, the
 * screen's scale, this build's style sheet). A later start shows the picture only when its own key is the same;
 * otherwise it draws the page as text, as it would have, and keeps that.
 *
 * <p>The file: {@code BNTNPIC1}, the key, the width and height in pixels, then the pixels (BGRA, premultiplied) deflated.
 */
public final class FirstPicture {
    /** In the data folder, beside the settings. */
    public static final String FILE = "first-page.picture";
    private static final String MAGIC = "BNTNPIC1";
    /** A picture larger than an 8K screen is not one of ours. */
    private static final long MOST_PIXELS = 7680L * 4320;

    /** A kept picture, read: its key and its pixels. */
    public record Pixels(String key, int width, int height, byte[] bgra) {
    }

    private FirstPicture() {
    }

    /**
     * The picture kept in {@code folder}, or null when there is none or it cannot be read: then the page is drawn as
     * text, and that start keeps a good one. On any thread; the start reads it beside the file's opening.
     */
    public static Pixels read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!MAGIC.equals(new String(in.readNBytes(MAGIC.length()), StandardCharsets.US_ASCII))) {
                return null;
            }
            String key = in.readUTF();
            int width = in.readInt();
            int height = in.readInt();
            if (width <= 0 || height <= 0 || (long) width * height > MOST_PIXELS) {
                return null;
            }
            byte[] bgra = new byte[width * height * 4];
            Inflater inflater = new Inflater();
            try {
                inflater.setInput(in.readAllBytes());
                int n = 0;
                while (n < bgra.length && !inflater.finished()) {
                    int got = inflater.inflate(bgra, n, bgra.length - n);
                    if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        break;
                    }
                    n += got;
                }
                return n == bgra.length ? new Pixels(key, width, height, bgra) : null;
            } finally {
                inflater.end();
            }
        } catch (IOException | DataFormatException | RuntimeException e) {
            log().log(System.Logger.Level.INFO, "the first page's picture in " + folder + " is not used: " + e);
            return null;
        }
    }

    /** The pixels as an image for the pane; on any thread once the toolkit is up. */
    static Image image(Pixels p) {
        WritableImage image = new WritableImage(p.width(), p.height());
        image.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getByteBgraPreInstance(), p.bgra(), 0, p.width() * 4);
        return image;
    }

    /**
     * Keeps {@code image} under {@code key} in place of what was kept, written whole or not at all (a second Bantin
     * may be reading it). A picture that cannot be written is only a slower next start: it is logged, not thrown.
     */
    static void write(Path folder, String key, Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        byte[] bgra = new byte[width * height * 4];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getByteBgraPreInstance(), bgra, 0, width * 4);
        Path part = null;
        try {
            Files.createDirectories(folder);
            part = Files.createTempFile(folder, "first-page", ".part");
            try (OutputStream file = Files.newOutputStream(part); DataOutputStream out = new DataOutputStream(file)) {
                out.write(MAGIC.getBytes(StandardCharsets.US_ASCII));
                out.writeUTF(key);
                out.writeInt(width);
                out.writeInt(height);
                Deflater deflater = new Deflater(Deflater.BEST_SPEED);
                try (DeflaterOutputStream packed = new DeflaterOutputStream(file, deflater, 64 * 1024)) {
                    out.flush();
                    packed.write(bgra);
                } finally {
                    deflater.end();
                }
            }
            Files.move(part, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            log().log(System.Logger.Level.WARNING, "the first page's picture could not be kept in " + folder, e);
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // a stray .part file in the data folder is harmless
                }
            }
        }
    }

    /**
     * The key of a first frame: what its pane draws ({@code FirstPageView.drawing}) and what it is drawn with. Two
     * frames of one key are the same pixels on the same build; the build's style sheet is in the key, so an upgrade
     * that draws the page otherwise draws it as text once.
     */
    static String key(String drawing, boolean dark, double scale, String font) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(sheet());
            sha.update(("\n" + dark + " " + scale + " " + font + "\n" + drawing).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sheet() {
        try (InputStream in = FirstPicture.class.getResourceAsStream(WindowStart.SHEET)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** Asked for when something is logged: the JDK's logging is not set up on the start's way for nothing. */
    private static System.Logger log() {
        return System.getLogger(FirstPicture.class.getName());
    }
}
