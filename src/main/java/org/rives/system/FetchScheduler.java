package org.rives.system;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledFuture;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorRegistry;
import org.rives.store.RefreshOptions;
import org.rives.store.RemoteLoads;
import org.rives.store.SourceRefresh;
import org.rives.writes.WriteQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Refreshes each pull connector that declares {@code remote.schedule} on its cron, in the server only and only
 * with {@code rives.fetch.enabled=true}. Every {@code rives.fetch.rescan} it looks at the connector folder: when
 * a connector file was added, removed or edited, the connectors are read again and every refresh rescheduled.
 * One thread runs the refreshes (loads are serialised by the store anyway, and a publisher is never asked twice
 * at once); another looks at the folder, so a long download does not delay a rescan.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty("rives.fetch.enabled")
class FetchScheduler implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(FetchScheduler.class);

    private final ConnectorRegistry connectors;
    private final RemoteLoads remote;
    private final Duration rescan;
    private final ApplicationEventPublisher events;
    private final WriteQueue writes;
    private final Map<String, Scheduled> tasks = new TreeMap<>();
    private ThreadPoolTaskScheduler refreshes;
    private ThreadPoolTaskScheduler watcher;
    private List<String> fingerprint;

    /** A connector's refresh as scheduled. */
    private record Scheduled(String cron, ScheduledFuture<?> future) {
    }

    FetchScheduler(ConnectorRegistry connectors, RemoteLoads remote, FetchProperties properties,
                   ApplicationEventPublisher events, WriteQueue writes) {
        this.connectors = connectors;
        this.remote = remote;
        this.rescan = properties.rescan();
        this.events = events;
        this.writes = writes;
    }

    @Override
    public synchronized void start() {
        refreshes = scheduler("rives-fetch-");
        watcher = scheduler("rives-connectors-");
        fingerprint = ConnectorFiles.fingerprint(connectors.directory());
        schedule();
        // The folder was just read: the first look is one period from now, not at once (an immediate look would
        // race whoever is writing a connector file as the scheduler starts).
        watcher.scheduleWithFixedDelay(this::rescan, Instant.now().plus(rescan), rescan);
    }

    /** Reads the connectors again and reschedules, when their folder changed since the last look. */
    synchronized void rescan() {
        List<String> now = ConnectorFiles.fingerprint(connectors.directory());
        if (now.equals(fingerprint)) {
            return;
        }
        fingerprint = now;
        connectors.reload();
        LOG.info("connector folder changed: {} connectors read again, {} refused; refreshes rescheduled",
                connectors.all().size(), connectors.problems().size());
        cancelAll();
        schedule();
        events.publishEvent(new ConnectorsReloaded(connectors.all().size()));
    }

    /** The cron of each scheduled connector. */
    synchronized Map<String, String> scheduled() {
        Map<String, String> crons = new TreeMap<>();
        tasks.forEach((id, task) -> crons.put(id, task.cron()));
        return crons;
    }

    private void schedule() {
        for (ConnectorDefinition definition : connectors.all()) {
            ConnectorDefinition.Remote r = definition.remote();
            if (r == null || !r.hasEndpoint() || r.schedule() == null) {
                continue;
            }
            if (!CronExpression.isValidExpression(r.schedule())) {
                LOG.error("connector {}: remote.schedule \"{}\" is not a valid cron (six fields: second minute hour "
                        + "day month weekday); not scheduled", definition.id(), r.schedule());
                continue;
            }
            String id = definition.id();
            tasks.put(id, new Scheduled(r.schedule(),
                    refreshes.schedule(() -> refresh(id), new CronTrigger(r.schedule()))));
            LOG.info("connector {}: {} file(s) from {} on \"{}\"", id, r.requests().size(),
                    java.net.URI.create(r.requests().get(0).replaceAll("[{}]", "")).getHost(), r.schedule());
        }
    }

    private void refresh(String connector) {
        try {
            SourceRefresh report = writes.submit(connector, () -> remote.refresh(connector, RefreshOptions.SCHEDULED)).await();
            LOG.info("scheduled refresh of {}", report.summary());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // one failing publisher must not stop the schedule of the others, nor its own next run
            LOG.error("scheduled refresh of {} failed: {}", connector, e.getMessage(), e);
        }
    }

    private void cancelAll() {
        tasks.values().forEach(task -> task.future().cancel(false));
        tasks.clear();
    }

    private static ThreadPoolTaskScheduler scheduler(String prefix) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix(prefix);
        scheduler.initialize();
        return scheduler;
    }

    @Override
    public synchronized void stop() {
        cancelAll();
        for (ThreadPoolTaskScheduler scheduler : new ThreadPoolTaskScheduler[] {refreshes, watcher}) {
            if (scheduler != null) {
                scheduler.shutdown();
            }
        }
        refreshes = null;
        watcher = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return refreshes != null;
    }
}
