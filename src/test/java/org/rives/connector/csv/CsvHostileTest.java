package org.rives.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rives.connector.FeedFormatException;
import org.rives.testing.GeneratedInput;
import org.rives.testing.RecordingSink;
import org.rives.testing.TestDefinitions;

/**
 * Delimited text as it arrives broken: NUL bytes, UTF-16 with and without its byte-order mark, a Latin-1
 * byte deep in a UTF-8 file, a field of a megabyte, a quote left open before a long rest of file.
 */
@Tag("small-heap")
class CsvHostileTest {

    private static final Map<String, ?> WIDE = Map.of("layout", "wide", "periodHeader", "(\\d{4})");

    private static RecordingSink read(InputStream input) throws Exception {
        RecordingSink sink = new RecordingSink();
        new CsvFeedReader().read(input, "t.csv", TestDefinitions.of("csv", WIDE), sink);
        return sink;
    }

    private static RecordingSink read(byte[] bytes) throws Exception {
        return read(new ByteArrayInputStream(bytes));
    }

    private static String refused(byte[] bytes) {
        FeedFormatException e = catchThrowableOfType(FeedFormatException.class, () -> read(bytes));
        return e.line() + ":" + e.column() + " " + e.getMessage();
    }

    @Test
    void refusesANulByteWhereItIs() {
        assertThat(refused("Country,2020\nMA,1\nES,2\u0000\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("3:5 the file holds a NUL character (byte 0), which no text file does; a file with a NUL "
                        + "after every letter is UTF-16 without its byte-order mark: save it as UTF-8");
    }

    @Test
    void readsUtf16ByItsByteOrderMarkWhateverTheConnectorSays() throws Exception {
        String text = "\uFEFFCountry,2020\nMA,1\nES,2\n";
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            assertThat(read(text.getBytes(charset)).values()).as(charset.name())
                    .containsExactly("MA 2020=[1]", "ES 2020=[2]");
        }
    }

    @Test
    void refusesUtf16WithoutItsByteOrderMarkAtItsFirstNul() {
        assertThat(refused("Country,2020\nMA,1\n".getBytes(StandardCharsets.UTF_16LE))).startsWith("1:2 the file holds "
                + "a NUL character");
    }

    @Test
    void locatesALatin1ByteDeepInAUtf8File() {
        StringBuilder file = new StringBuilder("Country,2020\n");
        for (int i = 2; i < 5000; i++) {
            file.append("MA,").append(i).append('\n');
        }
        file.append("C\u00f4te d'Ivoire,1\n");
        assertThat(refused(file.toString().getBytes(StandardCharsets.ISO_8859_1))).startsWith("5000:2 bytes are not "
                + "valid UTF-8");
    }

    @Test
    void readsAFieldOfAMegabyteAndHandsItOverWhole() throws Exception {
        String field = "7".repeat(1 << 20);
        RecordingSink sink = read(("Country,2020\nMA,\"" + field + "\"\n").getBytes(StandardCharsets.UTF_8));
        assertThat(sink.cells).singleElement().satisfies(cell -> assertThat(cell).hasSize((1 << 20) + 14));
    }

    /** An open quote used to make the rest of the file one field, in memory. */
    @Test
    void refusesARecordThatNeverEndsWithoutHoldingTheRestOfTheFile() {
        InputStream file = new SequenceInputStream(new ByteArrayInputStream(
                "Country,2020\nMA,1\nES,\"2\n".getBytes(StandardCharsets.UTF_8)),
                new GeneratedInput("", "FR,3\n", 40_000_000, ""));
        FeedFormatException e = catchThrowableOfType(FeedFormatException.class, () -> read(file));
        assertThat(e.line() + ":" + e.column() + " " + e.getMessage()).isEqualTo("3:1 the record starting here runs "
                + "past 4,194,304 characters without ending, more than Rives reads in one record: is a quote left open?");
    }
}
