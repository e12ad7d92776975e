package org.rives.sdmx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Data queries: {@code /sdmx/v2.1/data/{flowRef}/{key}/{providerRef}} with the standard's parameters,
 * in the format the Accept header asks for. The request is checked and the existence of results
 * established before the first byte is sent; then the data sets are written while the store is read.
 */
@RestController
class DataController extends SdmxEndpoint {

    private final ArtefactFactory artefacts;
    private final DataSetWriter dataSets;

    DataController(ArtefactFactory artefacts, SdmxRepository repository, AttributeValues attributes) {
        this.artefacts = artefacts;
        this.dataSets = new DataSetWriter(repository, attributes);
    }

    @GetMapping(BASE + "/data/{*path}")
    void data(@PathVariable String path, @RequestParam Map<String, String> parameters,
              @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
              HttpServletResponse response) throws IOException {
        List<String> segments = segments(path);
        if (segments.isEmpty() || segments.size() > 3) {
            throw SdmxException.syntax("a data query is data/{flowRef}/{key}/{providerRef}");
        }
        DataRequest request = DataRequest.parse(segments.get(0), segment(segments, 1), segment(segments, 2),
                parameters);
        Negotiation.DataChoice choice = Negotiation.data(accept);
        check(request, choice);
        Dataflow flow = artefacts.dataflows().stream().filter(f -> request.flow().matches(f.ref())).findFirst()
                .orElseThrow(() -> SdmxException.noResults("no dataflow " + segments.get(0)));
        List<DataSetKind> kinds = dataSets.nonEmpty(request, flow);
        if (kinds.isEmpty()) {
            throw SdmxException.noResults("no observation of " + flow.ref().id() + " matches this query");
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(choice.format().mediaType());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        dataSets.write(request, flow, kinds, writer(choice, response.getOutputStream()));
    }

    private static void check(DataRequest request, Negotiation.DataChoice choice) {
        if (request.updatedAfter() != null && !choice.format().carriesActions()) {
            throw SdmxException.notAcceptable("SDMX-CSV 1.0 cannot mark deleted observations, which an updatedAfter "
                    + "answer carries; ask for SDMX-CSV 2.0, SDMX-JSON or SDMX-ML");
        }
        if (request.flat() && !request.detail().observations()) {
            throw SdmxException.semantic("detail=serieskeysonly and detail=nodata return series, which "
                    + "dimensionAtObservation=AllDimensions does not have");
        }
    }

    private DataWriter writer(Negotiation.DataChoice choice, OutputStream out) {
        return switch (choice.format()) {
            case GENERIC -> new GenericDataWriter(out);
            case STRUCTURE_SPECIFIC -> new StructureSpecificDataWriter(out);
            case JSON -> new SdmxJsonDataWriter(out, new CodeNames(artefacts.build()));
            case CSV_1, CSV_2 -> new SdmxCsvWriter(out, choice.format() == DataFormat.CSV_2,
                    choice.labels() ? new CodeNames(artefacts.build()) : null);
        };
    }

    private static String segment(List<String> segments, int index) {
        return index < segments.size() ? segments.get(index) : null;
    }
}
