package org.rives.compare;

import java.util.Arrays;
import java.util.List;

import org.rives.store.ObservationFilter;

/**
 * The filters of the long table ({@code /api/observations} and its Parquet download) as the caller wrote
 * them; blank means not given, and a repeated or comma-separated {@code area} means several.
 */
public record ObservationParameters(String indicator, List<String> area, String partner, String sex, String age,
                                    String breakdown, String freq, String from, String to, String source,
                                    String asOf) {

    /** The checked filter; a {@link org.rives.error.ParameterException} names the first parameter that is wrong. */
    public ObservationFilter filter(Parameters parameters) {
        List<String> areas = area == null ? List.of() : area.stream().flatMap(a -> Arrays.stream(a.split(",")))
                .map(spelling -> parameters.area("area", spelling)).toList();
        Frequency frequency = Values.frequency("freq", freq, null);
        String first = Values.period("from", from);
        String last = Values.period("to", to);
        Values.checkRange("from", first, "to", last);
        return new ObservationFilter(parameters.optionalIndicator("indicator", indicator), areas,
                parameters.partner("partner", partner), Values.sex("sex", sex, true), Values.code("age", age, true),
                Values.code("breakdown", breakdown, true), frequency == null ? null : frequency.name(), first, last,
                parameters.source("source", source), parameters.asOf("asOf", asOf));
    }
}
