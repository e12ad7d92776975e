package org.rives.api;

import org.rives.compare.CompareNotes;
import org.rives.store.Database;
import org.rives.store.RevisionQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The comparison's own collaborators: the catalogue's comparability notes and the vintage queries. */
@Configuration(proxyBeanMethods = false)
class CompareConfiguration {

    @Bean
    CompareNotes compareNotes() {
        return CompareNotes.load();
    }

    @Bean
    RevisionQueries revisionQueries(Database database) {
        return new RevisionQueries(database);
    }
}
