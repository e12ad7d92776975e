package org.rives.testing;

import java.io.IOException;

/**
 * The server with every connector's samples loaded on start: the one {@link ServerTest} context, with
 * the text of an answer read in one call. Tests in any package extend it and so share that server.
 */
public abstract class SampleServerTest extends ServerTest {

    protected String getText(String path) throws IOException, InterruptedException {
        return get(path).body();
    }
}
