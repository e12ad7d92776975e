package org.rives.bench;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.rives.store.LoadListener;
import org.rives.store.LoadPhase;
import org.rives.store.LoadReport;

/** Wall time between the phases a load enters, so a bench run says where its time goes. */
final class PhaseClock implements LoadListener {

    private final Map<LoadPhase, Long> entered = new EnumMap<>(LoadPhase.class);

    @Override
    public void loaded(LoadReport report) {
        // the report is the bench's own business; only the phases are timed here
    }

    @Override
    public void entered(String connector, LoadPhase phase) {
        entered.put(phase, System.nanoTime());
    }

    /** Seconds from each phase to the next one entered, e.g. {@code reading 1.20 s, staging 0.10 s}. */
    String describe() {
        LoadPhase[] phases = entered.keySet().toArray(LoadPhase[]::new);
        return IntStream.range(0, phases.length - 1)
                .mapToObj(i -> String.format("%s %.2f s", phases[i].name().toLowerCase(Locale.ROOT),
                        (entered.get(phases[i + 1]) - entered.get(phases[i])) / 1e9))
                .collect(Collectors.joining(", "));
    }
}
