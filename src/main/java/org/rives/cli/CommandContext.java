package org.rives.cli;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application's context for a command: the server's wiring without its web layer. The
 * command line declares what it needs and the wiring ({@code org.rives.system}) provides it, found
 * through {@link java.util.ServiceLoader}, so that the command line does not depend on the layer above it.
 */
public interface CommandContext {

    /** The context, started with these settings ({@code --rives.db=…}); the caller closes it. */
    ConfigurableApplicationContext start(List<String> settings);

    /** Only the settings, resolved with these ({@code --rives.db=…}) as {@link #start} would, the store left closed. */
    CliSettings settings(List<String> settings);
}
