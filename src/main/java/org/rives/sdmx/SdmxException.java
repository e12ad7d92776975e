package org.rives.sdmx;

/** A request the SDMX service answers with an error message: its category and what went wrong, in words. */
final class SdmxException extends RuntimeException {

    private final SdmxError error;

    SdmxException(SdmxError error, String message) {
        super(message);
        this.error = error;
    }

    SdmxError error() {
        return error;
    }

    static SdmxException syntax(String message) {
        return new SdmxException(SdmxError.SYNTAX, message);
    }

    static SdmxException semantic(String message) {
        return new SdmxException(SdmxError.SEMANTIC, message);
    }

    static SdmxException noResults(String message) {
        return new SdmxException(SdmxError.NO_RESULTS, message);
    }

    static SdmxException notImplemented(String message) {
        return new SdmxException(SdmxError.NOT_IMPLEMENTED, message);
    }

    static SdmxException notAcceptable(String message) {
        return new SdmxException(SdmxError.NOT_ACCEPTABLE, message);
    }
}
