package vn.bantin.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.bantin.domain.Province;
import vn.bantin.domain.Unit2025;

/** The province gazetteer that ships in resources/gazetteer/provinces.json. */
public final class Gazetteer {
    public static final String RESOURCE = "/gazetteer/provinces.json";
    private static volatile Gazetteer standard;

    private final Map<String, Province> provinces;
    private final Map<String, Unit2025> units;

    private Gazetteer(Map<String, Province> provinces, Map<String, Unit2025> units) {
        this.provinces = provinces;
        this.units = units;
    }

    /** The gazetteer that ships with the app, read once. */
    public static Gazetteer standard() {
        Gazetteer g = standard;
        if (g == null) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The province gazetteer " + RESOURCE + " is missing from the build");
                }
                g = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = g;
        }
        return g;
    }

    static Gazetteer read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        Map<String, Province> ps = new LinkedHashMap<>();
        for (JsonNode n : root.get("provinces")) {
            Province p = new Province(n.get("id").asText(), n.get("vi").asText(), n.get("en").asText(),
                    n.get("type").asText(), n.get("region").asText(), n.get("unit").asText(),
                    n.get("lat").asDouble(), n.get("lon").asDouble(), strings(n.get("aliases")), strings(n.get("places")));
            ps.put(p.id(), p);
        }
        Map<String, Unit2025> us = new LinkedHashMap<>();
        for (JsonNode n : root.get("units_2025")) {
            Unit2025 u = new Unit2025(n.get("id").asText(), n.get("vi").asText(), n.get("en").asText(),
                    n.get("type").asText(), n.get("region").asText(), n.get("lat").asDouble(), n.get("lon").asDouble(),
                    strings(n.get("members")));
            us.put(u.id(), u);
        }
        return new Gazetteer(java.util.Collections.unmodifiableMap(ps), java.util.Collections.unmodifiableMap(us));
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        if (arr != null) {
            arr.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    public Collection<Province> provinces() {
        return provinces.values();
    }

    public Collection<Unit2025> units() {
        return units.values();
    }

    public Optional<Province> province(String id) {
        return Optional.ofNullable(provinces.get(id));
    }

    public Optional<Unit2025> unit(String id) {
        return Optional.ofNullable(units.get(id));
    }

    /**
     * The provinces a filter id stands for: a province id is itself; a 2025 unit id (or "unit:ID") is all its
     * members. A plain id that is both (e.g. "lao-cai") means the province.
     */
    public Set<String> expand(String id) {
        if (id.startsWith("unit:")) {
            Unit2025 u = units.get(id.substring(5));
            return u == null ? Set.of() : new LinkedHashSet<>(u.memberIds());
        }
        if (provinces.containsKey(id)) {
            return Set.of(id);
        }
        Unit2025 u = units.get(id);
        return u == null ? Set.of() : new LinkedHashSet<>(u.memberIds());
    }
}
