package org.rives.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The format of an answer is the one the client asked for, or none: 406, never another format instead. */
class NegotiationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "|GENERIC|false", "*/*|GENERIC|false", "application/xml|GENERIC|false",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|GENERIC|false",
            "application/vnd.sdmx.genericdata+xml;version=2.1|GENERIC|false",
            "application/vnd.sdmx.structurespecificdata+xml;version=2.1|STRUCTURE_SPECIFIC|false",
            "application/vnd.sdmx.data+json;version=1.0.0|JSON|false",
            "application/vnd.sdmx.data+csv;version=1.0.0|CSV_1|false",
            "application/vnd.sdmx.data+csv;version=1.0.0;labels=both|CSV_1|true",
            "application/vnd.sdmx.data+csv;version=2.0.0|CSV_2|false", "text/csv|CSV_1|false",
            "application/vnd.sdmx.data+json;version=2.0.0;q=1, "
                    + "application/vnd.sdmx.data+csv;version=1.0.0;q=0.5|CSV_1|false"})
    void choosesTheFormatAskedFor(String accept, DataFormat format, boolean labels) {
        assertThat(Negotiation.data(accept)).isEqualTo(new Negotiation.DataChoice(format, labels));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/vnd.sdmx.data+json;version=2.0.0", "text/html",
            "application/vnd.sdmx.genericdata+xml;version=2.0",
            "application/vnd.sdmx.data+csv;version=1.0.0;timeFormat=normalized",
            "application/vnd.sdmx.generictimeseriesdata+xml;version=2.1", "application/xml;q=0"})
    void answers406RatherThanAnotherFormat(String accept) {
        assertThatThrownBy(() -> Negotiation.data(accept)).isInstanceOfSatisfying(SdmxException.class,
                e -> assertThat(e.error()).isEqualTo(SdmxError.NOT_ACCEPTABLE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/vnd.sdmx.structure+json;version=1.0.0", "text/csv"})
    void structuresComeAsSdmxMlOnly(String accept) {
        assertThatThrownBy(() -> Negotiation.structure(accept)).isInstanceOf(SdmxException.class);
    }
}
