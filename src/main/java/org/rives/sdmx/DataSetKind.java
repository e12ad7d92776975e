package org.rives.sdmx;

/**
 * Which figures a data set carries. Without {@code updatedAfter} a query reads the current figures; with
 * it, the answer has the figures committed since (SDMX action Replace) and those withdrawn since with
 * nothing in their place (action Delete), read from the vintages.
 */
enum DataSetKind {
    CURRENT("Information"),
    CHANGED_SINCE("Replace"),
    DELETED_SINCE("Delete");

    private final String action;

    DataSetKind(String action) {
        this.action = action;
    }

    /** The SDMX-ML {@code action} of the data set. */
    String action() {
        return action;
    }
}
