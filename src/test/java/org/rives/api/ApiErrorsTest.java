package org.rives.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rives.error.ErrorCategory;
import org.rives.error.ErrorCode;
import org.rives.error.ParameterException;
import org.rives.error.RivesException;
import org.rives.store.StoreException;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The one mapping from error codes to problems: the category decides the status class, and an error
 * that is not the caller's (a broken catalogue, a store failure, a bug) is never answered with a 4xx.
 */
class ApiErrorsTest {

    private final ApiErrors errors = new ApiErrors(new StandardEnvironment());

    private static ProblemDetail body(ResponseEntity<Object> response) {
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        return (ProblemDetail) response.getBody();
    }

    @Test
    void everyCodeHasAStatusOfItsCategory() {
        for (ErrorCode code : ErrorCode.values()) {
            int status = code.status();
            switch (code.category()) {
                case CALLER -> assertThat(status).as(code.name()).isBetween(400, 499);
                case PUBLISHER -> assertThat(status).as(code.name()).isIn(422, 502);
                case INTERNAL -> assertThat(status).as(code.name()).isBetween(500, 599);
                default -> throw new AssertionError(code);
            }
            assertThat(code.type()).startsWith("urn:rives:problem:").doesNotContain("_");
        }
    }

    @Test
    void aParameterProblemNamesTheParameterAndWhatItAccepts() {
        ProblemDetail problem = body(errors.parameter(ParameterException.invalid("freq", List.of("A", "Q", "M"),
                "freq must be A (annual), Q (quarterly) or M (monthly)")));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getTitle()).isEqualTo("Invalid parameter");
        assertThat(problem.getType()).hasToString("urn:rives:problem:parameter-invalid");
        assertThat(problem.getDetail()).isEqualTo("freq must be A (annual), Q (quarterly) or M (monthly)");
        assertThat(problem.getProperties()).containsAllEntriesOf(Map.of("code", "PARAMETER_INVALID",
                "parameter", "freq", "accepted", List.of("A", "Q", "M")));
    }

    @Test
    void aMisconfigurationIsTheServersFaultNotTheCallers() {
        ProblemDetail configuration = body(errors.rives(new RivesException(ErrorCode.CONFIGURATION_INVALID,
                "comparability grade \"good\" is not one of comparable, caveats, not_comparable")));
        assertThat(configuration.getStatus()).isEqualTo(500);
        assertThat(ErrorCode.CONFIGURATION_INVALID.category()).isEqualTo(ErrorCategory.INTERNAL);

        // An IllegalArgumentException is not a caller's mistake unless raised as one: it is a 500, in a sentence.
        ProblemDetail unclassified = body(errors.internal(new IllegalArgumentException("not a catalogue area: XX")));
        assertThat(unclassified.getStatus()).isEqualTo(500);
        assertThat(unclassified.getProperties()).containsEntry("code", "INTERNAL_ERROR");
        assertThat(unclassified.getDetail()).doesNotContain("XX", "IllegalArgument");
    }

    @Test
    void aStoreFailureIsInternal() {
        ProblemDetail store = body(errors.rives(new StoreException("cannot read loads: connection closed")));

        assertThat(store.getStatus()).isEqualTo(500);
        assertThat(store.getProperties()).containsEntry("code", "STORE_FAILURE");
        assertThat(store.getDetail()).contains("under reference").doesNotContain("connection closed");
    }

    @Test
    void aBusyServerAsksTheCallerToComeBack() {
        ResponseEntity<Object> response = errors.rives(new RivesException(ErrorCode.SERVER_BUSY,
                "the server is writing 2 Parquet downloads already; try again in a minute"));

        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("60");
        ProblemDetail busy = body(response);
        assertThat(busy.getStatus()).isEqualTo(503);
        assertThat(busy.getProperties()).containsEntry("code", "SERVER_BUSY");
    }
}
