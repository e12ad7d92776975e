package org.rives.connector.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

import org.rives.connector.fetch.FileBodySubscriber.Received;

/**
 * Keeps the first {@value #LIMIT} bytes of an error answer (a 413's "EXTRACTION_TOO_BIG", an API's message)
 * so that the report says what the publisher said, and stops reading there.
 */
final class ErrorTextSubscriber implements BodySubscriber<Received>, BodyWatch {

    static final int LIMIT = 2048;

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final CompletableFuture<Received> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private volatile long lastActivityNanos = System.nanoTime();

    @Override
    public CompletionStage<Received> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        lastActivityNanos = System.nanoTime();
        for (ByteBuffer buffer : buffers) {
            int take = Math.min(buffer.remaining(), LIMIT - kept.size());
            byte[] bytes = new byte[take];
            buffer.get(bytes);
            kept.write(bytes, 0, take);
        }
        if (kept.size() >= LIMIT) {
            subscription.cancel();
            finish();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onError(Throwable error) {
        finish(); // what arrived before the error still says something
    }

    @Override
    public void onComplete() {
        finish();
    }

    @Override
    public long lastActivityNanos() {
        return lastActivityNanos;
    }

    @Override
    public void abort(IOException reason) {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        finish();
    }

    private void finish() {
        result.complete(new Received(0, kept.toString(StandardCharsets.UTF_8)));
    }
}
