package vn.bantin.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.Path;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;

/** A 2025 unit's outer border, drawn once over its member provinces' fills. */
final class UnitBorder {
    /** In the map's units (its drawing is 812 wide): wider than the source's gaps, narrower than a border. */
    private static final double UNION_STROKE = 0.6;
    /** A hole smaller than this (in square map units, about a pixel square at the sidebar's size) is a speck. */
    private static final double SPECK = 4;

    /** Each unit's border, made once: the union of a unit's members took most of a second for the 34 together. */
    private static final java.util.Map<String, List<javafx.scene.shape.PathElement>> MADE = new java.util.concurrent.ConcurrentHashMap<>();

    private UnitBorder() {
    }

    /** The border of the unit whose members' outlines are {@code members} (SVG path data), made the first time. */
    static Path of(String unitId, List<String> members) {
        Path out = new Path();
        out.getElements().setAll(MADE.computeIfAbsent(unitId, k -> List.copyOf(of(members).getElements())));
        return out;
    }

    /** Every 2025 unit's border made ahead, off the window's thread (members' path data by unit). */
    static void makeAll(java.util.Map<String, List<String>> membersByUnit) {
        membersByUnit.forEach(UnitBorder::of);
    }

    /**
     * The members' union as one path, without the specks of border the source's hairline gaps between neighbours
     * leave inside it: the members are stroked a little so that the union closes the gaps, and the holes smaller
     * than {@link #SPECK} that remain are dropped (a real hole, a lake or an enclave, is far larger).
     */
    private static Path of(List<String> members) {
        Shape union = null;
        for (String member : members) {
            SVGPath copy = new SVGPath();
            copy.setContent(member);
            copy.setStroke(javafx.scene.paint.Color.BLACK);
            copy.setStrokeWidth(UNION_STROKE);
            union = union == null ? Shape.union(copy, copy) : Shape.union(union, copy);
        }
        List<List<javafx.scene.shape.PathElement>> rings = new ArrayList<>();
        for (javafx.scene.shape.PathElement el : ((Path) union).getElements()) {
            if (el instanceof javafx.scene.shape.MoveTo || rings.isEmpty()) {
                rings.add(new ArrayList<>());
            }
            rings.get(rings.size() - 1).add(el);
        }
        double outer = rings.stream().mapToDouble(UnitBorder::signedArea).reduce((a, b) -> Math.abs(a) >= Math.abs(b) ? a : b).orElse(0);
        Path out = new Path();
        for (List<javafx.scene.shape.PathElement> ring : rings) {
            double a = signedArea(ring);
            boolean hole = Math.signum(a) != Math.signum(outer);
            if (!(hole && Math.abs(a) < SPECK)) {
                out.getElements().addAll(ring);
            }
        }
        return out;
    }

    /** A ring's area by its end points (the shoelace), signed by its direction: holes run the other way. */
    private static double signedArea(List<javafx.scene.shape.PathElement> ring) {
        List<double[]> pts = new ArrayList<>();
        for (javafx.scene.shape.PathElement el : ring) {
            if (el instanceof javafx.scene.shape.MoveTo m) {
                pts.add(new double[] {m.getX(), m.getY()});
            } else if (el instanceof javafx.scene.shape.LineTo l) {
                pts.add(new double[] {l.getX(), l.getY()});
            } else if (el instanceof javafx.scene.shape.CubicCurveTo c) {
                pts.add(new double[] {c.getX(), c.getY()});
            } else if (el instanceof javafx.scene.shape.QuadCurveTo q) {
                pts.add(new double[] {q.getX(), q.getY()});
            }
        }
        double sum = 0;
        for (int i = 0; i < pts.size(); i++) {
            double[] p = pts.get(i);
            double[] q = pts.get((i + 1) % pts.size());
            sum += p[0] * q[1] - q[0] * p[1];
        }
        return sum / 2;
    }

    /** A union's outline as SVG path data. */
    static String pathOf(Shape shape) {
        StringBuilder d = new StringBuilder();
        if (shape instanceof javafx.scene.shape.Path path) {
            for (javafx.scene.shape.PathElement e : path.getElements()) {
                if (e instanceof javafx.scene.shape.MoveTo m) {
                    d.append(String.format(java.util.Locale.ROOT, "M%.2f,%.2f ", m.getX(), m.getY()));
                } else if (e instanceof javafx.scene.shape.LineTo l) {
                    d.append(String.format(java.util.Locale.ROOT, "L%.2f,%.2f ", l.getX(), l.getY()));
                } else if (e instanceof javafx.scene.shape.CubicCurveTo c) {
                    d.append(String.format(java.util.Locale.ROOT, "C%.2f,%.2f %.2f,%.2f %.2f,%.2f ", c.getControlX1(),
                            c.getControlY1(), c.getControlX2(), c.getControlY2(), c.getX(), c.getY()));
                } else if (e instanceof javafx.scene.shape.QuadCurveTo q) {
                    d.append(String.format(java.util.Locale.ROOT, "Q%.2f,%.2f %.2f,%.2f ", q.getControlX(), q.getControlY(),
                            q.getX(), q.getY()));
                } else if (e instanceof javafx.scene.shape.ClosePath) {
                    d.append("Z ");
                }
            }
        }
        return d.toString().strip();
    }
}
