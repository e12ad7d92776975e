package org.rives.upload;

import org.rives.access.AuditLog;
import org.rives.access.UploadLimits;
import org.rives.connector.ConnectorRegistry;
import org.rives.store.Database;
import org.rives.store.LoadService;
import org.rives.store.RawArchive;
import org.rives.writes.WriteQueue;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.env.Environment;
import org.springframework.web.context.WebApplicationContext;

/**
 * The write queue and the uploads held between their steps.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UploadProperties.class)
class UploadConfiguration {

    /**
     * The one write queue of the process (uploads, scheduled fetches). Closed before the store, which it
     * depends on, so that a running load ends before the file is closed.
     */
    @Bean(destroyMethod = "close")
    @DependsOn("database")
    WriteQueue writeQueue(UploadProperties uploads) {
        return new WriteQueue(uploads.queueCapacity());
    }

    /**
     * Beside the raw archive ({@code data/uploads}), so that archiving a committed file is a same-disk
     * copy. Uploads do not outlive the server that received them: a server empties the folder as it
     * starts, before it takes requests; the command line leaves it alone.
     */
    @Bean
    StagedFiles stagedFiles(RawArchive archive, UploadProperties uploads, Environment environment,
                            ApplicationContext context) {
        StagedFiles files = new StagedFiles(archive.root().toAbsolutePath().resolveSibling("uploads"),
                UploadLimits.maxFileBytes(environment), uploads.stagingSize().toBytes());
        if (context instanceof WebApplicationContext) {
            files.clear();
        }
        return files;
    }

    @Bean
    UploadService uploadService(ConnectorRegistry connectors, StagedFiles files, LoadService loads, Database database,
                                WriteQueue queue, AuditLog audit, UploadProperties uploads) {
        return new UploadService(connectors, files,
                new UploadSteps(loads, database, queue, files, audit, uploads.previewSize()), uploads);
    }
}
