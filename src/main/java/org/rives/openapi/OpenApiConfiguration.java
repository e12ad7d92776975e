package org.rives.openapi;

import org.rives.access.Caller;
import org.rives.export.RivesVersion;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

/**
 * The OpenAPI description ({@code /v3/api-docs}) and Swagger UI ({@code /swagger-ui.html}, served from
 * the jar). springdoc reads the endpoints and their parameters from the controllers; {@link ApiNotes}
 * adds what the code cannot say.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // The authenticated caller is resolved from the Authorization header, not a request parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenAPI rivesOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Rives API")
                .version(RivesVersion.current())
                .description("Migration statistics of the ten countries of the 5+5 Dialogue, harmonised onto one "
                        + "catalogue and kept as vintages: comparable tables across both shores, the long table "
                        + "(JSON, CSV, SDMX-CSV, Parquet), revisions, sources and loads. Errors are RFC 9457 "
                        + "problem documents (application/problem+json).")
                .license(new License().name("Figures: each publisher's licence, named in /api/sources")));
    }

    @Bean
    OpenApiCustomizer rivesApiNotes() {
        return new ApiNotes(EndpointNotes.read());
    }
}
