import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws Bantin's icon — a news page with a place pin on it — at every size the installers want, and writes
 * the PNG set, a Windows .ico and a macOS .icns. Run: java packaging/Icons.java packaging/icons
 */
public class Icons {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "packaging/icons");
        Files.createDirectories(out);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512, 1024}) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            ImageIO.write(draw(size), "png", b);
            png.put(size, b.toByteArray());
            if (size <= 512) {
                Files.write(out.resolve("bantin-" + size + ".png"), b.toByteArray());
            }
        }
        Files.write(out.resolve("bantin.png"), png.get(256));
        writeIco(out.resolve("bantin.ico"), png, new int[] {16, 32, 48, 64, 128, 256});
        writeIcns(out.resolve("bantin.icns"), png);
    }

    static BufferedImage draw(int s) {
        BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double u = s / 64.0;
        g.setColor(new Color(0xB3, 0x1B, 0x24));
        g.fill(new RoundRectangle2D.Double(2 * u, 2 * u, 60 * u, 60 * u, 14 * u, 14 * u));
        // the page
        g.setColor(new Color(0xFA, 0xF7, 0xF0));
        g.fill(new RoundRectangle2D.Double(13 * u, 10 * u, 34 * u, 42 * u, 4 * u, 4 * u));
        g.setColor(new Color(0x2B, 0x2B, 0x2B));
        g.fill(new RoundRectangle2D.Double(17 * u, 15 * u, 26 * u, 6 * u, 2 * u, 2 * u));
        if (s >= 32) {
            g.setColor(new Color(0x8A, 0x8A, 0x8A));
            g.setStroke(new BasicStroke((float) (2.2 * u), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int i = 0; i < 4; i++) {
                double y = 27 * u + i * 5.5 * u;
                g.drawLine((int) (17 * u), (int) y, (int) ((i == 3 ? 30 : 43) * u), (int) y);
            }
        }
        // the place pin
        double cx = 44 * u;
        double cy = 40 * u;
        double r = 10 * u;
        Path2D pin = new Path2D.Double();
        pin.moveTo(cx - r, cy);
        pin.curveTo(cx - r, cy - 1.4 * r, cx + r, cy - 1.4 * r, cx + r, cy);
        pin.curveTo(cx + r, cy + 0.7 * r, cx + 0.2 * r, cy + 1.2 * r, cx, cy + 1.9 * r);
        pin.curveTo(cx - 0.2 * r, cy + 1.2 * r, cx - r, cy + 0.7 * r, cx - r, cy);
        pin.closePath();
        g.setColor(new Color(0xF2, 0xC1, 0x2E));
        g.fill(pin);
        g.setColor(new Color(0x7A, 0x12, 0x18));
        g.setStroke(new BasicStroke((float) Math.max(1, 1.2 * u)));
        g.draw(pin);
        g.setColor(new Color(0xB3, 0x1B, 0x24));
        g.fill(new Ellipse2D.Double(cx - 0.38 * r, cy - 0.45 * r, 0.76 * r, 0.76 * r));
        g.dispose();
        return img;
    }

    /** ICO with PNG-compressed entries (Windows Vista and later read these). */
    static void writeIco(Path file, Map<Integer, byte[]> png, int[] sizes) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.writeShort(0);
        d.writeShort(Short.reverseBytes((short) 1));
        d.writeShort(Short.reverseBytes((short) sizes.length));
        int offset = 6 + 16 * sizes.length;
        for (int sz : sizes) {
            byte[] data = png.get(sz);
            d.writeByte(sz >= 256 ? 0 : sz);
            d.writeByte(sz >= 256 ? 0 : sz);
            d.writeByte(0);
            d.writeByte(0);
            d.writeShort(Short.reverseBytes((short) 1));
            d.writeShort(Short.reverseBytes((short) 32));
            d.writeInt(Integer.reverseBytes(data.length));
            d.writeInt(Integer.reverseBytes(offset));
            offset += data.length;
        }
        for (int sz : sizes) {
            d.write(png.get(sz));
        }
        Files.write(file, b.toByteArray());
    }

    /** ICNS with PNG entries: ic07 128, ic08 256, ic09 512, ic10 1024, ic11 32 (16@2x), ic12 64 (32@2x). */
    static void writeIcns(Path file, Map<Integer, byte[]> png) throws Exception {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("ic11", 32);
        types.put("ic12", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (Map.Entry<String, Integer> e : types.entrySet()) {
            byte[] data = png.get(e.getValue());
            d.writeBytes(e.getKey());
            d.writeInt(data.length + 8);
            d.write(data);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        DataOutputStream a = new DataOutputStream(all);
        a.writeBytes("icns");
        a.writeInt(body.size() + 8);
        a.write(body.toByteArray());
        Files.write(file, all.toByteArray());
    }
}
