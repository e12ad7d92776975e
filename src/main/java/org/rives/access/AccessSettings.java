package org.rives.access;

import java.nio.file.Path;

/**
 * What access needs of the installation's settings, given by the wiring so that this package does not
 * read them itself.
 *
 * @param file        where providers and token hashes are kept ({@code rives.access.file})
 * @param legacyToken the deprecated {@code rives.write-token}, still an admin token; null when unset
 */
public record AccessSettings(Path file, String legacyToken) {
}
