package org.rives.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Holds an answer's body back, up to a limit, so that it can be kept and its validators checked before
 * anything is sent. A body that outgrows the limit (a whole dataflow, {@code size=all}) stops being held:
 * what was held is sent and the rest streams through as it is written, so memory stays bounded.
 * The content length is left to whoever finally sends the body.
 */
final class BodyCapture extends HttpServletResponseWrapper {

    private final int limit;
    private final Runnable beforeStreaming;
    private ByteArrayOutputStream held = new ByteArrayOutputStream();
    private ServletOutputStream target;
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean errorSent;

    /** @param beforeStreaming run once, just before a body too large to hold starts to go out */
    BodyCapture(HttpServletResponse response, int limit, Runnable beforeStreaming) {
        super(response);
        this.limit = limit;
        this.beforeStreaming = beforeStreaming;
    }

    /** Whether the body outgrew the limit and went out as it was written. */
    boolean streamed() {
        return target != null;
    }

    boolean errorSent() {
        return errorSent;
    }

    /** The body held back, complete once the request's handling has returned. */
    byte[] body() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        return held.toByteArray();
    }

    /** Ends a streamed body: what the writer still buffers goes out. */
    void finishStreaming() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        target.flush();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new HeldStream();
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        errorSent = true;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        errorSent = true;
        super.sendError(status);
    }

    @Override
    public void setContentLength(int length) {
        // the length is set by whoever sends the body: a 304 has none
    }

    @Override
    public void setContentLengthLong(long length) {
        // as above
    }

    @Override
    public void setHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (streamed()) {
            super.flushBuffer();
        }
    }

    @Override
    public boolean isCommitted() {
        return streamed() && super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        if (!streamed()) {
            held.reset();
        }
        super.resetBuffer();
    }

    @Override
    public void reset() {
        if (!streamed()) {
            held.reset();
        }
        super.reset();
    }

    private void write(byte[] bytes, int offset, int length) throws IOException {
        if (target == null && held.size() + length > limit) {
            beforeStreaming.run();
            target = getResponse().getOutputStream();
            held.writeTo(target);
            held = new ByteArrayOutputStream(0);
        }
        if (target != null) {
            target.write(bytes, offset, length);
        } else {
            held.write(bytes, offset, length);
        }
    }

    private final class HeldStream extends ServletOutputStream {

        @Override
        public void write(int b) throws IOException {
            BodyCapture.this.write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            BodyCapture.this.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            if (target != null) {
                target.flush();
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("answers held for the cache are written synchronously");
        }
    }
}
