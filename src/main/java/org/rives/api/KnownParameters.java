package org.rives.api;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.rives.error.ParameterException;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a query parameter the endpoint does not have ({@code indicatr=}), naming the ones it has,
 * before the endpoint runs: a typo must never be answered with a table that silently ignores it. The
 * names are read from the handler itself (its {@code @RequestParam}s and the components of a
 * parameter record such as {@code CompareParameters}), plus {@code format}, which every endpoint
 * negotiates.
 */
final class KnownParameters implements HandlerInterceptor {

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private final Map<Method, SortedSet<String>> known = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            Set<String> names = known.computeIfAbsent(method.getMethod(), m -> names(method));
            for (String name : request.getParameterMap().keySet()) {
                if (!names.contains(name)) {
                    throw ParameterException.unknown(name, names);
                }
            }
        }
        return true;
    }

    static SortedSet<String> names(HandlerMethod method) {
        SortedSet<String> names = new TreeSet<>(Set.of(Formats.PARAMETER));
        String[] declared = NAMES.getParameterNames(method.getMethod());
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
            String declaredName = declared == null ? null : declared[parameter.getParameterIndex()];
            if (param != null) {
                names.add(param.name().isEmpty() ? declaredName : param.name());
            } else if (part != null) {
                names.add(part.name().isEmpty() ? declaredName : part.name());
            } else if (parameter.getParameterType().isRecord()) {
                for (RecordComponent component : parameter.getParameterType().getRecordComponents()) {
                    names.add(component.getName());
                }
            }
        }
        return names;
    }
}
