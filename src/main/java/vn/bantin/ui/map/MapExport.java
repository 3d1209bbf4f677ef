package vn.bantin.ui.map;

import static vn.bantin.i18n.Texts.t;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.scene.transform.Scale;

/**
 * File › Export map: the map as drawn — shades, chosen units, legend, and what it shows — as a PNG at twice the
 * screen's size, or as an SVG whose shapes are the source's paths, for a report.
 */
public final class MapExport {
    private MapExport() {
    }

    /** The part of an export that touches no node: encoding and writing the file, for a worker thread. */
    @FunctionalInterface
    public interface Writing {
        void write() throws IOException;
    }

    /** By the file's name: ".svg" writes an SVG, anything else a PNG. */
    public static void write(MapView map, String caption, Path file) throws IOException {
        prepare(map, caption, file).write();
    }

    /**
     * On the window's thread: the map read as drawn (a snapshot, or its shapes' paths and colours); what it returns
     * encodes and writes the file anywhere else.
     */
    public static Writing prepare(MapView map, String caption, Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            String text = svg(map, caption);
            return () -> Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        return png(map, file);
    }

    static Writing png(Node map, Path file) {
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(new Scale(2, 2));
        p.setFill(background(map));
        WritableImage img = map.snapshot(p, null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return () -> {
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            out.setRGB(0, 0, w, h, argb, 0, w);
            if (!javax.imageio.ImageIO.write(out, "png", file.toFile())) {
                throw new IOException(t("map.export.noPng"));
            }
        };
    }

    private static Color background(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at instanceof javafx.scene.layout.Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()
                    && r.getBackground().getFills().get(0).getFill() instanceof Color c && c.getOpacity() > 0) {
                return c;
            }
        }
        return Color.WHITE;
    }

    static String svg(MapView map, String caption) {
        StringBuilder s = new StringBuilder();
        double legendTop = MapShapes.HEIGHT + 10;
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(fmt(MapShapes.WIDTH)).append(' ')
                .append(fmt(legendTop + 70)).append("\" font-family=\"sans-serif\">\n")
                .append("<title>").append(esc(caption)).append("</title>\n")
                .append("<desc>").append(esc(MapShapes.attribution())).append("</desc>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"").append(hex(background(map))).append("\"/>\n");
        for (Node n : map.shapeNodes()) {
            Shape shape = (Shape) n;
            s.append("<path");
            if (shape.getId() != null) {
                s.append(" id=\"").append(esc(shape.getId())).append('"');
            }
            if (shape.getAccessibleText() != null) {
                s.append(" aria-label=\"").append(esc(shape.getAccessibleText())).append('"');
            }
            s.append(" d=\"").append(shape instanceof SVGPath p ? p.getContent() : UnitBorder.pathOf(shape)).append('"')
                    .append(" fill=\"").append(hex(shape.getFill())).append('"')
                    .append(" stroke=\"").append(hex(shape.getStroke())).append('"')
                    .append(" stroke-width=\"").append(fmt(shape.getStrokeWidth())).append('"');
            if (!shape.getStrokeDashArray().isEmpty()) {
                s.append(" stroke-dasharray=\"4 3\"");
            }
            s.append(" stroke-linejoin=\"round\"/>\n");
        }
        double x = 20;
        for (MapView.LegendEntry e : map.legendEntries()) {
            s.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(legendTop)).append("\" width=\"40\" height=\"16\" fill=\"")
                    .append(hex(e.fill())).append("\" stroke=\"#888888\" stroke-width=\"0.5\"/>\n")
                    .append("<text x=\"").append(fmt(x + 20)).append("\" y=\"").append(fmt(legendTop + 34))
                    .append("\" font-size=\"13\" text-anchor=\"middle\" fill=\"").append(hex(e.text())).append("\">")
                    .append(esc(e.label())).append("</text>\n");
            x += 80;
        }
        s.append("<text x=\"20\" y=\"").append(fmt(legendTop + 60)).append("\" font-size=\"14\" fill=\"")
                .append(hex(map.legendEntries().isEmpty() ? Color.GRAY : map.legendEntries().get(0).text())).append("\">")
                .append(esc(caption + " · " + MapShapes.attribution())).append("</text>\n</svg>\n");
        return s.toString();
    }

    private static String hex(Paint p) {
        if (!(p instanceof Color c) || c.getOpacity() == 0) {
            return "none";
        }
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }

    private static String esc(String t) {
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
