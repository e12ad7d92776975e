package org.rives.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.rives.store.Database;
import org.rives.store.LoadPhase;
import org.rives.testing.LargeWdiFile;

/**
 * {@code bench/crash.sh}: kills a load with {@code kill -9} at random moments and checks the store after
 * each kill ({@link CrashCheck}). The store already holds a vintage; the load revises all of it and adds
 * as much again, so that it reads, stages, merges and commits for long enough to be hit in each phase.
 * Kill i aims at step i mod 6 (archiving, reading, staging, merging, committing, and closing the store
 * after the commit, when DuckDB checkpoints) at a random moment within that step's length, and records
 * where it really landed. A step's length is the shortest seen so far (in an uninterrupted reference
 * load, then in every run that got past it), so that on a busy machine a kill still lands in the step
 * it aims at. Not a test.
 */
public final class CrashBench {

    /** The steps a kill aims at: the load's phases, then LOADED, when the process closes the store. */
    private static final List<String> TARGETS = List.of(LoadPhase.ARCHIVING.name(), LoadPhase.READING.name(),
            LoadPhase.STAGING.name(), LoadPhase.MERGING.name(), LoadPhase.COMMITTING.name(), "LOADED");

    private final Path repo;
    private final Path work;
    private final Map<String, Long> phaseNanos = new LinkedHashMap<>();
    private final Map<String, Integer> landed = new LinkedHashMap<>();
    private final Map<String, Integer> loadStates = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private int partialCopies;
    private int notClean;
    private int runsAgain;

    private CrashBench(Path repo) {
        this.repo = repo;
        this.work = repo.resolve("bench/work/crash");
    }

    public static void main(String[] args) throws Exception {
        int kills = Integer.getInteger("crash.kills", 100);
        CrashBench bench = new CrashBench(Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath());
        bench.run(kills, Integer.getInteger("crash.baseYears", 300), Integer.getInteger("crash.loadYears", 600),
                new SplittableRandom(Long.getLong("crash.seed", 20261201L)));
    }

    private void run(int kills, int baseYears, int loadYears, SplittableRandom random) throws Exception {
        Path base = BenchFiles.fresh(work.resolve("base"));
        Path baseFile = LargeWdiFile.write(work.resolve("base.csv"), baseYears, 1);
        Path file = LargeWdiFile.write(work.resolve("load.csv"), loadYears, 1.25);
        if (LoadProcess.start(repo, base, baseFile).waitFor(30) != 0) {
            throw new IllegalStateException("the base load failed");
        }
        StoreFingerprint before;
        try (Database database = new Database(base.resolve("rives.duckdb"), 1)) {
            before = CrashCheck.fingerprint(database);
        }
        StoreFingerprint after = reference(base, file);
        System.out.printf("store before: %s; after the load: %s%n", before.observations(), after.observations());
        CrashCheck check = new CrashCheck(repo, before, after);
        int done = 0;
        for (int attempt = 0; done < kills && attempt < 2 * kills; attempt++) {
            if (killOnce(done, kills, base, file, check, random)) {
                done++;
            }
        }
        summary(done);
    }

    /** Runs the load to its end on a copy of the base store: the phases' lengths and the store it leaves. */
    private StoreFingerprint reference(Path base, Path file) throws Exception {
        Path store = copyOf(base, "reference");
        LoadProcess load = LoadProcess.start(repo, store, file);
        if (load.waitFor(30) != 0 || !load.announced().containsKey("CLOSED")) {
            throw new IllegalStateException("the reference load failed: " + load.last());
        }
        List<Map.Entry<String, Long>> steps = new ArrayList<>(load.announced().entrySet());
        StringBuilder line = new StringBuilder("reference load, not killed:");
        for (int i = 1; i + 1 < steps.size(); i++) {
            long nanos = steps.get(i + 1).getValue() - steps.get(i).getValue();
            phaseNanos.put(steps.get(i).getKey(), nanos);
            String step = steps.get(i).getKey().equals("LOADED") ? "closing" : steps.get(i).getKey().toLowerCase();
            line.append(String.format(" %s %.2f s,", step, nanos / 1e9));
        }
        System.out.println(line.substring(0, line.length() - 1) + " (from the announcement of each step to the next's)");
        try (Database database = new Database(store.resolve("rives.duckdb"), 1)) {
            return CrashCheck.fingerprint(database);
        }
    }

    /** One kill; false when the load finished before the moment drawn, so that no kill was made. */
    private boolean killOnce(int done, int kills, Path base, Path file, CrashCheck check, SplittableRandom random)
            throws Exception {
        String target = TARGETS.get(done % TARGETS.size());
        long offset = random.nextLong(Math.max(1, phaseNanos.get(target)));
        Path store = copyOf(base, "run");
        LoadProcess load = LoadProcess.start(repo, store, file);
        if (!load.await(target, TimeUnit.MINUTES.toMillis(10))) {
            throw new IllegalStateException("the load never reached " + target + ": " + load.last());
        }
        LockSupport.parkNanos(offset);
        String at = load.last();
        if (!load.isAlive()) {
            return false;
        }
        load.killNine();
        learnLengths(load.announced());
        String where = at.equals("LOADED") ? "CLOSING" : at.equals("COMMITTED") ? "COMMITTED" : at;
        CrashCheck.Outcome outcome = check.check(store, file, done % 10 == 9);
        landed.merge(where, 1, Integer::sum);
        loadStates.merge(outcome.load(), 1, Integer::sum);
        partialCopies += outcome.partialCopies() > 0 ? 1 : 0;
        runsAgain += done % 10 == 9 ? 1 : 0;
        outcome.problems().forEach(problem -> failures.add("kill " + (done + 1) + " (" + where + "): " + problem));
        notClean += outcome.problems().isEmpty() ? 0 : 1;
        System.out.printf("%3d/%d kill -9 %5d ms into %-10s landed in %-10s load %-6s %s%s%n", done + 1, kills,
                offset / 1_000_000, target.equals("LOADED") ? "CLOSING" : target, where, outcome.load(), outcome.partialCopies() > 0
                        ? "partial copy removed on reopening; " : "", outcome.problems().isEmpty() ? "clean" : "NOT CLEAN");
        return true;
    }

    /** Shortens each step's length to what this run took, where it got past that step. */
    private void learnLengths(Map<String, Long> announced) {
        List<Map.Entry<String, Long>> steps = new ArrayList<>(announced.entrySet());
        for (int i = 0; i + 1 < steps.size(); i++) {
            long took = steps.get(i + 1).getValue() - steps.get(i).getValue();
            phaseNanos.computeIfPresent(steps.get(i).getKey(), (step, nanos) -> Math.min(nanos, took));
        }
    }

    private void summary(int kills) {
        int clean = kills - notClean;
        System.out.println();
        System.out.printf("%d of %d clean: the store opens, the load is wholly there or wholly absent%n", clean, kills);
        System.out.println("kills by the phase they landed in: " + landed);
        System.out.println("the load after the kill: " + loadStates + "; " + partialCopies + " kills left a partial "
                + "archive copy, removed when the store opened again; " + runsAgain + " loads run again after a kill "
                + "were checked against the uninterrupted load");
        failures.forEach(failure -> System.out.println("  " + failure));
    }

    private Path copyOf(Path base, String name) throws Exception {
        Path store = BenchFiles.fresh(work.resolve(name));
        Files.copy(base.resolve("rives.duckdb"), store.resolve("rives.duckdb"));
        return store;
    }
}
