package org.rives.connector.fetch;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Streams a response body to a file, chunk by chunk, so a publisher's file is never held whole in
 * memory. Stops as soon as the body passes the size limit, tells the progress listener how far it got,
 * and remembers when bytes last arrived so that the fetcher can give up on a stalled transfer.
 */
final class FileBodySubscriber implements BodySubscriber<Long>, BodyWatch {

    /** The body is larger than the limit the connector allows. */
    static final class TooLargeException extends IOException {
        TooLargeException(String message) {
            super(message);
        }
    }

    /** What a response brought: the bytes written to the file, or the start of an error answer's text. */
    record Received(long bytes, String errorText) {
    }

    private final Path file;
    private final long maxBytes;
    private final Progress progress;
    private final CompletableFuture<Long> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private volatile long lastActivityNanos = System.nanoTime();
    private FileChannel channel;
    private long written;

    /** Where the progress goes: the listener, the URL it is told about and the length announced. */
    record Progress(FetchProgress listener, String url, long total) {
    }

    FileBodySubscriber(Path file, long maxBytes, Progress progress) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.progress = progress;
    }

    /**
     * Streams a 200 or 202 body to {@code file} (refusing at once a length announced above the limit),
     * keeps the start of an error answer's text for the report, and reads nothing for a 304; the subscriber
     * in use is left in {@code current} for the read-timeout watch.
     */
    static HttpResponse.BodyHandler<Received> handler(Path file, long maxBytes, AtomicReference<BodyWatch> current,
                                                      FetchProgress listener, String url) {
        return info -> {
            int status = info.statusCode();
            if (status == 304) {
                return HttpResponse.BodySubscribers.replacing(new Received(0, null));
            }
            if (status != 200 && status != 202) {
                ErrorTextSubscriber subscriber = new ErrorTextSubscriber();
                current.set(subscriber);
                return subscriber;
            }
            OptionalLong announced = info.headers().firstValueAsLong("Content-Length");
            FileBodySubscriber subscriber = new FileBodySubscriber(file, maxBytes,
                    new Progress(listener, url, announced.orElse(-1)));
            if (announced.isPresent() && announced.getAsLong() > maxBytes) {
                subscriber.abort(new TooLargeException("the server announces " + announced.getAsLong()
                        + " bytes, above the limit of " + maxBytes));
            }
            current.set(subscriber);
            return HttpResponse.BodySubscribers.mapping(subscriber, bytes -> new Received(bytes, null));
        };
    }

    @Override
    public long lastActivityNanos() {
        return lastActivityNanos;
    }

    @Override
    public CompletionStage<Long> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) {
            s.cancel(); // refused before the first byte (the announced length is over the limit)
            return;
        }
        try {
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            fail(e);
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        lastActivityNanos = System.nanoTime();
        try {
            for (ByteBuffer buffer : buffers) {
                written += buffer.remaining();
                if (written > maxBytes) {
                    throw new TooLargeException("the body exceeds the limit of " + maxBytes + " bytes");
                }
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        } catch (IOException e) {
            fail(e);
            return;
        }
        progress.listener().update(progress.url(), written, progress.total());
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        closeChannel();
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        try {
            channel.force(false);
            channel.close();
            result.complete(written);
        } catch (IOException e) {
            result.completeExceptionally(e);
        }
    }

    /** Stops the transfer from outside (a stalled body); the body future fails with the reason. */
    @Override
    public void abort(IOException reason) {
        fail(reason);
    }

    private void fail(IOException reason) {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        closeChannel();
        result.completeExceptionally(reason);
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the partial file is deleted by the fetcher either way
            }
        }
    }
}
