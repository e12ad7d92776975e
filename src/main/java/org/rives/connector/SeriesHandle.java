package org.rives.connector;

/**
 * A series of the file as a sink knows it: {@link ObservationSink#series} hands it out for a key, and
 * the reader passes it back with each observation of that series. The sink keeps its own copy of the
 * key, so a reader may reuse its key array as soon as it has the handle.
 */
public interface SeriesHandle {
}
