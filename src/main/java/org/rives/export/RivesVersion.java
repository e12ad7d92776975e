package org.rives.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, from the build information Maven writes into the jar. */
public final class RivesVersion {

    private RivesVersion() {
    }

    public static String current() {
        try (InputStream in = RivesVersion.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in != null) {
                Properties info = new Properties();
                info.load(in);
                return info.getProperty("build.version", "unknown");
            }
        } catch (IOException e) {
            // unreadable build information: the version is unknown, the export is still right
        }
        String fromJar = RivesVersion.class.getPackage().getImplementationVersion();
        return fromJar == null ? "unknown" : fromJar;
    }
}
