package org.rives.api;

import org.springframework.web.accept.ParameterContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code format=json|csv|sdmx-csv|xlsx} chooses the answer's format before {@code Accept} does; an
 * unknown name is refused (406). Read on reads only: asking an upload's body for a parameter would
 * make the server parse a multipart body that it may have refused as too large.
 */
final class FormatParameter extends ParameterContentNegotiationStrategy {

    FormatParameter() {
        super(Formats.BY_NAME);
        setParameterName(Formats.PARAMETER);
        setUseRegisteredExtensionsOnly(true);
    }

    @Override
    protected String getMediaTypeKey(NativeWebRequest request) {
        HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
        boolean read = servlet != null && ("GET".equals(servlet.getMethod()) || "HEAD".equals(servlet.getMethod()));
        return read ? super.getMediaTypeKey(request) : null;
    }
}
