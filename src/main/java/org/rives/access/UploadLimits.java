package org.rives.access;

import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/** The upload size limits of this server, from {@code spring.servlet.multipart.*}, in words. */
public final class UploadLimits {

    private UploadLimits() {
    }

    public static long maxFileBytes(Environment environment) {
        return DataSize.parse(environment.getProperty("spring.servlet.multipart.max-file-size", "64MB")).toBytes();
    }

    public static long maxRequestBytes(Environment environment) {
        return DataSize.parse(environment.getProperty("spring.servlet.multipart.max-request-size", "65MB")).toBytes();
    }

    /** "a file of 64 MB (67108864 bytes) at most, a whole request of 65 MB (…) at most". */
    public static String describe(Environment environment) {
        return "a file of " + Sizes.describe(maxFileBytes(environment)) + " at most, a whole request of "
                + Sizes.describe(maxRequestBytes(environment)) + " at most (spring.servlet.multipart.max-file-size, "
                + "max-request-size)";
    }
}
