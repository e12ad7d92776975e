package org.rives.store;

/** Told of every finished load; the metrics registry listens here. */
@FunctionalInterface
public interface LoadListener {

    LoadListener NONE = report -> { };

    void loaded(LoadReport report);
}
