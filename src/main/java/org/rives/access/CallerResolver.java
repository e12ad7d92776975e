package org.rives.access;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives a controller method the {@link Caller} that {@link AccessFilter} authenticated. */
final class CallerResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        Object caller = request.getAttribute(AccessFilter.CALLER, RequestAttributes.SCOPE_REQUEST);
        if (caller == null) {
            // a route that needs a caller but that the filter does not guard: refuse rather than guess
            throw AccessException.unauthorized("this needs a token: send it as Authorization: Bearer <token>");
        }
        return caller;
    }
}
