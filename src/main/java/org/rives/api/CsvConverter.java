package org.rives.api;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes the answers that have a {@link CsvForm} as CSV (RFC 4180, UTF-8, a header row) in one media
 * type: {@code text/csv}, or SDMX-CSV for the observations. Chosen by content negotiation, so that
 * {@code Accept} (with its q-values) and {@code format=} decide, and rows stream to the response.
 */
final class CsvConverter extends AbstractHttpMessageConverter<Object> {

    private static final CsvMapper MAPPER = new CsvMapper();

    private final Map<Class<?>, CsvForm<?>> forms = new LinkedHashMap<>();

    CsvConverter(MediaType type, List<CsvForm<?>> forms) {
        super(StandardCharsets.UTF_8, type);
        forms.forEach(form -> this.forms.put(form.type(), form));
    }

    @Override
    protected boolean supports(Class<?> type) {
        return forms.containsKey(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("Rives reads no CSV request bodies", input);
    }

    @Override
    protected void writeInternal(Object answer, HttpOutputMessage output) throws IOException {
        write(forms.get(answer.getClass()), answer, output);
    }

    private static <T> void write(CsvForm<T> form, Object value, HttpOutputMessage output) throws IOException {
        T answer = form.type().cast(value);
        output.getHeaders().setContentDisposition(ContentDisposition.inline().filename(form.fileName(answer)).build());
        CsvDialect dialect = form.dialect(answer);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setColumnSeparator(dialect.separator());
        form.columns(answer).forEach(schema::addColumn);
        Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        if (dialect.byteOrderMark()) {
            writer.write('\uFEFF');
        }
        try (SequenceWriter rows = MAPPER.writer(schema.build()).writeValues(writer)) {
            form.rows(answer, row -> rows.write(CsvFormulaGuard.row(row)));
        }
    }
}
