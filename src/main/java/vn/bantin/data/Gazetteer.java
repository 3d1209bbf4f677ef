package vn.bantin.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

    /**
     * Read with Jackson's streaming parser, not its object mapper: the window reads this file before its first
     * frame, and the mapper's few hundred classes cost the start a fifth of a second.
     */
    @SuppressWarnings("unchecked")
    static Gazetteer read(InputStream in) throws IOException {
        Map<String, Object> root;
        try (JsonParser p = new JsonFactory().createParser(in)) {
            p.nextToken();
            root = (Map<String, Object>) value(p);
        }
        Map<String, Province> ps = new LinkedHashMap<>();
        for (Object o : (List<Object>) root.get("provinces")) {
            Map<String, Object> n = (Map<String, Object>) o;
            Province p = new Province(text(n, "id"), text(n, "vi"), text(n, "en"), text(n, "type"), text(n, "region"),
                    text(n, "unit"), number(n, "lat"), number(n, "lon"), strings(n.get("aliases")), strings(n.get("places")));
            ps.put(p.id(), p);
        }
        Map<String, Unit2025> us = new LinkedHashMap<>();
        for (Object o : (List<Object>) root.get("units_2025")) {
            Map<String, Object> n = (Map<String, Object>) o;
            Unit2025 u = new Unit2025(text(n, "id"), text(n, "vi"), text(n, "en"), text(n, "type"), text(n, "region"),
                    number(n, "lat"), number(n, "lon"), strings(n.get("members")));
            us.put(u.id(), u);
        }
        return new Gazetteer(java.util.Collections.unmodifiableMap(ps), java.util.Collections.unmodifiableMap(us));
    }

    /** The value at the parser's current token: objects as maps, arrays as lists, numbers as doubles. */
    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> m = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                m.put(name, value(p));
            }
            return m;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> l = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                l.add(value(p));
            }
            return l;
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDoubleValue();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        return p.getText();
    }

    private static String text(Map<String, Object> n, String key) {
        Object v = n.get(key);
        return v == null ? "" : v.toString();
    }

    private static double number(Map<String, Object> n, String key) {
        return n.get(key) instanceof Double d ? d : 0;
    }

    private static List<String> strings(Object arr) {
        List<String> out = new ArrayList<>();
        if (arr instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
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
