package org.rives.access;

/** What a token may do. */
public enum Role {
    /** Loads for any connector, manages providers, reads every audit entry. */
    ADMIN,
    /** Loads and dry-runs for its provider's connectors, reads its own uploads and audit entries. */
    PROVIDER
}
