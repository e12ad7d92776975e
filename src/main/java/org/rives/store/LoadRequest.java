package org.rives.store;

import java.nio.file.Path;

/**
 * A file to load for a connector.
 *
 * @param displayName   the name reports give the file (the upload's name, not a temporary path)
 * @param dryRun        read, harmonise and validate, compute what would change, commit nothing
 * @param skipRejected  commit the good observations even when some rows are rejected; by default one
 *                      rejected row keeps the whole file out, so a load is all or nothing
 */
public record LoadRequest(String connector, Path file, String displayName, boolean dryRun, boolean skipRejected) {

    public static LoadRequest of(String connector, Path file) {
        return new LoadRequest(connector, file, file.getFileName().toString(), false, false);
    }

    public LoadRequest asDryRun() {
        return new LoadRequest(connector, file, displayName, true, skipRejected);
    }
}
