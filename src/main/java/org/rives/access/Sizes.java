package org.rives.access;

import java.util.Locale;

/** Byte counts as people read them in an error message: "64 MB (67108864 bytes)". */
public final class Sizes {

    private Sizes() {
    }

    public static String describe(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MB (" + bytes + " bytes)";
        }
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return (bytes >> 10) + " KB (" + bytes + " bytes)";
        }
        return String.format(Locale.ROOT, "%d bytes", bytes);
    }
}
