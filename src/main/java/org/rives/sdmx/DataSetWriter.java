package org.rives.sdmx;

import java.io.IOException;
import java.util.List;

/**
 * Writes the data sets of a data query, each read from the store and written as it is read: the current
 * figures, or, for {@code updatedAfter}, what changed since and what was withdrawn since.
 */
final class DataSetWriter {

    private final SdmxRepository repository;
    private final AttributeValues attributes;

    DataSetWriter(SdmxRepository repository, AttributeValues attributes) {
        this.repository = repository;
        this.attributes = attributes;
    }

    /** The data sets a request asks for that hold at least one observation; checked before anything is sent. */
    List<DataSetKind> nonEmpty(DataRequest request, Dataflow flow) {
        List<DataSetKind> kinds = request.updatedAfter() == null ? List.of(DataSetKind.CURRENT)
                : List.of(DataSetKind.CHANGED_SINCE, DataSetKind.DELETED_SINCE);
        return kinds.stream().filter(kind -> repository.exists(DataSql.exists(request, flow, kind))).toList();
    }

    void write(DataRequest request, Dataflow flow, List<DataSetKind> kinds, DataWriter writer) throws IOException {
        writer.start(new DataMessage(flow, request.dimensionAtObservation()));
        for (DataSetKind kind : kinds) {
            writer.startDataSet(kind);
            SeriesAssembler assembler = new SeriesAssembler(request, attributes, writer, kind);
            repository.stream(DataSql.select(request, flow, kind), assembler);
            assembler.closeSeries();
            writer.endDataSet();
        }
        writer.finish();
    }
}
