package org.rives.connector.csv;

import java.util.regex.Pattern;

import org.rives.connector.ObservationSink;

/**
 * SDMX-CSV "labels both" cells ({@code ES: Spain}, headers {@code REF_AREA: Reference area}): the code
 * before {@code ": "} is kept and the label dropped, so connector mappings name codes. A cell whose
 * first part is not an SDMX identifier is left whole, so a plain label holding a colon survives. As a
 * sink in front of the real one, it passes each row's dimension array through once: the same input
 * array yields the same output array, which is how the sink recognises consecutive cells of one row.
 */
final class LabelledCodes implements ObservationSink {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_@$.\\-]+");

    private final ObservationSink sink;
    private String[] lastInput;
    private String[] lastOutput;

    LabelledCodes(ObservationSink sink) {
        this.sink = sink;
    }

    static String code(String cell) {
        String text = cell.strip();
        int colon = text.indexOf(": ");
        if (colon <= 0 || !IDENTIFIER.matcher(text.substring(0, colon)).matches()) {
            return text;
        }
        return text.substring(0, colon);
    }

    @Override
    public void columns(String[] names, int[] positions) {
        sink.columns(names, positions);
    }

    @Override
    public void observation(long line, int column, String[] dimensions, String period, String cell, String flagCell) {
        if (dimensions != lastInput) {
            lastInput = dimensions;
            lastOutput = new String[dimensions.length];
            for (int i = 0; i < dimensions.length; i++) {
                lastOutput[i] = code(dimensions[i]);
            }
        }
        sink.observation(line, column, lastOutput, code(period), cell, flagCell == null ? null : code(flagCell));
    }

    @Override
    public void reject(long line, int column, String reason) {
        sink.reject(line, column, reason);
    }

    @Override
    public void rowRead() {
        sink.rowRead();
    }
}
