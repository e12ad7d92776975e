package org.rives.system;

import org.rives.access.AccessProperties;
import org.rives.access.AccessSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Gives providers and tokens the settings they depend on: the access file beside the store, the old write token. */
@Configuration(proxyBeanMethods = false)
class AccessWiring {

    @Bean
    AccessSettings accessSettings(AccessProperties access, RivesProperties rives) {
        return new AccessSettings(access.path(rives.dbPath()), rives.writeToken());
    }
}
