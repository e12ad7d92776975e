package org.rives.connector.jsonstat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rives.connector.FeedFormatException;
import org.rives.testing.RecordingSink;
import org.rives.testing.TestDefinitions;

/**
 * JSON-stat as a broken or hostile file gives it: value arrays that do not fit their cube, sizes that
 * overflow or run to millions, a category listed twice, numbers and strings past every range, nesting
 * without end. Each is refused where it is written, with a reason, and nothing is expanded or held whole.
 */
@Tag("small-heap")
class JsonStatHostileTest {

    /** geo (2) x time (3). */
    private static final String DIMENSIONS = "\"id\":[\"geo\",\"time\"],\"size\":[2,3],\"dimension\":{"
            + "\"geo\":{\"category\":{\"index\":[\"ES\",\"MA\"]}},"
            + "\"time\":{\"category\":{\"index\":[\"2020\",\"2021\",\"2022\"]}}}";

    private static RecordingSink read(String json) throws Exception {
        RecordingSink sink = new RecordingSink();
        new JsonStatFeedReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json",
                TestDefinitions.of("json-stat"), sink);
        return sink;
    }

    private static FeedFormatException refused(String json) {
        return catchThrowableOfType(FeedFormatException.class, () -> read(json));
    }

    private static String where(FeedFormatException e) {
        return e.line() + ":" + e.column() + " " + e.getMessage();
    }

    /** A value array shorter than its dimensions committed silently, the cells shifted. */
    @Test
    void refusesAValueArrayShorterThanItsCube() {
        String expected = "1:10 value holds 5 entries but the dimensions describe 6 cells (geo 2 x time 3); a "
                + "value array gives one entry per cell, in order, so none can be placed with certainty";
        assertThat(where(refused("{\"value\":[1,2,3,4,5],\"class\":\"dataset\"," + DIMENSIONS + "}")))
                .isEqualTo(expected);
        String dimensionsFirst = "{\"class\":\"dataset\"," + DIMENSIONS + ",\"status\":{},\"value\":[1,2,3,4,5]}";
        assertThat(where(refused(dimensionsFirst))).startsWith("1:" + (dimensionsFirst.indexOf("[1,2") + 1)
                + " value holds 5 entries but the dimensions describe 6 cells");
    }

    @Test
    void refusesAValueArrayLongerThanItsCube() {
        assertThat(where(refused("{\"value\":[1,2,3,4,5,6,7],\"class\":\"dataset\"," + DIMENSIONS + "}")))
                .startsWith("1:10 value holds 7 entries but the dimensions describe 6 cells");
        String dimensionsFirst = "{\"class\":\"dataset\"," + DIMENSIONS + ",\"status\":{},\"value\":[1,2,3,4,5,6,7]}";
        assertThat(where(refused(dimensionsFirst))).isEqualTo("1:" + (dimensionsFirst.indexOf(",7]") + 2)
                + " value holds more entries than the 6 cells the dimensions describe (geo 2 x time 3)");
    }

    /** Sizes whose product overflowed a long answered 500. */
    @Test
    void refusesSizesThatMultiplyBeyondCounting() {
        StringJoiner ids = new StringJoiner(",");
        StringJoiner sizes = new StringJoiner(",");
        StringJoiner dimensions = new StringJoiner(",");
        for (int d = 0; d < 16; d++) {
            ids.add("\"d" + d + "\"");
            sizes.add("16");
            StringJoiner codes = new StringJoiner(",");
            for (int c = 0; c < 16; c++) {
                codes.add("\"c" + c + "\"");
            }
            dimensions.add("\"d" + d + "\":{\"category\":{\"index\":[" + codes + "]}}");
        }
        String json = "{\"class\":\"dataset\",\"value\":{},\"id\":[" + ids + ",\"time\"],\"size\":[" + sizes
                + ",1],\"dimension\":{" + dimensions + ",\"time\":{\"category\":{\"index\":[\"2020\"]}}}}";
        assertThat(where(refused(json))).isEqualTo("1:" + (json.indexOf("\"size\":[") + 8) + " size [16, 16, 16, 16, "
                + "16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 1] multiplies to more cells than can be counted "
                + "(9,223,372,036,854,775,807 at most)");
    }

    @Test
    void refusesASizeOfMillionsWhereItIsWritten() {
        String json = "{\"class\":\"dataset\",\"value\":[1,2,3],\"id\":[\"geo\",\"time\"],\"size\":[2000000,3]}";
        assertThat(where(refused(json))).isEqualTo("1:" + (json.indexOf("2000000") + 1) + " size gives a dimension "
                + "2,000,000 categories; a dataset lists at most 100,000 categories in all its dimensions");
    }

    @Test
    void refusesASmallValueArrayForACubeOfAMillionCells() {
        StringJoiner codes = new StringJoiner(",");
        for (int c = 0; c < 1000; c++) {
            codes.add("\"c" + c + "\"");
        }
        String json = "{\"class\":\"dataset\",\"value\":[1,2,3],\"id\":[\"geo\",\"time\"],\"size\":[1000,1000],"
                + "\"dimension\":{\"geo\":{\"category\":{\"index\":[" + codes + "]}},\"time\":{\"category\":{\"index\":["
                + codes + "]}}}}";
        assertThat(where(refused(json))).startsWith("1:" + (json.indexOf("[1,2,3]") + 1) + " value holds 3 entries "
                + "but the dimensions describe "
                + "1,000,000 cells (geo 1000 x time 1000)");
    }

    /** A category listed twice gave two figures for one key. */
    @Test
    void refusesACategoryListedTwice() {
        String twiceInArray = DIMENSIONS.replace("[\"ES\",\"MA\"]", "[\"ES\",\"ES\"]");
        assertThat(where(refused("{\"class\":\"dataset\",\"value\":{}," + twiceInArray + "}")))
                .endsWith(" dimension \"geo\" lists category \"ES\" twice");
        String twiceInObject = DIMENSIONS.replace("[\"ES\",\"MA\"]", "{\"ES\":0,\"ES\":1}");
        assertThat(where(refused("{\"class\":\"dataset\",\"value\":{}," + twiceInObject + "}")))
                .endsWith(" dimension \"geo\" lists category \"ES\" twice");
        String samePosition = DIMENSIONS.replace("[\"ES\",\"MA\"]", "{\"ES\":0,\"MA\":0}");
        assertThat(where(refused("{\"class\":\"dataset\",\"value\":{}," + samePosition + "}")))
                .endsWith(" dimension \"geo\": categories \"ES\" and \"MA\" both have position 0");
    }

    /** {@code 1E999999999} used to be expanded to a billion characters and exhaust the heap. */
    @Test
    void passesANumberOutOfRangeOnUnexpanded() throws Exception {
        RecordingSink sink = read("{\"class\":\"dataset\"," + DIMENSIONS + ",\"value\":{\"0\":1E999999999,\"1\":1e400,"
                + "\"2\":1.5E3}}");
        assertThat(sink.values()).containsExactly("ES 2020=[1E999999999]", "ES 2021=[1e400]", "ES 2022=[1500]");
    }

    @Test
    void refusesNestingWithoutEndWhereTheLimitIsCrossed() {
        String json = "{\"class\":\"dataset\",\"extension\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        // the place is just past the bracket that opens the 65th level (the dataset's object is the first)
        assertThat(where(refused(json))).isEqualTo("1:" + (json.indexOf('[') + 65) + " the JSON goes beyond what Rives "
                + "reads (nesting 64 deep, strings of 4,194,304 characters, names of 50,000, numbers of 1,000): Document "
                + "nesting depth (65) exceeds the maximum allowed (64)");
    }

    @Test
    void refusesAStringOrANumberBeyondTheLimits() {
        String string = "{\"class\":\"dataset\",\"id\":[\"" + "x".repeat(5_000_000) + "\"]}";
        assertThat(refused(string).getMessage()).contains("String value length").contains("exceeds the maximum");
        String number = "{\"class\":\"dataset\"," + DIMENSIONS + ",\"value\":[" + "9".repeat(1001) + "]}";
        assertThat(refused(number).getMessage()).contains("Number value length (1001) exceeds the maximum allowed "
                + "(1000)");
    }
}
