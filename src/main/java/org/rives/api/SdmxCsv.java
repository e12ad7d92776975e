package org.rives.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Observations as SDMX-CSV 1.0, so that SDMX tools (the .Stat suite, sdmx-dl, pandasdmx) read Rives as
 * they read a statistics office: one column per dimension, then OBS_VALUE and the attributes.
 */
final class SdmxCsv {

    static final MediaType SDMX_CSV = MediaType.parseMediaType("application/vnd.sdmx.data+csv;version=1.0.0");
    static final String DATAFLOW = "RIVES:DF_MIGRATION(1.0)";

    private SdmxCsv() {
    }

    static boolean wanted(String format, String accept) {
        if (format != null) {
            return "sdmx-csv".equalsIgnoreCase(format);
        }
        return accept != null && accept.contains("application/vnd.sdmx.data+csv");
    }

    static ResponseEntity<String> response(List<ObservationsController.Observation> items) {
        List<String> columns = List.of("DATAFLOW", "FREQ", "INDICATOR", "REF_AREA", "COUNTERPART_AREA", "SEX", "AGE",
                "BREAKDOWN", "SOURCE", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "UNIT_MULT", "OBS_STATUS");
        List<List<Object>> rows = new ArrayList<>();
        for (ObservationsController.Observation o : items) {
            rows.add(Arrays.asList(DATAFLOW, o.freq(), o.indicator(), o.refArea(), o.counterpartArea(), o.sex(), o.age(),
                    o.breakdown(), o.source(), o.timePeriod(), o.value().toPlainString(), o.unit(), o.unitMult(),
                    o.status()));
        }
        return CsvOutput.response(columns, rows, "rives-observations-sdmx.csv", SDMX_CSV);
    }
}
