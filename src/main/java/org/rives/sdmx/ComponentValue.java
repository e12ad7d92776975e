package org.rives.sdmx;

/** A component's value in a data message: a dimension code, a period, or an attribute value. */
record ComponentValue(String id, String value) {
}
