package org.rives.harmonise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.SeriesHandle;
import org.rives.connector.cell.CellConventions;
import org.rives.testing.TestDefinitions;
import org.rives.testing.TestStore;

import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Series identity is the handle the harmoniser hands out, not the identity of a reader's array: a reader
 * that fills one array for every row keeps each country's figures apart (it once wrote Spain's figures
 * into Morocco's series).
 */
class ReusedKeyArrayTest {

    private static final ConnectorDefinition DEFINITION = TestDefinitions.parse(YAMLMapper.builder().build().readTree(
            """
            id: t
            title: one array for every row
            format: csv
            provenance: {publisher: p, dataset: d, licence: l, url: "https://p.example"}
            samples: [t.csv]
            dimensions:
              indicator: {value: STOCK}
              ref_area: {column: country, codelist: area}
            indicators:
              STOCK: {code: MIGR_STOCK, unit: PERS}
            """));

    private final List<String> written = new ArrayList<>();
    private final Harmoniser harmoniser = new Harmoniser(DEFINITION, TestStore.catalogue(),
            new ValidationReport("t.csv"), (series, period, value, status, flags, line, column) -> written.add(
                    harmoniserSeries(series) + " " + period + " " + value));

    private String harmoniserSeries(int series) {
        return harmoniser.series().get(series).refArea();
    }

    @Test
    void aReaderThatReusesOneKeyArrayKeepsEachCountrysFigures() {
        harmoniser.columns(new String[] {"country"}, new int[] {1}, CellConventions.DEFAULTS);
        String[] key = new String[1];
        key[0] = "MA";
        SeriesHandle morocco = harmoniser.series(key);
        harmoniser.observation(morocco, 2, 2, "2020", "1", null);
        harmoniser.observation(morocco, 2, 3, "2021", "2", null);
        key[0] = "ES";
        SeriesHandle spain = harmoniser.series(key);
        harmoniser.observation(spain, 3, 2, "2020", "3", null);
        harmoniser.observation(spain, 3, 3, "2021", "4", null);
        assertThat(written).containsExactly("MAR 0 1.0", "MAR 1 2.0", "ESP 0 3.0", "ESP 1 4.0");
        assertThat(harmoniser.periods()).containsExactly("2020", "2021");
    }

    @Test
    void aKeyChangedAfterItsHandleWasGivenDoesNotMoveTheSeries() {
        harmoniser.columns(new String[] {"country"}, new int[] {1}, CellConventions.DEFAULTS);
        String[] key = {"MA"};
        SeriesHandle morocco = harmoniser.series(key);
        key[0] = "ES";
        harmoniser.observation(morocco, 2, 2, "2020", "1", null);
        assertThat(written).containsExactly("MAR 0 1.0");
    }
}
