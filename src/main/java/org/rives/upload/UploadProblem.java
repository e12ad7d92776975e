package org.rives.upload;

import org.rives.access.ProblemException;
import org.rives.access.Sizes;
import org.rives.error.ErrorCode;
import org.springframework.http.HttpHeaders;

/** An upload refused for a reason of its own, answered as RFC 9457 problem JSON by Spring. */
public final class UploadProblem extends ProblemException {

    private UploadProblem(ErrorCode code, String detail) {
        super(code, detail);
    }

    static UploadProblem tooLarge(long limit) {
        return new UploadProblem(ErrorCode.UPLOAD_TOO_LARGE, "the file is larger than this "
                + "server accepts: " + Sizes.describe(limit) + " at most (spring.servlet.multipart.max-file-size)");
    }

    static UploadProblem tooMany(int held) {
        return new UploadProblem(ErrorCode.UPLOADS_HELD_TOO_MANY, "this token already holds "
                + held + " uploads waiting for a commit: commit or cancel one (DELETE /api/uploads/{id}) first");
    }

    static UploadProblem busy(String why) {
        UploadProblem problem = new UploadProblem(ErrorCode.SERVER_BUSY, why);
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, "60");
        return problem;
    }

    static UploadProblem notFound(String id) {
        return new UploadProblem(ErrorCode.NOT_FOUND, "no upload " + id + " for this token (uploads "
                + "are held for a while after their last step, then dropped)");
    }

    static UploadProblem conflict(String detail) {
        return new UploadProblem(ErrorCode.UPLOAD_CONFLICT, detail);
    }

    static UploadProblem badRequest(String detail) {
        return new UploadProblem(ErrorCode.REQUEST_INVALID, detail);
    }
}
