package org.rives.harmonise;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one vocabulary every feed is mapped onto: axes, indicators and areas, with every spelling of
 * an area that publishers use (ISO2, ISO3, M49, names, aliases) resolving to its code.
 */
public final class Catalogue {

    public static final String NORTH = "5P5_N";
    public static final String SOUTH = "5P5_S";
    public static final String FIVE_PLUS_FIVE = "5P5";

    private final Map<String, Axis> axes;
    private final Map<String, Indicator> indicators;
    private final Map<String, Area> areas;
    private final Map<String, String> areaLookup;
    private final String version;

    /** A catalogue built in code, with no files behind it: its version says so. */
    public Catalogue(List<Axis> axes, List<Indicator> indicators, List<Area> areas) {
        this(axes, indicators, areas, "unversioned");
    }

    /**
     * @param version what identifies this content: the loader gives the hash of the catalogue files'
     *                canonical form, so that a load can tell whether the catalogue changed since another
     */
    public Catalogue(List<Axis> axes, List<Indicator> indicators, List<Area> areas, String version) {
        this.version = version;
        this.axes = index(axes, Axis::code);
        this.indicators = index(indicators, Indicator::code);
        this.areas = index(areas, Area::code);
        this.areaLookup = new LinkedHashMap<>();
        for (Area area : areas) {
            lookupKey(area.code()).ifPresent(key -> areaLookup.put(key, area.code()));
        }
        for (Area area : areas) {
            for (String spelling : spellings(area)) {
                lookupKey(spelling).ifPresent(key -> areaLookup.putIfAbsent(key, area.code()));
            }
        }
    }

    private static List<String> spellings(Area area) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        all.add(area.iso3());
        all.add(area.iso2());
        all.add(area.m49());
        if (area.m49() != null && !area.m49().isEmpty()) {
            all.add(area.m49().replaceFirst("^0+(?=\\d)", "")); // spreadsheets drop the zeros: Algeria 012 is 12
        }
        all.addAll(area.names().values());
        all.addAll(area.aliases());
        return all;
    }

    private static Optional<String> lookupKey(String spelling) {
        if (spelling == null || spelling.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(spelling.strip().toLowerCase(Locale.ROOT));
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            if (map.put(key.apply(item), item) != null) {
                throw new IllegalStateException("catalogue lists " + key.apply(item) + " twice");
            }
        }
        return map;
    }

    /** The SHA-256 of the catalogue's content (see {@link CatalogueLoader}). */
    public String version() {
        return version;
    }

    /** The area code for any spelling a publisher uses, or empty when the catalogue does not know it. */
    public Optional<String> resolveArea(String spelling) {
        return lookupKey(spelling).map(areaLookup::get);
    }

    public Optional<Area> area(String code) {
        return Optional.ofNullable(areas.get(code));
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    public Collection<Axis> axes() {
        return axes.values();
    }

    public Collection<Indicator> indicators() {
        return indicators.values();
    }

    public Collection<Area> areas() {
        return areas.values();
    }

    /** The ten countries of the 5+5, north shore first, each shore in code order. */
    public List<Area> fivePlusFive() {
        return areas.values().stream().filter(a -> a.shore() != null && !a.shore().isEmpty() && a.isCountry())
                .sorted(java.util.Comparator.comparing(Area::shore).thenComparing(Area::code))
                .toList();
    }

    /** Expands a group code (5P5, 5P5_N, 5P5_S) to its countries; a country code stands for itself. */
    public List<Area> expand(String code) {
        return switch (code) {
            case FIVE_PLUS_FIVE -> fivePlusFive();
            case NORTH -> fivePlusFive().stream().filter(a -> "N".equals(a.shore())).toList();
            case SOUTH -> fivePlusFive().stream().filter(a -> "S".equals(a.shore())).toList();
            default -> area(code).map(List::of).orElse(List.of());
        };
    }
}
