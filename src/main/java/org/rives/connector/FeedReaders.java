package org.rives.connector;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * The wire formats this installation reads, by the {@code format} name connectors use, as found on the
 * class path by {@link ServiceLoader} (see {@link FeedReader}): a format is added by adding its package
 * and its service entry, never by editing a list. A reader that cannot be loaded, or that claims a
 * format another reader already has, is set aside with a problem; the others load.
 */
public final class FeedReaders {

    private static final System.Logger LOG = System.getLogger(FeedReaders.class.getName());

    private final Map<String, FeedReader> byFormat = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();

    public FeedReaders(List<FeedReader> readers) {
        readers.forEach(this::add);
    }

    /** Every reader registered on the class path, loaded once per class loader. */
    public static FeedReaders discovered() {
        return Discovered.READERS;
    }

    private static final class Discovered {
        static final FeedReaders READERS = load();
    }

    private static FeedReaders load() {
        List<FeedReader> found = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        ServiceLoader.load(FeedReader.class, FeedReader.class.getClassLoader()).stream()
                .sorted(Comparator.comparing(provider -> provider.type().getName()))
                .forEach(provider -> {
                    try {
                        found.add(provider.get());
                    } catch (ServiceConfigurationError | RuntimeException e) {
                        failures.add("reader " + provider.type().getName() + " cannot be loaded: " + e.getMessage());
                    }
                });
        FeedReaders readers = new FeedReaders(found);
        readers.problems.addAll(0, failures);
        readers.problems.forEach(problem -> LOG.log(System.Logger.Level.WARNING, problem));
        return readers;
    }

    private void add(FeedReader reader) {
        FeedReader other = byFormat.putIfAbsent(reader.format(), reader);
        if (other != null) {
            problems.add("readers " + other.getClass().getName() + " and " + reader.getClass().getName()
                    + " both read format " + reader.format() + "; the first is used");
        }
    }

    public Optional<FeedReader> forFormat(String format) {
        return Optional.ofNullable(byFormat.get(format));
    }

    public Set<String> formats() {
        return byFormat.keySet();
    }

    public Collection<FeedReader> all() {
        return byFormat.values();
    }

    /** Readers that were set aside, and why. */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
