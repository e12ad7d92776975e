package org.rives.access;

import java.time.Clock;
import java.util.List;

import org.rives.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires providers, tokens and the audit; in the server, the access filter and the Tomcat settings too. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessProperties.class)
class AccessConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AccessConfiguration.class);

    @Bean
    AccessFile accessFile(AccessSettings settings) {
        return new AccessFile(settings.file());
    }

    @Bean
    Authenticator authenticator(AccessFile file, AccessSettings settings) {
        return new Authenticator(file, settings.legacyToken(), Clock.systemUTC());
    }

    @Bean
    AccessAdmin accessAdmin(AccessFile file) {
        return new AccessAdmin(file, Clock.systemUTC());
    }

    @Bean
    AuditLog auditLog(Database database) {
        AuditLog.ensureTable(database);
        return new AuditLog();
    }

    @Bean
    LoadHistory loadHistory() {
        return new LoadHistory();
    }

    /** The gate and the settings that only a server has. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication
    static class Server implements WebMvcConfigurer {

        @Bean
        FilterRegistrationBean<AccessFilter> accessFilter(Authenticator authenticator, AccessSettings settings,
                                                          Environment environment) {
            FilterRegistrationBean<AccessFilter> registration = new FilterRegistrationBean<>(new AccessFilter(
                    authenticator, settings.legacyToken(), UploadLimits.maxRequestBytes(environment)));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            registration.addUrlPatterns("/*");
            return registration;
        }

        @Bean
        TomcatHardening tomcatHardening() {
            return new TomcatHardening();
        }

        @Bean
        ApplicationRunner accessAtStart(AccessFile file, AccessSettings settings) {
            return args -> {
                if (settings.legacyToken() != null) {
                    LOG.warn("rives.write-token (RIVES_WRITE_TOKEN) is deprecated: it still works, as an admin token. "
                            + "Create named tokens with `rives token create` and unset it.");
                }
                LOG.info("providers and tokens: {} ({} provider(s), {} token(s))", file.path(),
                        file.read().providers().size(), file.read().tokens().size());
            };
        }

        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(new CallerResolver());
        }
    }
}
