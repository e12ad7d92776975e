package org.rives.store;

/** The steps of a load, in order, as told to a {@link LoadListener}. */
public enum LoadPhase {
    /** The raw file is copied into the archive and hashed. */
    ARCHIVING,
    /** The file is read and harmonised on one thread while its observations are staged on another. */
    READING,
    /** Reading is done: the staged observations are flushed, their dictionaries written, duplicates sought. */
    STAGING,
    /** The new vintage is merged: series, revisions, withdrawals, new figures, the table refilled and checked. */
    MERGING,
    /** The transaction commits. */
    COMMITTING,
    /** The commit returned: the load is in the store. */
    COMMITTED
}
