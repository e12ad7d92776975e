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
 * Structure queries: {@code /sdmx/v2.1/{resource}/{agencyID}/{resourceID}/{version}/{itemID}} for
 * dataflow, datastructure, codelist, conceptscheme, agencyscheme, dataproviderscheme and structure,
 * answered as SDMX-ML 2.1 structure messages. A trailing slash is accepted, as clients send one.
 */
@RestController
class StructureController extends SdmxEndpoint {

    private final ArtefactFactory artefacts;
    private final SdmxRepository repository;

    StructureController(ArtefactFactory artefacts, SdmxRepository repository) {
        this.artefacts = artefacts;
        this.repository = repository;
    }

    @GetMapping(BASE + "/{resource}/{*path}")
    void structure(@PathVariable String resource, @PathVariable String path,
                   @RequestParam Map<String, String> parameters,
                   @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                   HttpServletResponse response) throws IOException, XMLStreamException {
        StructureQuery query = StructureQuery.parse(resource, segments(path), parameters);
        Negotiation.structure(accept);
        List<StructureMessageWriter.Entry> entries = new StructureSelector(artefacts.build(),
                new UsedCodes(repository)).select(query);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(Negotiation.STRUCTURE_TYPE);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        StructureMessageWriter.write(response.getOutputStream(), entries);
    }
}
