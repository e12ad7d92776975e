package org.rives.compare;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.rives.error.ParameterException;
import org.rives.harmonise.Area;
import org.rives.harmonise.Catalogue;
import org.rives.harmonise.Harmoniser;
import org.rives.harmonise.Indicator;

/**
 * The parameters checked against the catalogue, the sources and the clock: indicators, areas,
 * partners, sources, {@code asOf}. Each method reads one parameter as given (blank means not given)
 * and gives the typed value or a {@link ParameterException} naming the parameter and what it accepts.
 * Every endpoint reads its parameters here and in {@link Values}, so that {@code partner=ZZZ} or
 * {@code from=abc} is refused alike everywhere.
 */
public final class Parameters {

    /** No figure of Rives was loaded before this instant; an asOf at or before it is a typo. */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

    private final Catalogue catalogue;
    private final CompareNotes notes;
    private final SourceDirectory sources;
    private final Clock clock;

    public Parameters(Catalogue catalogue, CompareNotes notes, SourceDirectory sources, Clock clock) {
        this.catalogue = catalogue;
        this.notes = notes;
        this.sources = sources;
        this.clock = clock;
    }

    /** A catalogue indicator, required. */
    public Indicator indicator(String name, String text) {
        List<String> codes = catalogue.indicators().stream().map(Indicator::code).toList();
        if (Values.blank(text)) {
            throw ParameterException.missing(name, codes, name + " is required; see /api/catalogue");
        }
        return catalogue.indicator(text.strip()).orElseThrow(() -> ParameterException.invalid(name, codes,
                "unknown indicator \"" + text + "\"; see /api/catalogue"));
    }

    /** An indicator code when given, else null. */
    public String optionalIndicator(String name, String text) {
        return Values.blank(text) ? null : indicator(name, text).code();
    }

    /** An indicator that has a mirror (the same flow as the other side reports it), required. */
    public String mirrored(String name, String text) {
        Indicator indicator = indicator(name, text);
        if (notes.indicator(indicator.code()).mirror() == null) {
            List<String> mirrored = catalogue.indicators().stream().map(Indicator::code)
                    .filter(code -> notes.indicator(code).mirror() != null).toList();
            throw ParameterException.invalid(name, mirrored, "indicator " + indicator.code() + " has no mirror "
                    + "indicator in the catalogue (comparability." + indicator.code() + ".mirror)");
        }
        return indicator.code();
    }

    /** Comma-separated areas (any spelling the catalogue knows), groups expanded to their countries, in order. */
    public List<Area> areas(String name, String spec) {
        if (Values.blank(spec)) {
            throw ParameterException.missing(name, areaCodes(), name + " is required (such as 5P5 or ESP,MAR)");
        }
        List<Area> areas = new ArrayList<>();
        for (String spelling : spec.split(",")) {
            String trimmed = spelling.strip();
            List<Area> expanded = catalogue.expand(catalogue.resolveArea(trimmed).orElse(trimmed));
            if (expanded.isEmpty()) {
                throw ParameterException.invalid(name, areaCodes(), "unknown area \"" + trimmed + "\"");
            }
            expanded.stream().filter(a -> !areas.contains(a)).forEach(areas::add);
        }
        return areas;
    }

    /** One area by any spelling the catalogue knows, as its code; null when not given. */
    public String area(String name, String text) {
        if (Values.blank(text)) {
            return null;
        }
        return catalogue.resolveArea(text.strip()).orElseThrow(() -> ParameterException.invalid(name, areaCodes(),
                "unknown area \"" + text + "\"; see /api/catalogue"));
    }

    /** One area, required. */
    public String requiredArea(String name, String text) {
        if (Values.blank(text)) {
            throw ParameterException.missing(name, areaCodes(), name + " is required (an ISO 3166 alpha-3 code such "
                    + "as ESP)");
        }
        return area(name, text);
    }

    /** A country (not a group), required: one side of a bilateral flow. */
    public Area country(String name, String text) {
        List<String> countries = catalogue.areas().stream().filter(Area::isCountry).map(Area::code).toList();
        if (Values.blank(text)) {
            throw ParameterException.missing(name, countries, name + " is required (an ISO 3166 alpha-3 code "
                    + "such as ESP)");
        }
        return catalogue.resolveArea(text.strip()).flatMap(catalogue::area).filter(Area::isCountry).orElseThrow(() ->
                ParameterException.invalid(name, countries, "unknown " + name + " \"" + text
                        + "\" (a country is needed)"));
    }

    /** A partner area, or {@code _T} for all partners; null when not given. */
    public String partner(String name, String text) {
        if (Values.blank(text)) {
            return null;
        }
        if (Harmoniser.TOTAL.equals(text.strip())) {
            return Harmoniser.TOTAL;
        }
        return catalogue.resolveArea(text.strip()).orElseThrow(() -> {
            List<String> accepted = new ArrayList<>(List.of(Harmoniser.TOTAL));
            accepted.addAll(areaCodes());
            return ParameterException.invalid(name, accepted, "unknown " + name + " \"" + text
                    + "\"; give an area of /api/catalogue, or _T for all partners");
        });
    }

    /** A source (connector id) this installation has; null when not given. */
    public String source(String name, String text) {
        if (Values.blank(text)) {
            return null;
        }
        if (!sources.ids().contains(text.strip())) {
            throw ParameterException.invalid(name, sources.ids(), "unknown source \"" + text
                    + "\"; see /api/sources");
        }
        return text.strip();
    }

    /**
     * {@code asOf} as an instant: a date means the end of that day (UTC), so that {@code asOf=2025-01-01}
     * includes what was loaded that day. Null when not given; refused before 1970 or in the future.
     */
    public Instant asOf(String name, String text) {
        Instant at = Values.asOf(name, text);
        if (at == null) {
            return null;
        }
        Instant latest = clock.instant().plus(Duration.ofDays(1));
        if (!at.isAfter(EARLIEST) || at.isAfter(latest)) {
            throw ParameterException.invalid(name, Values.DATE_FORMS, name + " must be a date between 1970-01-01 and today "
                    + "(the figures as they stood then); got \"" + text + "\"");
        }
        return at;
    }

    /** An area kind of the catalogue (country, group, route…); null when not given. */
    public String areaKind(String name, String text) {
        if (Values.blank(text)) {
            return null;
        }
        List<String> kinds = catalogue.areas().stream().map(Area::kind).distinct().sorted().toList();
        if (!kinds.contains(text.strip())) {
            throw ParameterException.invalid(name, kinds, name + " must be one of " + String.join(", ", kinds));
        }
        return text.strip();
    }

    private List<String> areaCodes() {
        return catalogue.areas().stream().map(Area::code).toList();
    }
}
