package org.rives.api;

import org.springframework.web.accept.ParameterContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code format=json|csv|sdmx-csv|xlsx} chooses the answer's format before {@code Accept} does; an
 * unknown name is refused (406). Read on the API's reads only ({@code GET /api/…}): asking an upload's
 * body for a parameter would make the server parse a multipart body it may have refused as too large,
 * and the SDMX web service negotiates by {@code Accept} alone, as its standard says.
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
        boolean read = servlet != null && ("GET".equals(servlet.getMethod()) || "HEAD".equals(servlet.getMethod()))
                && servlet.getRequestURI().startsWith(servlet.getContextPath() + "/api/");
        return read ? super.getMediaTypeKey(request) : null;
    }
}
