package vn.bantin.ui.map;

import static vn.bantin.i18n.Texts.t;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The map's outlines: the 63 provinces and the two archipelagos, as SVG paths in a 812 × 873 view box, each with
 * the gazetteer province it belongs to (resources/map/SOURCES.md says whence).
 */
public final class MapShapes {
    public static final String RESOURCE = "/map/vietnam.tsv";
    public static final double WIDTH = 812;
    public static final double HEIGHT = 873;
    /** The credit the licence asks for, in the reader's language. */
    public static String attribution() {
        return t("map.attribution");
    }

    /** One outline: its id in the source, the province it is part of, and its SVG path. */
    public record Shape(String id, String provinceId, String path) {
    }

    private static volatile List<Shape> loaded;

    private MapShapes() {
    }

    /** Read once, the first time the map is shown. */
    public static List<Shape> all() {
        List<Shape> s = loaded;
        if (s == null) {
            s = read();
            loaded = s;
        }
        return s;
    }

    private static List<Shape> read() {
        try (InputStream in = MapShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the map's outlines " + RESOURCE + " are missing from the application");
            }
            List<Shape> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 3);
                out.add(new Shape(f[0], f[1], f[2]));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
