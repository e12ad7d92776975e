package org.rives.harmonise;

import java.util.List;
import java.util.Map;

/**
 * An area of the catalogue: a country (ISO 3166), a Rives group (the shores, the 5+5), a migration
 * route, or an aggregate that a publisher computes itself.
 */
public record Area(String code, String kind, String iso2, String iso3, String m49, String shore,
                   Map<String, String> names, List<String> aliases) {

    public boolean isCountry() {
        return "country".equals(kind) || "other".equals(kind);
    }

    public String name(String language) {
        String name = names.get(language);
        return name == null || name.isEmpty() ? names.getOrDefault("en", code) : name;
    }
}
