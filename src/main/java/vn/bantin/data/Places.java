package vn.bantin.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.bantin.domain.Place;

/**
 * The places below the province that ship in resources/gazetteer: the official units before and after the
 * 2025 reform (places.tsv, derived by tools/gazetteer_places.py) and the landmarks news names (landmarks.tsv).
 * Read only when the first article is tagged, never before the window's first frame.
 */
public final class Places {
    public static final String UNITS = "/gazetteer/places.tsv";
    public static final String LANDMARKS = "/gazetteer/landmarks.tsv";
    private static final Map<String, Place.Kind> KINDS = Map.ofEntries(
            Map.entry("Q", Place.Kind.DISTRICT), Map.entry("H", Place.Kind.DISTRICT), Map.entry("TX", Place.Kind.TOWN),
            Map.entry("TP", Place.Kind.CITY), Map.entry("P", Place.Kind.WARD), Map.entry("X", Place.Kind.COMMUNE),
            Map.entry("TT", Place.Kind.TOWNSHIP), Map.entry("P25", Place.Kind.WARD_2025),
            Map.entry("X25", Place.Kind.COMMUNE_2025), Map.entry("DK25", Place.Kind.SPECIAL_ZONE));

    private static volatile List<Place> standard;

    private Places() {
    }

    /** Every unit and landmark, units first; read once. */
    public static List<Place> standard() {
        List<Place> all = standard;
        if (all == null) {
            Gazetteer g = Gazetteer.standard();
            List<Place> out = new ArrayList<>(15_000);
            read(UNITS, out, g);
            read(LANDMARKS, out, g);
            all = List.copyOf(out);
            standard = all;
        }
        return all;
    }

    private static void read(String resource, List<Place> out, Gazetteer g) {
        try (InputStream in = Places.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The place gazetteer " + resource + " is missing from the build");
            }
            read(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), out, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows are tab-separated: kind, name, province, 2025 unit (optional for landmarks), parent district. */
    static void read(String resource, BufferedReader r, List<Place> out, Gazetteer g) throws IOException {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 3) {
                throw new IllegalStateException(resource + " line " + n + ": expected kind, name and province");
            }
            Place.Kind kind = KINDS.getOrDefault(f[0], Place.Kind.LANDMARK);
            String province = f[2];
            int at = n;
            var p = g.province(province).orElseThrow(() -> new IllegalStateException(
                    resource + " line " + at + ": no province \"" + province + "\" in the gazetteer"));
            String unit = f.length > 3 && !f[3].isEmpty() ? f[3] : p.unit2025();
            out.add(new Place(kind, f[1], province, unit, f.length > 4 ? f[4] : ""));
        }
    }
}
