package org.rives.upload;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on uploads held between their dry run and their commit ({@code rives.uploads.*}). The size
 * of one file is {@code spring.servlet.multipart.max-file-size}, as for multipart uploads.
 *
 * @param stagedPerToken how many uploads one token may hold at once (committed, cancelled or expired
 *                       ones no longer count)
 * @param stagingSize    all staged files together, at most
 * @param holdFor        how long an upload is kept after its last step, waiting for a commit
 * @param queueCapacity  how many writes may wait for the writer at once
 * @param previewSize    how many revised (and withdrawn) figures a report previews
 */
@ConfigurationProperties("rives.uploads")
public record UploadProperties(Integer stagedPerToken, DataSize stagingSize, Duration holdFor, Integer queueCapacity,
                               Integer previewSize) {

    public UploadProperties {
        stagedPerToken = stagedPerToken == null ? 4 : stagedPerToken;
        stagingSize = stagingSize == null ? DataSize.ofMegabytes(512) : stagingSize;
        holdFor = holdFor == null ? Duration.ofMinutes(30) : holdFor;
        queueCapacity = queueCapacity == null ? 32 : queueCapacity;
        previewSize = previewSize == null ? 20 : previewSize;
    }
}
