package org.rives.sdmx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.rives.compare.CompareNotes;
import org.rives.compare.Grade;

/**
 * The attribute values of a row: unit and multiplier as stored, the comparability grade the catalogue
 * gives the source for the indicator, whether the source's figures are illustrative (those are never
 * comparable, as on the committee page), and the observation's status and publisher's flags.
 */
final class AttributeValues {

    private final CompareNotes notes;
    private final Predicate<String> illustrative;

    AttributeValues(CompareNotes notes, Predicate<String> illustrative) {
        this.notes = notes;
        this.illustrative = illustrative;
    }

    List<ComponentValue> series(DataRow row) {
        List<ComponentValue> values = new ArrayList<>(4);
        values.add(new ComponentValue("UNIT_MEASURE", row.unit()));
        values.add(new ComponentValue("UNIT_MULT", Integer.toString(row.unitMult())));
        boolean sample = illustrative.test(row.source());
        Grade grade = sample ? Grade.NOT_COMPARABLE
                : notes.indicator(row.indicator()).source(row.source()).map(c -> c.grade()).orElse(null);
        if (grade != null) {
            values.add(new ComponentValue("COMPARABILITY", grade.name()));
        }
        values.add(new ComponentValue("ILLUSTRATIVE", Boolean.toString(sample)));
        return values;
    }

    List<ComponentValue> observation(DataRow row) {
        List<ComponentValue> values = new ArrayList<>(2);
        values.add(new ComponentValue("OBS_STATUS", row.status()));
        if (row.flags() != null && !row.flags().isEmpty()) {
            values.add(new ComponentValue("OBS_FLAG", row.flags()));
        }
        return values;
    }
}
