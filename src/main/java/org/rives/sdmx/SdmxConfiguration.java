package org.rives.sdmx;

import org.rives.compare.CompareNotes;
import org.rives.connector.ConnectorRegistry;
import org.rives.harmonise.Catalogue;
import org.rives.store.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the SDMX web service: its own reads of the store, the artefacts, and the attribute rules. */
@Configuration(proxyBeanMethods = false)
class SdmxConfiguration {

    @Bean
    SdmxRepository sdmxRepository(Database database) {
        return new SdmxRepository(database);
    }

    @Bean
    ArtefactFactory sdmxArtefacts(Catalogue catalogue, ConnectorRegistry connectors, SdmxRepository repository) {
        return new ArtefactFactory(catalogue, connectors, repository, StructureLabels.load());
    }

    @Bean
    AttributeValues sdmxAttributeValues(ConnectorRegistry connectors) {
        // The comparability notes are read here rather than injected, so that the service does not depend
        // on where the comparison wires its own copy.
        return new AttributeValues(CompareNotes.load(),
                source -> connectors.find(source).map(d -> d.provenance() != null
                        && d.provenance().isIllustrative()).orElse(false));
    }
}
