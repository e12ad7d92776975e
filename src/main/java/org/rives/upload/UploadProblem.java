package org.rives.upload;

import org.rives.access.ProblemException;
import org.rives.access.Sizes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** An upload refused for a reason of its own, answered as RFC 9457 problem JSON by Spring. */
public final class UploadProblem extends ProblemException {

    private UploadProblem(HttpStatus status, String title, String detail) {
        super(status, title, detail);
    }

    static UploadProblem tooLarge(long limit) {
        return new UploadProblem(HttpStatus.CONTENT_TOO_LARGE, "File too large", "the file is larger than this "
                + "server accepts: " + Sizes.describe(limit) + " at most (spring.servlet.multipart.max-file-size)");
    }

    static UploadProblem tooMany(int held) {
        return new UploadProblem(HttpStatus.TOO_MANY_REQUESTS, "Too many uploads held", "this token already holds "
                + held + " uploads waiting for a commit: commit or cancel one (DELETE /api/uploads/{id}) first");
    }

    static UploadProblem busy(String why) {
        UploadProblem problem = new UploadProblem(HttpStatus.SERVICE_UNAVAILABLE, "Busy", why);
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, "60");
        return problem;
    }

    static UploadProblem notFound(String id) {
        return new UploadProblem(HttpStatus.NOT_FOUND, "Not found", "no upload " + id + " for this token (uploads "
                + "are held for a while after their last step, then dropped)");
    }

    static UploadProblem conflict(String detail) {
        return new UploadProblem(HttpStatus.CONFLICT, "Conflict", detail);
    }

    static UploadProblem badRequest(String detail) {
        return new UploadProblem(HttpStatus.BAD_REQUEST, "Bad request", detail);
    }
}
