package org.rives.cache;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import org.rives.store.LastCommit;
import org.rives.store.LoadListener;
import org.rives.store.LoadReport;

/**
 * Keeps the {@link StoreVersion} the served answers are computed from. Every load goes through the one
 * load service, which tells its listeners when it finishes: the version is read again from the store
 * then, and a commit (a new last committed load id) empties the cache. A re-read of the connector folder
 * moves the generation instead, since a table's sources and precedence come from the connectors.
 */
public final class StoreVersions implements LoadListener {

    private final Supplier<LastCommit> lastCommit;
    private final TableCache cache;
    private final Clock clock;
    private final String started;
    private int rereads;
    private volatile StoreVersion current;

    public StoreVersions(Supplier<LastCommit> lastCommit, TableCache cache, Clock clock) {
        this.lastCommit = lastCommit;
        this.cache = cache;
        this.clock = clock;
        Instant now = clock.instant();
        this.started = Long.toString(now.toEpochMilli(), Character.MAX_RADIX);
        this.current = version(lastCommit.get(), now);
    }

    public StoreVersion current() {
        return current;
    }

    @Override
    public synchronized void loaded(LoadReport report) {
        LastCommit commit = lastCommit.get();
        if (commit.loadId() != current.loadId()) {
            current = version(commit, current.lastModified());
            cache.clear();
        }
    }

    /** The connector definitions were read again: answers computed before may name other sources. */
    public synchronized void definitionsChanged() {
        rereads++;
        current = version(lastCommit.get(), clock.instant());
        cache.clear();
    }

    private StoreVersion version(LastCommit commit, Instant definitionsRead) {
        Instant modified = commit.finishedAt().isAfter(definitionsRead) ? commit.finishedAt() : definitionsRead;
        return new StoreVersion(commit.loadId(), modified, started + (rereads == 0 ? "" : "." + rereads));
    }
}
