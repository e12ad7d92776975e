package org.rives.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import org.rives.compare.Numbers;
import org.rives.compare.VintageHistory;

/** The vintages of a figure, and the changes since a date, as CSV: one row per vintage or change. */
final class HistoryCsv {

    private HistoryCsv() {
    }

    static final class Revisions implements CsvForm<VintageHistory.Revisions> {

        @Override
        public Class<VintageHistory.Revisions> type() {
            return VintageHistory.Revisions.class;
        }

        @Override
        public String fileName(VintageHistory.Revisions r) {
            return "rives-revisions-" + r.indicator() + "-" + r.area() + "-" + r.period() + ".csv";
        }

        @Override
        public List<String> columns(VintageHistory.Revisions r) {
            return List.of("source", "indicator", "area", "partner", "period", "value", "unit", "unit_mult", "status",
                    "load_id", "loaded_at", "file", "superseded_by", "superseded_at");
        }

        @Override
        public void rows(VintageHistory.Revisions r, Consumer<List<?>> out) {
            r.vintages().forEach(v -> out.accept(List.of(v.source(), v.indicator(), v.refArea(), v.counterpartArea(),
                    v.timePeriod(), Numbers.plain(v.value()).toPlainString(), v.unit(), v.unitMult(), v.status(),
                    v.loadId(), text(v.loadedAt()), text(v.fileName()), text(v.supersededBy()),
                    text(v.supersededAt()))));
        }
    }

    static final class Changes implements CsvForm<VintageHistory.Changes> {

        @Override
        public Class<VintageHistory.Changes> type() {
            return VintageHistory.Changes.class;
        }

        /** Named by the day asked for when it is a whole day, as callers write it. */
        @Override
        public String fileName(VintageHistory.Changes c) {
            Instant since = c.since();
            boolean day = since.atOffset(ZoneOffset.UTC).toLocalTime().toSecondOfDay() == 0
                    && since.getNano() == 0;
            return "rives-changes-since-" + (day ? since.atOffset(ZoneOffset.UTC).toLocalDate() : since) + ".csv";
        }

        @Override
        public List<String> columns(VintageHistory.Changes c) {
            return List.of("kind", "source", "indicator", "area", "partner", "sex", "age", "breakdown", "freq",
                    "period", "value", "previous", "unit", "unit_mult", "status", "load_id", "loaded_at");
        }

        @Override
        public void rows(VintageHistory.Changes changes, Consumer<List<?>> out) {
            changes.changes().forEach(c -> out.accept(List.of(c.kind().name().toLowerCase(), c.source(),
                    c.indicator(), c.refArea(), c.counterpartArea(), c.sex(), c.age(), c.breakdown(), c.freq(),
                    c.timePeriod(), number(c.value()), number(c.previous()), c.unit(), c.unitMult(), c.status(),
                    c.loadId(), text(c.loadedAt()))));
        }
    }

    private static String number(Double value) {
        return value == null ? "" : Numbers.plain(value).toPlainString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
