package org.rives.cli;

import java.time.Clock;
import java.util.concurrent.Callable;

import org.rives.access.AccessAdmin;
import org.rives.access.AccessFile;

import picocli.CommandLine;
import picocli.CommandLine.ParentCommand;

/**
 * What {@code rives provider} and {@code rives token} share: run bare, they print their usage; their
 * subcommands work on the access file beside the store, whether or not a server runs.
 */
abstract class AccessCommandGroup implements Callable<Integer> {

    @ParentCommand
    RivesCommand parent;

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    AccessFile accessFile() {
        return parent.settingsOnly().access();
    }

    AccessAdmin admin() {
        return new AccessAdmin(accessFile(), Clock.systemUTC());
    }
}
