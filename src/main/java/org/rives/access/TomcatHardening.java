package org.rives.access;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Tomcat settings that belong with the access rules:
 * <ul>
 *   <li>Tomcat's HTML error page is replaced by {@link ProblemReportValve};</li>
 *   <li>{@code 100 Continue} is sent only once the application reads the body: a client that asks
 *       before sending a large body ({@code Expect: 100-continue}, as curl and the command line do) gets
 *       a 401 or 413 without having sent a byte of it.</li>
 * </ul>
 */
final class TomcatHardening implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setProperty("continueResponseTiming", "onRead"));
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof Host host) {
                replaceErrorReport(host);
            }
        });
    }

    private static void replaceErrorReport(Host host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(ProblemReportValve.class.getName());
        }
        host.getPipeline().addValve(new ProblemReportValve());
    }

    /** After Spring Boot's own customizer, which adds its error valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
