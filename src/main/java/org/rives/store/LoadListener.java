package org.rives.store;

/** Told of every finished load; the metrics registry listens here. */
@FunctionalInterface
public interface LoadListener {

    LoadListener NONE = report -> { };

    void loaded(LoadReport report);

    /** A load of {@code connector} entered a phase (for progress; a dry run stops before committing). */
    default void entered(String connector, LoadPhase phase) {
    }
}
