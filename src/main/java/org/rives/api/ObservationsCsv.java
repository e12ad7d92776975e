package org.rives.api;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A page of observations as CSV, in the harmonised model's own columns, or as SDMX-CSV 1.0 so that
 * SDMX tools (the .Stat suite, sdmx-dl, pandasdmx) read Rives as they read a statistics office: one
 * column per dimension, then OBS_VALUE and the attributes.
 */
final class ObservationsCsv {

    static final String DATAFLOW = "RIVES:DF_MIGRATION(1.0)";

    private ObservationsCsv() {
    }

    static final class Plain implements CsvForm<ObservationsController.Page> {

        @Override
        public Class<ObservationsController.Page> type() {
            return ObservationsController.Page.class;
        }

        @Override
        public String fileName(ObservationsController.Page page) {
            return "rives-observations.csv";
        }

        @Override
        public List<String> columns(ObservationsController.Page page) {
            return List.of("source", "indicator", "ref_area", "counterpart_area", "sex", "age", "breakdown", "freq",
                    "time_period", "obs_value", "unit", "unit_mult", "obs_status", "obs_flags", "load_id",
                    "superseded_by", "src_line");
        }

        @Override
        public void rows(ObservationsController.Page page, Consumer<List<?>> out) {
            page.items().forEach(o -> out.accept(Arrays.asList(o.source(), o.indicator(), o.refArea(),
                    o.counterpartArea(), o.sex(), o.age(), o.breakdown(), o.freq(), o.timePeriod(),
                    o.value().toPlainString(), o.unit(), o.unitMult(), o.status(), o.flags() == null ? "" : o.flags(),
                    o.loadId(), o.supersededBy() == null ? "" : o.supersededBy(), o.line())));
        }
    }

    static final class Sdmx implements CsvForm<ObservationsController.Page> {

        @Override
        public Class<ObservationsController.Page> type() {
            return ObservationsController.Page.class;
        }

        @Override
        public String fileName(ObservationsController.Page page) {
            return "rives-observations-sdmx.csv";
        }

        @Override
        public List<String> columns(ObservationsController.Page page) {
            return List.of("DATAFLOW", "FREQ", "INDICATOR", "REF_AREA", "COUNTERPART_AREA", "SEX", "AGE", "BREAKDOWN",
                    "SOURCE", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "UNIT_MULT", "OBS_STATUS");
        }

        @Override
        public void rows(ObservationsController.Page page, Consumer<List<?>> out) {
            page.items().forEach(o -> out.accept(Arrays.asList(DATAFLOW, o.freq(), o.indicator(), o.refArea(),
                    o.counterpartArea(), o.sex(), o.age(), o.breakdown(), o.source(), o.timePeriod(),
                    o.value().toPlainString(), o.unit(), o.unitMult(), o.status())));
        }
    }
}
