package org.rives.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A comparable table: one indicator for areas grouped by shore, one column per period. Each cell
 * carries its value as published, its unit, flag and source, and the other sources' figures.
 */
record CompareTable(IndicatorInfo indicator, String freq, String partner, Instant asOf, List<String> periods,
                    List<Group> groups, List<SourceInfo> sources) {

    record IndicatorInfo(String code, String label, String axis, String sdg, String unit, String definition) {
    }

    record Group(String code, String label, List<Row> rows) {
    }

    record Row(String area, String label, Map<String, Cell> cells) {
    }

    record Cell(BigDecimal value, String unit, int unitMult, String status, String flags, String source, int loadId,
                List<Alternative> alternatives) {
    }

    record Alternative(String source, BigDecimal value, String unit, int unitMult, String status) {
    }

    record SourceInfo(String id, String publisher, String dataset, String licence, String url) {
    }
}
