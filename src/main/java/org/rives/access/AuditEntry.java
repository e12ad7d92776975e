package org.rives.access;

import java.time.Instant;

/**
 * One line of the audit: who did what to which connector with which file, and what came of it.
 *
 * @param tokenId  the token's public id (never the token); null for the local command line
 * @param channel  {@code http} or {@code cli}
 * @param remote   the caller's address as the server saw it (the proxy's, unless forwarded headers are trusted)
 * @param action   upload, dry-run, commit, load, cancel
 * @param result   the load's status, or staged, cancelled, forbidden
 * @param loadId   the load this made, if any
 */
public record AuditEntry(Long id, Instant at, String tokenId, String provider, String channel, String remote,
                         String action, String connector, String fileName, String sha256, Long bytes, String result,
                         Integer loadId, String detail) {

    public static AuditEntry of(Caller caller, String remote, String action, String connector, String fileName,
                                String sha256, Long bytes, String result, Integer loadId, String detail) {
        return new AuditEntry(null, Instant.now(), caller == null ? null : caller.tokenId(),
                caller == null ? null : caller.providerId(), caller == null ? "cli" : "http", remote, action,
                connector, fileName, sha256, bytes, result, loadId, detail);
    }

    /** The entry as one log line: fields that come from the caller are quoted. */
    String logLine() {
        return printable("audit: " + (tokenId == null ? "local command line" : "token " + tokenId)
                + (provider == null ? "" : " (" + provider + ")") + (remote == null ? "" : " from " + remote)
                + " " + action + " " + connector + " file=\"" + fileName + "\" sha256=" + sha256 + " bytes=" + bytes
                + " -> " + result + (loadId == null ? "" : " (load " + loadId + ")")
                + (detail == null ? "" : ": " + detail));
    }

    /** Control characters from a file name cannot forge a log line. */
    private static String printable(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }
}
