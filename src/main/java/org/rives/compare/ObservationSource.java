package org.rives.compare;

import java.util.List;

import org.rives.store.ObservationFilter;
import org.rives.store.ObservationQueries;
import org.rives.store.ObservationRow;

/**
 * Where the comparison reads harmonised figures: the store in the server, a list in memory in the
 * tests of its arithmetic. Only figures current at the filter's {@code asOf} are given.
 */
public interface ObservationSource {

    /** Every observation matching the filter, in series-key order (indicator, area, partner, … source, period). */
    List<ObservationRow> find(ObservationFilter filter);

    /** The partners (counterpart areas) of the matching observations, most used first; the filter's partner is ignored. */
    List<String> partners(ObservationFilter filter);

    static ObservationSource of(ObservationQueries queries) {
        return new ObservationSource() {
            @Override
            public List<ObservationRow> find(ObservationFilter filter) {
                return queries.find(filter, 0, Integer.MAX_VALUE);
            }

            @Override
            public List<String> partners(ObservationFilter filter) {
                return queries.partners(filter);
            }
        };
    }
}
