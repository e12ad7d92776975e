package org.rives.sdmx;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Schema queries: {@code /sdmx/v2.1/schema/{context}/{agencyID}/{resourceID}/{version}} gives the XML
 * schema that structure-specific data of a dataflow (or of the structure) validates against, for the
 * {@code dimensionAtObservation} asked.
 */
@RestController
class SchemaController extends SdmxEndpoint {

    private static final List<String> PARAMETERS = List.of("dimensionAtObservation", "explicitMeasure");

    private final ArtefactFactory artefacts;

    SchemaController(ArtefactFactory artefacts) {
        this.artefacts = artefacts;
    }

    @GetMapping(BASE + "/schema/{*path}")
    void schema(@PathVariable String path, @RequestParam Map<String, String> parameters,
                @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                HttpServletResponse response) throws IOException, XMLStreamException {
        parameters.keySet().stream().filter(name -> !PARAMETERS.contains(name)).findFirst().ifPresent(name -> {
            throw SdmxException.syntax("unknown parameter \"" + name + "\"; a schema query takes "
                    + String.join(" and ", PARAMETERS));
        });
        if ("true".equals(parameters.get("explicitMeasure"))) {
            throw SdmxException.semantic("explicitMeasure=true needs a measure dimension, which the structure has not");
        }
        String atObservation = DataRequest.dimensionAtObservation(parameters.get("dimensionAtObservation"));
        Artefacts all = artefacts.build();
        String namespace = namespace(segments(path), all, atObservation);
        Negotiation.schema(accept);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(Negotiation.SCHEMA_TYPE);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        new StructureSpecificSchema(all, atObservation).write(response.getOutputStream(), namespace);
    }

    private static String namespace(List<String> segments, Artefacts all, String atObservation) {
        if (segments.size() < 3 || segments.size() > 4) {
            throw SdmxException.syntax("a schema query is schema/{context}/{agencyID}/{resourceID}/{version}");
        }
        String version = segments.size() == 4 ? segments.get(3) : "latest";
        FlowRef ref = new FlowRef(segments.get(1), segments.get(2), version);
        return switch (segments.get(0)) {
            case "dataflow" -> all.dataflow(ref)
                    .map(flow -> StructureSpecificDataWriter.namespace(flow, atObservation))
                    .orElseThrow(() -> SdmxException.noResults("no dataflow " + String.join(",", segments)));
            case "datastructure" -> {
                if (!ref.matches(HarmonisedStructure.DSD)) {
                    throw SdmxException.noResults("no data structure " + String.join(",", segments));
                }
                yield HarmonisedStructure.DSD.urn() + ":ObsLevelDim:" + atObservation;
            }
            case "metadatastructure", "metadataflow", "provisionagreement" ->
                    throw SdmxException.notImplemented("Rives has no " + segments.get(0));
            default -> throw SdmxException.syntax("schema context \"" + segments.get(0) + "\" is not datastructure, "
                    + "dataflow, metadatastructure, metadataflow or provisionagreement");
        };
    }
}
