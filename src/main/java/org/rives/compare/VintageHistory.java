package org.rives.compare;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.rives.store.Change;
import org.rives.store.RevisionQueries;
import org.rives.store.Vintage;

/**
 * The history of figures across loads, as the follow-up committee reads it: every vintage of one
 * figure with the loads that withdrew it, and what loads since a date added, revised or withdrew.
 */
public final class VintageHistory {

    /** At most this many changes are listed; {@link Changes#truncated()} says when there were more. */
    public static final int MAX_CHANGES = 100_000;

    private final RevisionQueries queries;

    public VintageHistory(RevisionQueries queries) {
        this.queries = queries;
    }

    /** {@code withdrawnBy}: the loads that removed the figure without giving a new value. */
    public record Revisions(String indicator, String area, String period, Instant asOf, List<Vintage> vintages,
                            List<Integer> withdrawnBy) {
    }

    /** {@code counts}: how many changes of each kind are listed. */
    public record Changes(Instant since, Instant until, Map<Change.Kind, Integer> counts, List<Change> changes,
                          boolean truncated) {
    }

    public Revisions revisions(RevisionQueries.Figure figure, Instant asOf) {
        List<Vintage> vintages = queries.vintages(figure, asOf);
        return new Revisions(figure.indicator(), figure.area(), figure.period(), asOf, vintages, withdrawnBy(vintages));
    }

    /** What loads committed in [since, until) did; null indicator, source or until mean any and now. */
    public Changes changes(Instant since, Instant until, String indicator, String source) {
        List<Change> changes = queries.changes(since, until, indicator, source, MAX_CHANGES + 1);
        boolean truncated = changes.size() > MAX_CHANGES;
        List<Change> shown = truncated ? changes.subList(0, MAX_CHANGES) : changes;
        return new Changes(since, until, counts(shown), shown, truncated);
    }

    static Map<Change.Kind, Integer> counts(List<Change> changes) {
        Map<Change.Kind, Integer> counts = new EnumMap<>(Change.Kind.class);
        for (Change.Kind kind : Change.Kind.values()) {
            counts.put(kind, 0);
        }
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return counts;
    }

    /** Loads that superseded a vintage without bringing a new value for the same series. */
    static List<Integer> withdrawnBy(List<Vintage> vintages) {
        List<Integer> withdrawnBy = new ArrayList<>();
        for (Vintage v : vintages) {
            boolean replaced = vintages.stream().anyMatch(o -> v.supersededBy() != null
                    && o.loadId() == v.supersededBy() && sameSeries(o, v));
            if (v.supersededBy() != null && !replaced) {
                withdrawnBy.add(v.supersededBy());
            }
        }
        return withdrawnBy;
    }

    private static boolean sameSeries(Vintage a, Vintage b) {
        return a.source().equals(b.source()) && a.counterpartArea().equals(b.counterpartArea())
                && a.sex().equals(b.sex()) && a.age().equals(b.age()) && a.breakdown().equals(b.breakdown())
                && a.freq().equals(b.freq());
    }
}
