package org.rives.api;

/**
 * Who may upload: the bearer token set as {@code rives.write-token}; uploads are off while it is unset.
 *
 * @param writeToken null when uploads are off
 */
public record WriteAccess(String writeToken) {

    public boolean uploadsEnabled() {
        return writeToken != null;
    }
}
