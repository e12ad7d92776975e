package org.rives.error;

import java.util.Collection;
import java.util.List;

/**
 * A request parameter that is unknown, missing, malformed or out of range, or two that do not go
 * together. It names the parameter and the values it accepts (literal values where they are few, else
 * their forms, such as {@code YYYY-MM}), and says so in the words of the statistics, not of Java.
 */
public final class ParameterException extends RivesException {

    private final String parameter;
    private final List<String> accepted;

    private ParameterException(ErrorCode code, String parameter, Collection<String> accepted, String message) {
        super(code, message);
        this.parameter = parameter;
        this.accepted = List.copyOf(accepted);
    }

    /** A parameter name the endpoint does not have; {@code known} are the names it has. */
    public static ParameterException unknown(String parameter, Collection<String> known) {
        return new ParameterException(ErrorCode.PARAMETER_UNKNOWN, parameter, known, "unknown parameter \""
                + parameter + "\"; this endpoint takes " + String.join(", ", known));
    }

    public static ParameterException missing(String parameter, Collection<String> accepted, String message) {
        return new ParameterException(ErrorCode.PARAMETER_MISSING, parameter, accepted, message);
    }

    public static ParameterException invalid(String parameter, Collection<String> accepted, String message) {
        return new ParameterException(ErrorCode.PARAMETER_INVALID, parameter, accepted, message);
    }

    /** A parameter that is valid alone but not beside another; {@code parameter} is the one to change. */
    public static ParameterException conflict(String parameter, Collection<String> accepted, String message) {
        return new ParameterException(ErrorCode.PARAMETER_CONFLICT, parameter, accepted, message);
    }

    public String parameter() {
        return parameter;
    }

    public List<String> accepted() {
        return accepted;
    }
}
