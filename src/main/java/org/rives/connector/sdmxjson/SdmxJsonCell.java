package org.rives.connector.sdmxjson;

/**
 * One observation as the data set gives it, before the structure says what its indexes mean.
 *
 * @param structure           which structure of the message the data set follows
 * @param seriesKey           the series key ({@code 0:3:1}), or null when the data set has no series
 * @param seriesAttributes    the series' attribute value indexes (null entries: not given)
 * @param observationKey      the observation key ({@code 12}, or all dimensions {@code 0:0:...:12})
 * @param value               the value cell's text, empty for null
 * @param attributes          the observation's attribute value indexes
 */
record SdmxJsonCell(int structure, String seriesKey, Integer[] seriesAttributes, String observationKey,
                    String value, Integer[] attributes, long line, int column) {
}
