package org.rives.system;

import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.stereotype.Component;

/**
 * Stops the start when a {@code rives.*} setting of application.properties or the command line is not
 * one Rives has: a misspelt {@code rives.load-sample-on-start=false} must not be ignored while the
 * operator believes the samples are off. The settings Rives has are the components of its
 * {@code @ConfigurationProperties} records under {@code rives}. Environment variables and JVM system
 * properties are not checked: they carry much else.
 */
@Component
class UnknownSettings implements SmartInitializingSingleton {

    static final String PREFIX = "rives.";

    private final ApplicationContext context;
    private final ConfigurableEnvironment environment;

    UnknownSettings(ApplicationContext context, ConfigurableEnvironment environment) {
        this.context = context;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Set<String> known = known(context);
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (!(source instanceof EnumerablePropertySource<?> names) || unchecked(source)) {
                continue;
            }
            for (String name : names.getPropertyNames()) {
                if (name.startsWith(PREFIX) && !known.contains(name.replaceFirst("\\[\\d+]$", ""))) {
                    throw new IllegalStateException("unknown setting " + name + " (in " + source.getName()
                            + "); the rives settings are " + String.join(", ", known));
                }
            }
        }
    }

    private static boolean unchecked(PropertySource<?> source) {
        return StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME.equals(source.getName())
                || StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME.equals(source.getName());
    }

    /** Every {@code rives.*} name of the settings records, in the kebab case of application.properties. */
    static Set<String> known(ApplicationContext context) {
        Set<String> known = new TreeSet<>();
        for (ConfigurationPropertiesBean bean : ConfigurationPropertiesBean.getAll(context).values()) {
            String prefix = bean.getAnnotation().prefix();
            Class<?> type = bean.getInstance().getClass();
            if ((prefix + ".").startsWith(PREFIX) && type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    known.add(prefix + "." + kebab(component.getName()));
                }
            }
        }
        return known;
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
