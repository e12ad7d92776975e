package org.rives.store;

import java.util.List;
import java.util.Objects;

/**
 * What a refresh did for one source: one {@link FetchReport} per file of its remote, and their sum in one
 * outcome: {@code failed} if any file failed (to fetch or to load), else {@code committed} if any file made
 * a new vintage, {@code fetched} for a dry run, {@code not modified} if the publisher answered 304 for every
 * file, and {@code unchanged} otherwise (the bytes were already loaded).
 */
public record SourceRefresh(String connector, List<FetchReport> parts) {

    public static final String FAILED = "failed";
    public static final String COMMITTED = "committed";
    public static final String FETCHED = "fetched";
    public static final String NOT_MODIFIED = "not modified";
    public static final String UNCHANGED = "unchanged";
    /** A conditional GET's answer; an {@code updatedAfter} query that found nothing answers 404 instead. */
    private static final int NOT_MODIFIED_STATUS = 304;

    public SourceRefresh {
        parts = List.copyOf(parts);
    }

    public String outcome() {
        if (parts.stream().anyMatch(p -> !p.succeeded())) {
            return FAILED;
        }
        if (anyLoad(LoadReport.COMMITTED)) {
            return COMMITTED;
        }
        if (anyLoad(LoadReport.VALIDATED)) {
            return FETCHED;
        }
        return parts.stream().allMatch(p -> p.load() == null) ? NOT_MODIFIED : UNCHANGED;
    }

    public boolean succeeded() {
        return !FAILED.equals(outcome());
    }

    /** The source's line in a refresh report. */
    public String summary() {
        String outcome = outcome();
        String files = parts.size() == 1 ? "" : " (" + parts.size() + " files)";
        return switch (outcome) {
            case FAILED -> connector + ": failed" + files + ": " + failure();
            case NOT_MODIFIED -> parts.stream().allMatch(p -> p.httpStatus() == NOT_MODIFIED_STATUS)
                    ? connector + ": not modified (HTTP 304" + (parts.size() == 1 ? "" : ", " + parts.size() + " files")
                    + ")" : connector + ": not modified" + files + ": " + parts.get(0).message();
            case UNCHANGED -> connector + ": unchanged" + files + ": the bytes were already loaded";
            default -> connector + ": " + outcome + files + ": " + counts();
        };
    }

    private boolean anyLoad(LoadReport.Status status) {
        return parts.stream().anyMatch(p -> p.load() != null && p.load().status() == status);
    }

    private String failure() {
        FetchReport failed = parts.stream().filter(p -> !p.succeeded()).findFirst().orElseThrow();
        String where = parts.size() == 1 ? "" : "file " + (parts.indexOf(failed) + 1) + " of " + parts.size() + ", ";
        String reason = failed.load() == null ? failed.message()
                : "the load was " + failed.load().status() + ": " + failed.load().message();
        return where + failed.url() + ": " + reason;
    }

    private String counts() {
        List<LoadReport> loads = parts.stream().map(FetchReport::load).filter(Objects::nonNull).toList();
        long added = loads.stream().mapToLong(l -> l.changes().added()).sum();
        long revised = loads.stream().mapToLong(l -> l.changes().revised()).sum();
        long withdrawn = loads.stream().mapToLong(l -> l.changes().withdrawn()).sum();
        long unchanged = loads.stream().mapToLong(l -> l.changes().unchanged()).sum();
        List<Integer> ids = loads.stream().map(LoadReport::loadId).filter(Objects::nonNull).toList();
        String vintages = ids.isEmpty() ? "" : ids.size() == 1 ? " (load " + ids.get(0) + ")"
                : " (loads " + ids.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("") + ")";
        return added + " new, " + revised + " revised, " + withdrawn + " withdrawn, " + unchanged + " unchanged"
                + vintages;
    }
}
